#pragma once

#include <string>

#include "agentd/rpc.h"

namespace agentd {

// The directory of EIFs a client may use. Every path a client names is resolved inside it, with
// symlinks followed first: "../x", an absolute path or a link pointing out are all refused.
class ImageDir final {
public:
    explicit ImageDir(std::string dir)
        : m_dir(std::move(dir))
    {
    }

    const std::string &path() const { return m_dir; }
    // An absolute path confined to the directory (it need not exist yet), or InvalidParams.
    Result<std::string> resolve(const std::string &relative) const;
    // [{"name", "size", "mtime"}] of the *.eif files, sorted by name, at most kMaxListedImages.
    json list() const;

private:
    std::string m_dir;
};

} // namespace agentd

#include "agentd/imagedir.h"

#include <algorithm>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agentd/files.h"
#include "agentd/validate.h"

namespace agentd {

namespace {
// Lexical normalisation ("a/./b/../c" -> "a/c"), as QDir::cleanPath.
std::string cleanPath(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos <= path.size()) {
        std::size_t slash = path.find('/', pos);
        if (slash == std::string::npos)
            slash = path.size();
        const std::string part = path.substr(pos, slash - pos);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        pos = slash + 1;
    }
    std::string out;
    for (const auto &p : parts)
        out += "/" + p;
    return out.empty() ? "/" : out;
}
} // namespace

Result<std::string> ImageDir::resolve(const std::string &relative) const
{
    if (m_dir.empty())
        return rpcFail(wire::error::kInvalidParams, "the agent has no image directory");
    const auto root = files::canonical(m_dir);
    if (!root)
        return rpcFail(wire::error::kIoError, "image directory " + m_dir + " does not exist");
    if (relative.empty() || relative.find('\0') != std::string::npos)
        return rpcFail(wire::error::kInvalidParams, "empty image path");
    const std::string joined = cleanPath(relative[0] == '/' ? relative : *root + "/" + relative);
    // The canonical form resolves symlinks, so a link pointing out of the directory is refused too.
    const auto real = files::canonical(joined);
    std::string resolved = real ? *real : joined;
    if (!real) {
        // Not there yet (an upload target): its parent must resolve inside the directory.
        const auto parent = files::canonical(files::dirName(joined));
        if (!parent)
            return rpcFail(wire::error::kInvalidParams,
                "'" + relative.substr(0, 256) + "' is outside the image directory");
        resolved = *parent + "/" + files::baseName(joined);
    }
    if (!resolved.starts_with(*root + "/") || resolved.size() == root->size() + 1)
        return rpcFail(
            wire::error::kInvalidParams, "'" + relative.substr(0, 256) + "' is outside the image directory");
    return resolved;
}

json ImageDir::list() const
{
    json out = json::array();
    DIR *d = m_dir.empty() ? nullptr : ::opendir(m_dir.c_str());
    if (!d)
        return out;
    std::vector<std::string> names;
    while (dirent *e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.size() > 4 && name.ends_with(".eif") && validate::isImageName(name))
            names.push_back(name);
        if (names.size() > 100000)
            break; // bounded even on a pathological directory
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    for (const auto &name : names) {
        if (out.size() >= std::size_t(wire::kMaxListedImages))
            break;
        struct stat st { };
        const std::string full = m_dir + "/" + name;
        if (::stat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || ::access(full.c_str(), R_OK) != 0)
            continue;
        out.push_back({ { "name", name }, { "size", std::int64_t(st.st_size) },
            { "mtime", files::utcTime(st.st_mtime) } });
    }
    return out;
}

} // namespace agentd

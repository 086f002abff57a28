#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "agentd/rpc.h"
#include "agentd/sha384.h"

namespace agentd {

// One EIF upload: bytes arrive in order into a temporary file next to the target; finish()
// checks the size and SHA-384 and only then renames the file onto the target (atomic). Anything
// unfinished is removed when the upload is destroyed.
class Upload final {
public:
    static Result<std::unique_ptr<Upload>> begin(
        const std::string &targetPath, std::int64_t size, std::string sha384);
    ~Upload();
    Upload(const Upload &) = delete;
    Upload &operator=(const Upload &) = delete;

    // Returns the bytes received so far; an out-of-order chunk or one past size is an error.
    Result<std::int64_t> append(std::int64_t offset, std::string_view data);
    Result<void> finish();
    void abort();

    const std::string &targetPath() const { return m_target; }
    std::int64_t size() const { return m_size; }

private:
    Upload(std::string target, std::int64_t size, std::string sha384)
        : m_target(std::move(target))
        , m_expected(std::move(sha384))
        , m_size(size)
    {
    }

    std::string m_target;
    std::string m_temp;
    std::string m_expected; // 48 raw bytes
    std::int64_t m_size;
    std::int64_t m_received = 0;
    int m_fd = -1;
    bool m_done = false;
    Sha384 m_hash;
};

} // namespace agentd

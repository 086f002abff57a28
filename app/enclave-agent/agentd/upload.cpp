#include "agentd/upload.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agentd/files.h"

namespace agentd {

Result<std::unique_ptr<Upload>> Upload::begin(
    const std::string &targetPath, std::int64_t size, std::string sha384)
{
    std::unique_ptr<Upload> u(new Upload(targetPath, size, std::move(sha384)));
    u->m_temp = files::dirName(targetPath) + "/." + files::baseName(targetPath) + ".upload-XXXXXX";
    u->m_fd = ::mkostemp(u->m_temp.data(), O_CLOEXEC);
    if (u->m_fd < 0) {
        u->m_done = true;
        return rpcFail(wire::error::kIoError,
            "cannot create a temporary file for " + targetPath + ": " + files::errnoText());
    }
    ::fchmod(u->m_fd, 0644);
    return u;
}

Upload::~Upload()
{
    abort();
}

Result<std::int64_t> Upload::append(std::int64_t offset, std::string_view data)
{
    if (m_done)
        return rpcFail(wire::error::kInvalidParams, "upload already finished");
    if (offset != m_received)
        return rpcFail(wire::error::kInvalidParams,
            "chunk offset " + std::to_string(offset) + " does not continue the upload at "
                + std::to_string(m_received));
    if (std::int64_t(data.size()) > m_size - m_received)
        return rpcFail(wire::error::kLimitExceeded,
            "chunk goes past the announced size of " + std::to_string(m_size) + " bytes");
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return rpcFail(wire::error::kIoError, "write failed: " + files::errnoText());
        done += std::size_t(n);
    }
    m_hash.update(data);
    m_received += std::int64_t(data.size());
    return m_received;
}

Result<void> Upload::finish()
{
    if (m_done)
        return rpcFail(wire::error::kInvalidParams, "upload already finished");
    if (m_received != m_size)
        return rpcFail(wire::error::kInvalidParams,
            "upload incomplete: " + std::to_string(m_received) + " of " + std::to_string(m_size) + " bytes");
    const Sha384::Digest digest = m_hash.finish();
    if (std::string_view(reinterpret_cast<const char *>(digest.data()), digest.size()) != m_expected) {
        abort();
        return rpcFail(wire::error::kChecksumMismatch,
            "SHA-384 of the received bytes is " + Sha384::hex(digest)
                + ", not the announced one; nothing was stored");
    }
    if (::fsync(m_fd) != 0 || ::close(m_fd) != 0) {
        m_fd = -1;
        const std::string e = files::errnoText();
        abort();
        return rpcFail(wire::error::kIoError, "cannot store the upload: " + e);
    }
    m_fd = -1;
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0) {
        const std::string e = files::errnoText();
        abort();
        return rpcFail(wire::error::kIoError, "cannot store the upload: " + e);
    }
    m_done = true;
    return {};
}

void Upload::abort()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_done && !m_temp.empty())
        ::unlink(m_temp.c_str());
    m_done = true;
}

} // namespace agentd

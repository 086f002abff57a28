#include "agentd/consolelog.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agentd/files.h"

namespace agentd {

namespace {
constexpr std::string_view kPrefix = "ENCLAVE-CONSOLE 1 first=";

std::string header(std::int64_t first)
{
    std::string digits = std::to_string(first);
    std::string h(kPrefix);
    h.append(20 - std::min<std::size_t>(20, digits.size()), '0');
    h += digits;
    h.resize(ConsoleLog::kHeaderBytes - 1, ' ');
    h.push_back('\n');
    return h;
}

std::optional<std::int64_t> parseHeader(std::string_view h)
{
    if (h.size() != std::size_t(ConsoleLog::kHeaderBytes) || !h.starts_with(kPrefix) || h.back() != '\n')
        return std::nullopt;
    const std::string_view digits = h.substr(kPrefix.size(), 20);
    std::int64_t v = 0;
    const auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || p != digits.data() + digits.size() || v < 0)
        return std::nullopt;
    return v;
}

bool writeAll(int fd, const char *p, std::size_t n)
{
    while (n > 0) {
        const ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += w;
        n -= std::size_t(w);
    }
    return true;
}

bool preadAll(int fd, std::string &out, std::int64_t offset, std::size_t n)
{
    out.resize(n);
    std::size_t done = 0;
    while (done < n) {
        const ssize_t r = ::pread(fd, out.data() + done, n - done, offset + std::int64_t(done));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        done += std::size_t(r);
    }
    out.resize(done);
    return done == n;
}

std::string closedPath(const std::string &path)
{
    return path + ".closed";
}

std::string terminatingPath(const std::string &path)
{
    return path + ".terminating";
}

RpcError ioError(const std::string &what)
{
    return RpcError::make(wire::error::kIoError, what + ": " + files::errnoText());
}
} // namespace

Result<ConsoleLog> ConsoleLog::open(const std::string &path, std::int64_t capacity)
{
    ConsoleLog log;
    log.m_path = path;
    log.m_capacity = std::max<std::int64_t>(capacity, 4096);
    const int existing = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    std::optional<std::int64_t> first;
    struct stat st { };
    if (existing >= 0) {
        std::string h;
        if (preadAll(existing, h, 0, kHeaderBytes))
            first = parseHeader(h);
        ::fstat(existing, &st);
        ::close(existing);
    }
    if (first) {
        log.m_first = *first;
        log.m_size = std::max<std::int64_t>(st.st_size - kHeaderBytes, 0);
        log.m_fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
        if (log.m_fd < 0)
            return std::unexpected(ioError(path));
    } else {
        log.m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        const std::string h = header(0);
        if (log.m_fd < 0 || !writeAll(log.m_fd, h.data(), h.size()))
            return std::unexpected(ioError(path));
    }
    ::unlink(closedPath(path).c_str());
    ::unlink(terminatingPath(path).c_str());
    return log;
}

ConsoleLog::ConsoleLog(ConsoleLog &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_capacity(other.m_capacity)
    , m_first(other.m_first)
    , m_size(other.m_size)
    , m_fd(std::exchange(other.m_fd, -1))
{
}

ConsoleLog &ConsoleLog::operator=(ConsoleLog &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_path = std::move(other.m_path);
        m_capacity = other.m_capacity;
        m_first = other.m_first;
        m_size = other.m_size;
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

ConsoleLog::~ConsoleLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<void> ConsoleLog::append(std::string_view bytes)
{
    if (m_fd < 0)
        return rpcFail(wire::error::kIoError, "console log is closed");
    if (!writeAll(m_fd, bytes.data(), bytes.size()))
        return std::unexpected(ioError(m_path));
    m_size += std::int64_t(bytes.size());
    if (m_size > m_capacity)
        return compact();
    return {};
}

Result<void> ConsoleLog::compact()
{
    // Keep the newest half: readers that fell further behind get a gap, never stale bytes.
    const std::int64_t keep = m_capacity / 2;
    const std::int64_t drop = m_size - keep;
    const int in = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
    std::string tail;
    const bool ok = in >= 0 && preadAll(in, tail, kHeaderBytes + drop, std::size_t(keep));
    if (in >= 0)
        ::close(in);
    if (!ok)
        return rpcFail(wire::error::kIoError, m_path + ": cannot reread for compaction");
    const std::string tmp = m_path + ".compact";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(ioError(tmp));
    const std::string h = header(m_first + drop);
    if (!writeAll(fd, h.data(), h.size()) || !writeAll(fd, tail.data(), tail.size())
        || ::rename(tmp.c_str(), m_path.c_str()) != 0) {
        const RpcError e = ioError(tmp);
        ::close(fd);
        ::unlink(tmp.c_str());
        return std::unexpected(e);
    }
    ::close(m_fd);
    m_fd = fd;
    m_first += drop;
    m_size = std::int64_t(tail.size());
    return {};
}

Result<void> ConsoleLog::close(const std::string &reason)
{
    if (m_fd >= 0) {
        ::fsync(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }
    return markClosed(m_path, reason);
}

Result<void> ConsoleLog::markClosed(const std::string &path, const std::string &reason)
{
    if (files::exists(closedPath(path)))
        return {};
    return files::writeAtomically(closedPath(path), reason.substr(0, 200));
}

Result<void> ConsoleLog::markTerminating(const std::string &path)
{
    return files::writeAtomically(terminatingPath(path), "terminated");
}

void ConsoleLog::clearTerminating(const std::string &path)
{
    ::unlink(terminatingPath(path).c_str());
}

bool ConsoleLog::isTerminating(const std::string &path)
{
    return files::exists(terminatingPath(path));
}

void ConsoleLog::remove(const std::string &path)
{
    ::unlink(path.c_str());
    ::unlink(closedPath(path).c_str());
    ::unlink(terminatingPath(path).c_str());
}

Result<ConsoleChunk> ConsoleLog::read(const std::string &path, std::int64_t fromSeq, std::int64_t maxBytes)
{
    return ConsoleReader(path).read(fromSeq, maxBytes);
}

ConsoleReader::ConsoleReader(std::string path)
    : m_path(std::move(path))
{
}

ConsoleReader::ConsoleReader(ConsoleReader &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_fd(std::exchange(other.m_fd, -1))
    , m_dev(other.m_dev)
    , m_ino(other.m_ino)
    , m_first(other.m_first)
{
}

ConsoleReader &ConsoleReader::operator=(ConsoleReader &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_path = std::move(other.m_path);
        m_fd = std::exchange(other.m_fd, -1);
        m_dev = other.m_dev;
        m_ino = other.m_ino;
        m_first = other.m_first;
    }
    return *this;
}

ConsoleReader::~ConsoleReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<void> ConsoleReader::reopen()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        return std::unexpected(ioError(m_path));
    struct stat st { };
    std::string h;
    std::optional<std::int64_t> first;
    if (::fstat(m_fd, &st) == 0 && preadAll(m_fd, h, 0, ConsoleLog::kHeaderBytes))
        first = parseHeader(h);
    if (!first) {
        ::close(m_fd);
        m_fd = -1;
        return rpcFail(wire::error::kIoError, m_path + ": not a console log");
    }
    m_dev = std::uint64_t(st.st_dev);
    m_ino = std::uint64_t(st.st_ino);
    m_first = *first;
    return {};
}

Result<ConsoleChunk> ConsoleReader::read(std::int64_t fromSeq, std::int64_t maxBytes)
{
    // Look for the closed marker first: it is written after the last byte, so if it exists now,
    // everything the enclave printed is already in the file read below.
    ConsoleChunk chunk;
    const auto marker = files::read(closedPath(m_path), 200);
    if (marker)
        chunk.closeReason = *marker;
    struct stat st { };
    if (::stat(m_path.c_str(), &st) != 0)
        return std::unexpected(ioError(m_path));
    if (m_fd < 0 || std::uint64_t(st.st_dev) != m_dev || std::uint64_t(st.st_ino) != m_ino) {
        if (auto r = reopen(); !r)
            return std::unexpected(r.error());
        // The size of the file we now hold (the path may have moved on again since the stat).
        if (::fstat(m_fd, &st) != 0)
            return std::unexpected(ioError(m_path));
    }
    chunk.firstSeq = m_first;
    chunk.endSeq = m_first + std::max<std::int64_t>(st.st_size - ConsoleLog::kHeaderBytes, 0);
    std::int64_t seq = fromSeq;
    if (seq < chunk.firstSeq) {
        chunk.gap = chunk.firstSeq - seq;
        seq = chunk.firstSeq;
    }
    if (seq > chunk.endSeq)
        return rpcFail(wire::error::kInvalidParams,
            "sequence " + std::to_string(fromSeq) + " is beyond the end of the console ("
                + std::to_string(chunk.endSeq) + ")");
    chunk.seq = seq;
    const std::int64_t want = std::min<std::int64_t>(maxBytes, chunk.endSeq - seq);
    if (want > 0)
        preadAll(m_fd, chunk.data, ConsoleLog::kHeaderBytes + (seq - chunk.firstSeq), std::size_t(want));
    chunk.closed = marker.has_value() && seq + std::int64_t(chunk.data.size()) >= chunk.endSeq;
    return chunk;
}

} // namespace agentd

#include "agentd/files.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>

namespace agentd::files {

std::string errnoText()
{
    return std::strerror(errno);
}

std::optional<std::string> read(const std::string &path, std::int64_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string out;
    char buf[65536];
    while (std::int64_t(out.size()) < maxBytes) {
        const ssize_t n = ::read(
            fd, buf, std::size_t(std::min<std::int64_t>(sizeof(buf), maxBytes - std::int64_t(out.size()))));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buf, std::size_t(n));
    }
    ::close(fd);
    return out;
}

Result<void> writeAtomically(const std::string &path, std::string_view bytes, int mode)
{
    std::string tmp = path + ".tmp-XXXXXX";
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
    if (fd < 0)
        return rpcFail(wire::error::kIoError, path + ": " + errnoText());
    ::fchmod(fd, mode_t(mode));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string e = errnoText();
            ::close(fd);
            ::unlink(tmp.c_str());
            return rpcFail(wire::error::kIoError, path + ": " + e);
        }
        done += std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string e = errnoText();
        ::unlink(tmp.c_str());
        return rpcFail(wire::error::kIoError, path + ": " + e);
    }
    return {};
}

bool makePath(const std::string &path, int mode)
{
    if (path.empty())
        return false;
    std::string partial;
    std::size_t pos = 0;
    while (pos != std::string::npos) {
        pos = path.find('/', pos + 1);
        partial = path.substr(0, pos);
        if (partial.empty())
            continue;
        if (::mkdir(partial.c_str(), mode_t(mode)) != 0 && errno != EEXIST)
            return false;
    }
    struct stat st { };
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool exists(const std::string &path)
{
    struct stat st { };
    return ::stat(path.c_str(), &st) == 0;
}

bool isExecutable(const std::string &path)
{
    struct stat st { };
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::optional<std::string> canonical(const std::string &path)
{
    char buf[PATH_MAX];
    if (!::realpath(path.c_str(), buf))
        return std::nullopt;
    return std::string(buf);
}

std::string dirName(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

std::string baseName(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string absolute(const std::string &path)
{
    if (path.empty() || path[0] == '/')
        return path;
    char buf[PATH_MAX];
    if (!::getcwd(buf, sizeof(buf)))
        return path;
    return std::string(buf) + "/" + path;
}

std::int64_t freeBytes(const std::string &path)
{
    struct statvfs st { };
    if (::statvfs(path.c_str(), &st) != 0)
        return -1;
    return std::int64_t(st.f_bavail) * std::int64_t(st.f_frsize);
}

std::string yamlScalar(std::string_view text, std::string_view key)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.starts_with(key) || line.size() <= key.size() || line[key.size()] != ':')
            continue;
        std::string_view v = line.substr(key.size() + 1);
        if (const std::size_t hash = v.find('#'); hash != std::string_view::npos)
            v = v.substr(0, hash);
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
            v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
            v.remove_suffix(1);
        if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
            v = v.substr(1, v.size() - 2);
        return std::string(v.substr(0, 256));
    }
    return {};
}

std::string hostName()
{
    char buf[256] = {};
    if (::gethostname(buf, sizeof(buf) - 1) != 0)
        return {};
    return buf;
}

std::string utcTime(std::int64_t unixSeconds)
{
    const std::time_t t = std::time_t(unixSeconds);
    std::tm tm {};
    ::gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string utcNow(std::int64_t secondsAgo)
{
    timeval tv {};
    ::gettimeofday(&tv, nullptr);
    const std::time_t t = tv.tv_sec - std::time_t(secondsAgo);
    std::tm tm {};
    ::gmtime_r(&t, &tm);
    char buf[40];
    const std::size_t n = std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
    std::snprintf(buf + n, sizeof(buf) - n, ".%03dZ", int(tv.tv_usec / 1000));
    return buf;
}

} // namespace agentd::files

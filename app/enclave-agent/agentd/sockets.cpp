#include "agentd/sockets.h"

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// After <sys/socket.h>: it needs struct sockaddr.
#include <linux/vm_sockets.h>

#include "agentd/files.h"

namespace agentd::sockets {

Result<int> connectUnix(const std::string &path, const std::string &label)
{
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof(addr.sun_path))
        return rpcFail(wire::error::kIoError, "socket path too long: " + path);
    std::memcpy(addr.sun_path, path.data(), path.size());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return rpcFail(wire::error::kIoError, "socket: " + files::errnoText());
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0 && errno != EINPROGRESS
        && errno != EAGAIN) {
        const bool missing = errno == ENOENT;
        const std::string err = files::errnoText();
        ::close(fd);
        if (!label.empty())
            return rpcFail(wire::error::kIoError,
                "vsock connect " + label + ": " + (missing ? std::string("Connection refused") : err));
        return rpcFail(wire::error::kIoError, "vsock connect: " + path + ": " + err);
    }
    return fd;
}

Result<int> connectVsock(std::uint32_t cid, std::uint32_t port)
{
    const int fd = ::socket(AF_VSOCK, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return rpcFail(wire::error::kIoError, "vsock socket: " + files::errnoText());
    sockaddr_vm addr {};
    addr.svm_family = AF_VSOCK;
    addr.svm_cid = cid;
    addr.svm_port = port;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0 && errno != EINPROGRESS) {
        const std::string err = files::errnoText();
        ::close(fd);
        return rpcFail(wire::error::kIoError,
            "vsock connect " + std::to_string(cid) + ":" + std::to_string(port) + ": " + err);
    }
    return fd;
}

} // namespace agentd::sockets

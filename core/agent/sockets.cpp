#include "agent/sockets.h"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace enclave::agent::sockets {

namespace {
QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

Result<int> listenLoopbackTcp(quint16 port, quint16 *boundPort)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return makeError(Error::Code::Io, QStringLiteral("socket: %1").arg(lastError()));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never a wildcard address: local tools only
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0 || ::listen(fd, 16) != 0) {
        const QString err = lastError();
        ::close(fd);
        return makeError(Error::Code::Io, QStringLiteral("listen on 127.0.0.1:%1: %2").arg(port).arg(err));
    }
    if (boundPort) {
        sockaddr_in got {};
        socklen_t len = sizeof(got);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&got), &len);
        *boundPort = ntohs(got.sin_port);
    }
    return fd;
}

int acceptConnection(int listenFd)
{
    return ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

void closeFd(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

} // namespace enclave::agent::sockets

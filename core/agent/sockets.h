#pragma once

#include <QString>

#include "common/error.h"

namespace enclave::agent::sockets {

// Each returns a non-blocking socket whose connect() may still be in progress: hand it to
// FdChannel with connecting=true. The caller owns the descriptor.
Result<int> connectUnix(const QString &path);
// AF_VSOCK (Linux). Compiled everywhere, exercised only on a real parent instance: the
// simulator and every test use connectUnix instead.
Result<int> connectVsock(quint32 cid, quint32 port);
// A listening TCP socket on 127.0.0.1 only (port 0 picks a free one; boundPort tells which).
Result<int> listenLoopbackTcp(quint16 port, quint16 *boundPort);
// accept() on a listening socket; -1 when nothing is pending.
int acceptConnection(int listenFd);
void closeFd(int fd);

} // namespace enclave::agent::sockets

#pragma once

#include <QString>

#include "common/error.h"

namespace enclave::agent::sockets {

// A listening TCP socket on 127.0.0.1 only (port 0 picks a free one; boundPort tells which).
Result<int> listenLoopbackTcp(quint16 port, quint16 *boundPort);
// accept() on a listening socket; -1 when nothing is pending.
int acceptConnection(int listenFd);
void closeFd(int fd);

} // namespace enclave::agent::sockets

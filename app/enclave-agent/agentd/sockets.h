#pragma once

#include <cstdint>
#include <string>

#include "agentd/rpc.h"

// Non-blocking connects for vsock.open and health.check. The Channel completes the connect.
namespace agentd::sockets {

Result<int> connectUnix(const std::string &path);
// AF_VSOCK (a real parent instance). Never called when --vsock-unix-dir is given.
Result<int> connectVsock(std::uint32_t cid, std::uint32_t port);

} // namespace agentd::sockets

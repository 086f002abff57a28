#pragma once

#include <cstdint>
#include <string>

#include "agentd/rpc.h"

// Non-blocking connects for vsock.open and health.check. The Channel completes the connect.
namespace agentd::sockets {

// `label` names the peer in error messages (default: the path); the simulated vsock passes
// "CID:PORT" so that no machine path reaches the user, and a missing socket reads as a refusal.
Result<int> connectUnix(const std::string &path, const std::string &label = {});
// AF_VSOCK (a real parent instance). Never called when --vsock-unix-dir is given.
Result<int> connectVsock(std::uint32_t cid, std::uint32_t port);

} // namespace agentd::sockets

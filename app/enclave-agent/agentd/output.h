#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "agentd/rpc.h"

namespace agentd {

// Where a session's parts send their notifications, and how backed up the client is: output
// is produced only while less than kOutputSoftLimit is queued.
class Output {
public:
    virtual ~Output() = default;
    virtual void send(const json &message) = 0;
    // A message already encoded as one JSON line ending in '\n' (the console path builds its
    // console.data lines itself). The default re-parses it; Session writes it as it is.
    virtual void sendLine(std::string line) { send(json::parse(line)); }
    virtual std::int64_t pendingBytes() const = 0;
    virtual bool ending() const = 0;
    bool backedUp() const { return pendingBytes() >= wire::kOutputSoftLimit; }
};

using Respond = std::function<void(Result<json>)>;

} // namespace agentd

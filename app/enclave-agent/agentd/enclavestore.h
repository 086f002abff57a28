#pragma once

#include <functional>
#include <string>
#include <vector>

#include "agentd/rpc.h"

namespace agentd {

// The agent's memory across sessions: STATE_DIR/state.json holds the enclaves it launched
// (with their capture helper's PID) and the ones that exited. Every change happens under an
// flock and is written atomically, since several agent processes (one per SSH session) share it.
class EnclaveStore final {
public:
    explicit EnclaveStore(std::string stateDir);

    const std::string &stateDir() const { return m_dir; }
    std::string consolePath(const std::string &enclaveId) const;
    // Reads the state, applies change (if any) and writes it back when it changed.
    Result<json> update(const std::function<void(json &state)> &change);
    Result<json> snapshot() { return update({}); }

    static json findEnclave(const json &state, const std::string &enclaveId); // null if absent
    static void replaceEnclave(json &state, const json &record);
    // Drops the oldest EXITED records beyond keep, except those that exited at or after keepSince
    // (an ExitedAt timestamp; empty: none is spared), and never keeps more than hardCap; returns
    // their IDs.
    static std::vector<std::string> pruneExited(json &state, int keep = wire::kKeptExitedEnclaves,
        const std::string &keepSince = {}, int hardCap = wire::kMaxKeptExitedEnclaves);

private:
    std::string m_dir;
};

} // namespace agentd

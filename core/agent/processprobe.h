#pragma once

#include <QString>

namespace enclave::agent {

// Liveness and termination of processes the agent started detached (simulated enclaves,
// console capture), always by PID and only after checking that the PID still runs one of ours:
// its command line must contain the marker (the enclave ID), which guards against PID reuse.
class ProcessProbe final {
public:
    static bool isAlive(qint64 pid, const QString &marker);
    // SIGTERM, wait up to graceMs, then SIGKILL; returns true once the process is gone.
    static bool terminate(qint64 pid, const QString &marker, int graceMs = 2000);
};

} // namespace enclave::agent

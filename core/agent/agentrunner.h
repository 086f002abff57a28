#pragma once

#include <QString>

namespace enclave::agent {

// What enclave-agent's command line selects; the binary's main only fills this in.
struct AgentOptions {
    enum class Mode { Stdio, SimulatedEnclave, ConsoleCapture };
    Mode mode = Mode::Stdio;
    QString imageDir; // empty: the backend's default
    QString simulateDir; // non-empty: simulator backend on this state directory
    QString stateDir; // nitro-cli backend's state (console logs, launched enclaves)
    QString nitroCli = QStringLiteral("nitro-cli");
    QString enclaveId; // for the helper modes
    qint64 maxUploadBytes = 8LL << 30;
    QString selfPath; // this binary, started again for the helper modes
};

// Runs the chosen mode in the current QCoreApplication; returns the process exit code.
int runAgent(const AgentOptions &options);

// ~/.local/state/enclave-agent (honours XDG_STATE_HOME).
QString defaultStateDir();

} // namespace enclave::agent

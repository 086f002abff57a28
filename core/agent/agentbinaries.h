#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace enclave::agent {

// Where the client finds the programs it runs or installs: the static enclave-agent for each
// parent architecture (lib/enclave-studio/agent/linux-<arch>/enclave-agent in the build tree
// and under the install prefix) and nitro-cli-sim for the local simulator.
class AgentBinaries final {
public:
    // The architectures the agent is built for, as uname -m prints them.
    static QStringList architectures() { return { QStringLiteral("x86_64"), QStringLiteral("aarch64") }; }
    // uname -m (or QSysInfo's name) to one of architectures(); nullopt when unsupported.
    static std::optional<QString> normalizeArchitecture(const QString &machine);
    static QString hostArchitecture();

    // The agent binary for arch, or empty when none is found; searchedPaths() says where we looked.
    static QString agent(const QString &arch);
    static QStringList searchedPaths(const QString &arch);
    // The agent to run on this machine (the local simulator, enclave-tool remote --local).
    static QString localAgent();
    // nitro-cli-sim next to the running program, in the build tree, else from PATH.
    static QString nitroCliSim();

    // The first line "PATH --version" prints (e.g. "enclave-agent 0.2.0 (build 1a2b3c4d)"), or
    // empty when it cannot run here. A binary for another architecture is not run: the build
    // id names the source and build, not the architecture, so the host's binary from the same
    // build answers for it.
    static QString versionLine(const QString &arch);
};

} // namespace enclave::agent

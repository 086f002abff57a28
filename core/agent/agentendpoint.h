#pragma once

#include <QString>
#include <QStringList>

#include "common/error.h"

namespace enclave::agent {

// Where an agent runs and how to start it. For SSH the system ssh binary is run with an
// argument list (never a local shell): host keys are checked strictly and no password prompt
// can appear (BatchMode), while the user's ~/.ssh/config, agent, ProxyJump and ProxyCommand
// (SSM, EC2 Instance Connect) keep working. "Local" runs an enclave-agent binary directly, e.g.
// the simulator profile.
struct AgentEndpoint {
    enum class Kind { Ssh, Local };

    Kind kind = Kind::Ssh;
    // ssh
    QString host; // [user@]host or a ~/.ssh/config alias
    int port = 0; // -p (0: ssh's default)
    QString identityFile; // -i
    QString jumpHost; // -J
    QString configFile; // -F
    QStringList options; // -o KEY=VALUE, passed through after ours (ssh keeps the first value, so
                         // they cannot weaken BatchMode or StrictHostKeyChecking)
    // The command the remote login shell runs. It is the one string ssh hands to a shell (as
    // with git's --upload-pack): the fixed defaultAgentCommand(), or the user's own from a
    // profile, never anything built from agent data or other input.
    QString agentCommand = defaultAgentCommand();
    QString sshProgram = QStringLiteral("ssh");
    // local
    QString localProgram;
    QStringList localArguments;

    // Exit status of defaultAgentCommand() when the host has no enclave-agent.
    static constexpr int kAgentNotInstalledExit = 120;
    // Starts "enclave-agent --stdio" from PATH, else ~/.local/bin/enclave-agent (where
    // install-agent puts it), else exits kAgentNotInstalledExit. A constant: no user text in it.
    static QString defaultAgentCommand();
    // What profiles saved before the fixed command existed; treated as the default.
    static bool isLegacyDefaultCommand(const QString &command)
    {
        return command.trimmed() == u"enclave-agent --stdio";
    }

    static AgentEndpoint ssh(const QString &host)
    {
        AgentEndpoint e;
        e.host = host;
        return e;
    }
    static AgentEndpoint local(const QString &program, const QStringList &arguments)
    {
        AgentEndpoint e;
        e.kind = Kind::Local;
        e.localProgram = program;
        e.localArguments = arguments;
        return e;
    }

    // The "Local simulator" profile: "enclave-agent --stdio --simulate STATE_DIR --nitro-cli
    // NITRO_CLI_SIM" on this machine: the real agent driving nitro-cli-sim (no AWS needed).
    // Empty programs mean the ones AgentBinaries finds.
    static AgentEndpoint localSimulator(
        const QString &stateDir, const QString &agentProgram = {}, const QString &nitroCliSim = {});
    // The host's enclave-agent (see AgentBinaries::localAgent).
    static QString defaultAgentProgram();

    // The program and argument list to start, after validating every field.
    Result<QString> program() const;
    Result<QStringList> arguments() const;
    QString displayName() const;
};

} // namespace enclave::agent

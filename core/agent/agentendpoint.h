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
struct AgentEndpoint
{
    enum class Kind { Ssh, Local };

    Kind kind = Kind::Ssh;
    // ssh
    QString host;            // [user@]host or a ~/.ssh/config alias
    int port = 0;            // -p (0: ssh's default)
    QString identityFile;    // -i
    QString jumpHost;        // -J
    QString configFile;      // -F
    QStringList options;     // -o KEY=VALUE, passed through after ours (ssh keeps the first value, so
                             // they cannot weaken BatchMode or StrictHostKeyChecking)
    // The command the remote login shell runs. It is the one string ssh hands to a shell (as
    // with git's --upload-pack): it comes from the user's profile, never from agent data.
    QString agentCommand = QStringLiteral("enclave-agent --stdio");
    QString sshProgram = QStringLiteral("ssh");
    // local
    QString localProgram;
    QStringList localArguments;

    static AgentEndpoint ssh(const QString &host) { AgentEndpoint e; e.host = host; return e; }
    static AgentEndpoint local(const QString &program, const QStringList &arguments)
    {
        AgentEndpoint e;
        e.kind = Kind::Local;
        e.localProgram = program;
        e.localArguments = arguments;
        return e;
    }

    // The "Local simulator" profile: enclave-agent --stdio --simulate STATE_DIR on this machine.
    static AgentEndpoint localSimulator(const QString &stateDir, const QString &agentProgram = {})
    {
        return local(agentProgram.isEmpty() ? defaultAgentProgram() : agentProgram,
                     {QStringLiteral("--stdio"), QStringLiteral("--simulate"), stateDir});
    }
    // enclave-agent next to the running binary (installed, or in the build tree), else from PATH.
    static QString defaultAgentProgram();

    // The program and argument list to start, after validating every field.
    Result<QString> program() const;
    Result<QStringList> arguments() const;
    QString displayName() const;
};

} // namespace enclave::agent

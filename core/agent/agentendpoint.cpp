#include "agent/agentendpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "agent/agentbinaries.h"

namespace enclave::agent {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgentEndpoint)
};

bool hasControl(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

// An argument that ssh could mistake for an option, or that smuggles a second line, is refused.
std::optional<Error> checkValue(const QString &what, const QString &value)
{
    if (value.startsWith(u'-') || hasControl(value))
        return Error { Error::Code::Usage, -1, Tr::tr("%1 '%2' is not allowed").arg(what, value.left(80)) };
    return std::nullopt;
}
} // namespace

Result<QString> AgentEndpoint::program() const
{
    const QString p = kind == Kind::Ssh ? sshProgram : localProgram;
    if (p.isEmpty() || hasControl(p))
        return makeError(Error::Code::Usage, Tr::tr("no program to start the agent with"));
    return p;
}

Result<QStringList> AgentEndpoint::arguments() const
{
    if (kind == Kind::Local)
        return localArguments;
    if (host.isEmpty())
        return makeError(Error::Code::Usage, Tr::tr("no host given"));
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9_.@:%\\[\\]-]+\\z"));
    if (auto e = checkValue(QStringLiteral("host"), host))
        return std::unexpected(*e);
    if (!hostRe.match(host).hasMatch())
        return makeError(Error::Code::Usage,
            Tr::tr("host '%1' has characters a host name cannot have").arg(host.left(80)));
    if (port < 0 || port > 65535)
        return makeError(Error::Code::Usage, Tr::tr("port %1 is out of range").arg(port));
    QStringList args { QStringLiteral("-T"), QStringLiteral("-e"), QStringLiteral("none"),
        QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
        QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
        QStringLiteral("ServerAliveInterval=15"), QStringLiteral("-o"),
        QStringLiteral("ServerAliveCountMax=3") };
    if (!configFile.isEmpty()) {
        if (auto e = checkValue(QStringLiteral("config file"), configFile))
            return std::unexpected(*e);
        args << QStringLiteral("-F") << configFile;
    }
    if (port > 0)
        args << QStringLiteral("-p") << QString::number(port);
    if (!identityFile.isEmpty()) {
        if (auto e = checkValue(QStringLiteral("identity file"), identityFile))
            return std::unexpected(*e);
        args << QStringLiteral("-i") << identityFile;
    }
    if (!jumpHost.isEmpty()) {
        if (auto e = checkValue(QStringLiteral("jump host"), jumpHost))
            return std::unexpected(*e);
        args << QStringLiteral("-J") << jumpHost;
    }
    static const QRegularExpression optRe(QStringLiteral("^[A-Za-z][A-Za-z0-9]*[= ].+\\z"));
    for (const QString &o : options) {
        if (hasControl(o) || !optRe.match(o).hasMatch())
            return makeError(Error::Code::Usage, Tr::tr("ssh option '%1' is not KEY=VALUE").arg(o.left(80)));
        args << QStringLiteral("-o") << o;
    }
    if (agentCommand.trimmed().isEmpty() || hasControl(agentCommand))
        return makeError(Error::Code::Usage, Tr::tr("the agent command must be one line"));
    args << QStringLiteral("--") << host << agentCommand;
    return args;
}

QString AgentEndpoint::defaultAgentProgram()
{
    return AgentBinaries::localAgent();
}

AgentEndpoint AgentEndpoint::localSimulator(
    const QString &stateDir, const QString &agentProgram, const QString &nitroCliSim)
{
    return local(agentProgram.isEmpty() ? defaultAgentProgram() : agentProgram,
        { QStringLiteral("--stdio"), QStringLiteral("--simulate"), stateDir, QStringLiteral("--nitro-cli"),
            nitroCliSim.isEmpty() ? AgentBinaries::nitroCliSim() : nitroCliSim });
}

QString AgentEndpoint::defaultAgentCommand()
{
    // One line for the remote login shell (bash on Amazon Linux; sh -c keeps it POSIX whatever
    // the login shell is). $HOME is expanded remotely; nothing here comes from the user.
    return QStringLiteral(
        "sh -c 'if command -v enclave-agent >/dev/null 2>&1; then exec enclave-agent --stdio; "
        "elif [ -x \"$HOME/.local/bin/enclave-agent\" ]; then exec \"$HOME/.local/bin/enclave-agent\" "
        "--stdio; "
        "else echo \"enclave-agent is not installed on this host\" >&2; exit %1; fi'")
        .arg(kAgentNotInstalledExit);
}

QString AgentEndpoint::displayName() const
{
    if (kind == Kind::Local)
        return QStringLiteral("local agent");
    return port > 0 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
}

} // namespace enclave::agent

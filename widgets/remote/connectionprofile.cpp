#include "remote/connectionprofile.h"

#include <QCoreApplication>

#include "remote/localsimulator.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

ConnectionProfile ConnectionProfile::localSimulator()
{
    ConnectionProfile p;
    p.id = localSimulatorId();
    p.name = QCoreApplication::translate("enclave::ui::ConnectionProfile", "Local simulator");
    p.kind = Kind::LocalSimulator;
    return p;
}

QString ConnectionProfile::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (kind == Kind::LocalSimulator)
        return localSimulator().name;
    return user.isEmpty() ? host : user + u'@' + host;
}

Result<agent::AgentEndpoint> ConnectionProfile::endpoint() const
{
    if (kind == Kind::LocalSimulator)
        return LocalSimulator::endpoint();
    if (user.contains(u'@') || user.contains(u' ') || user.startsWith(u'-'))
        return makeError(
            Error::Code::Usage, QStringLiteral("user name '%1' is not allowed").arg(user.left(80)));
    agent::AgentEndpoint e
        = agent::AgentEndpoint::ssh(user.isEmpty() ? host.trimmed() : user + u'@' + host.trimmed());
    e.port = port;
    e.identityFile = identityFile.trimmed();
    e.jumpHost = jumpHost.trimmed();
    for (const QString &o : options) {
        if (!o.trimmed().isEmpty())
            e.options.append(o.trimmed());
    }
    if (!agentCommand.trimmed().isEmpty() && !agent::AgentEndpoint::isLegacyDefaultCommand(agentCommand))
        e.agentCommand = agentCommand.trimmed();
    // Validates every field the way the client will use it.
    if (auto args = e.arguments(); !args)
        return std::unexpected(args.error());
    return e;
}

} // namespace enclave::ui

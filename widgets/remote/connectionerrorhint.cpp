#include "remote/connectionerrorhint.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

ConnectionErrorHint::Kind ConnectionErrorHint::classify(const QString &m)
{
    if (m.trimmed().isEmpty())
        return Kind::None;
    if (m.contains(u"REMOTE HOST IDENTIFICATION HAS CHANGED"_s, Qt::CaseInsensitive)
        || m.contains(u"Offending"_s)
        || (m.contains(u"host key for"_s, Qt::CaseInsensitive) && m.contains(u"has changed"_s)))
        return Kind::HostKeyChanged;
    if (m.contains(u"Host key verification failed"_s, Qt::CaseInsensitive)
        || m.contains(u"host key is known"_s, Qt::CaseInsensitive)
        || m.contains(u"No matching host key"_s, Qt::CaseInsensitive))
        return Kind::HostKeyUnknown;
    if (m.contains(u"Permission denied"_s, Qt::CaseInsensitive)
        || m.contains(u"Too many authentication failures"_s, Qt::CaseInsensitive))
        return Kind::AuthenticationFailed;
    if (m.contains(u"Could not resolve hostname"_s, Qt::CaseInsensitive)
        || m.contains(u"Connection refused"_s, Qt::CaseInsensitive)
        || m.contains(u"timed out"_s, Qt::CaseInsensitive)
        || m.contains(u"No route to host"_s, Qt::CaseInsensitive)
        || m.contains(u"Network is unreachable"_s, Qt::CaseInsensitive))
        return Kind::HostUnreachable;
    if (m.contains(u"enclave-agent is not installed"_s, Qt::CaseInsensitive)
        || m.contains(u"command not found"_s, Qt::CaseInsensitive)
        || m.contains(u"No such file or directory"_s, Qt::CaseInsensitive)
        || m.contains(u"cannot start"_s, Qt::CaseInsensitive))
        return Kind::AgentMissing;
    return Kind::Other;
}

QString ConnectionErrorHint::explain(const QString &m, const QString &host)
{
    switch (classify(m)) {
    case Kind::None:
        return {};
    case Kind::HostKeyUnknown:
        return tr("The host key of %1 is not in your known_hosts file, so the connection was refused. "
                  "Enclave Studio "
                  "never accepts host keys on its own: compare the key's fingerprint with the one the "
                  "instance shows "
                  "(EC2 console output or SSM), then add it, e.g. by running \"ssh %1\" once in a terminal.")
            .arg(host);
    case Kind::HostKeyChanged:
        return tr("The host key of %1 differs from the one in your known_hosts file. This happens when the "
                  "instance was "
                  "replaced, but it is also what an attack looks like. Check the new fingerprint out of band "
                  "before "
                  "removing the old key (ssh-keygen -R %1).")
            .arg(host);
    case Kind::AuthenticationFailed:
        return tr("%1 refused the login. Check the user name and the identity file (or load the key into "
                  "ssh-agent); "
                  "Enclave Studio never asks for or stores passwords.")
            .arg(host);
    case Kind::HostUnreachable:
        return tr(
            "%1 cannot be reached: check the host name, port, jump host and that the instance is running.")
            .arg(host);
    case Kind::AgentMissing:
        return tr("The agent could not be started on %1: open Connections, select the host and press "
                  "Install agent (or run \"enclave-tool remote %1 install-agent\"), or set the agent "
                  "command in the connection profile.")
            .arg(host);
    case Kind::Other:
        return {};
    }
    return {};
}

} // namespace enclave::ui

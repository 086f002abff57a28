#pragma once

#include <QCoreApplication>
#include <QString>

namespace enclave::ui {

// Says in plain words why an SSH connection to an agent failed and what to do, from the last
// line ssh printed. Host key problems are never worked around: the operator checks the
// fingerprint and adds the key to known_hosts.
class ConnectionErrorHint final {
    Q_DECLARE_TR_FUNCTIONS(enclave::ui::ConnectionErrorHint)
public:
    enum class Kind {
        None,
        HostKeyUnknown,
        HostKeyChanged,
        AuthenticationFailed,
        HostUnreachable,
        AgentMissing,
        Other
    };

    static Kind classify(const QString &sshMessage);
    // A sentence or two for the dashboard; empty for Kind::None.
    static QString explain(const QString &sshMessage, const QString &host);
};

} // namespace enclave::ui

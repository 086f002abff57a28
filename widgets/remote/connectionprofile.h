#pragma once

#include <QString>
#include <QStringList>

#include "agent/agentendpoint.h"
#include "common/error.h"

namespace enclave::ui {

// A saved way to reach an enclave-agent: over SSH (host, user, port, identity file, jump host,
// extra -o options) or the built-in local simulator. Holds no secret: authentication is the
// user's SSH keys and agent, and passwords are impossible (ssh runs with BatchMode=yes).
struct ConnectionProfile {
    enum class Kind { LocalSimulator, Ssh };

    QString id; // stable key in the settings ("local-simulator" for the built-in one)
    QString name;
    Kind kind = Kind::Ssh;
    QString host; // name, address or ~/.ssh/config alias
    QString user;
    int port = 0; // 0: ssh's default (or the config's)
    QString identityFile;
    QString jumpHost;
    QStringList options; // KEY=VALUE, each passed as -o
    // Empty: the fixed default (enclave-agent from PATH, else ~/.local/bin/enclave-agent).
    QString agentCommand;

    static QString localSimulatorId() { return QStringLiteral("local-simulator"); }
    static ConnectionProfile localSimulator();

    bool isLocalSimulator() const { return kind == Kind::LocalSimulator; }
    QString displayName() const;
    // How to start the agent, every field validated (the local simulator resolves its binary,
    // state and image directories here).
    Result<agent::AgentEndpoint> endpoint() const;
};

} // namespace enclave::ui

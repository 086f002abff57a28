#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include "agent/agentendpoint.h"

namespace enclave::agent {

// Installs the static enclave-agent on a host over SSH, the way VS Code Remote-SSH installs
// its server: one ssh session runs a fixed remote script (no user text in it; the target path
// travels on stdin as data) that reports `uname -m` and the installed agent's --version, then
// either stops ("already current": nothing is copied) or receives the binary for that
// architecture on the same channel into a temporary file next to the target, chmod 755,
// renames it into place and prints the new --version, which must equal the local binary's
// (version and build id).
class AgentInstaller final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString arch = QStringLiteral("auto"); // auto, x86_64, aarch64
        QString remotePath = QStringLiteral("~/.local/bin/enclave-agent"); // absolute or ~/...
        bool force = false; // copy even when current
    };
    struct Outcome {
        bool ok = false;
        bool alreadyCurrent = false;
        QString
            step; // where it failed: connect, path, arch, local binary, mkdir, copy, chmod, rename, verify
        QString message; // one line for the user
        QString arch; // the architecture installed (or found)
        QString version; // the agent's --version line on the host afterwards
    };

    explicit AgentInstaller(QObject *parent = nullptr);
    ~AgentInstaller() override;

    // Starts; finished() follows exactly once. The endpoint's agentCommand is not used.
    void start(const AgentEndpoint &endpoint, const Options &options);
    void cancel();
    // Runs a nested event loop until finished (CLI and tests).
    Outcome run(const AgentEndpoint &endpoint, const Options &options, int timeoutMs = 300000);

    // The fixed remote script (one line for the login shell).
    static QString remoteScript();
    // Checks --remote-path: one line, absolute or starting with "~/", not a directory name.
    static std::optional<QString> checkRemotePath(const QString &path);

Q_SIGNALS:
    void progress(const QString &message);
    void finished(const enclave::agent::AgentInstaller::Outcome &outcome);

private:
    void onOutput();
    void onFinished();
    void decide();
    void finish(Outcome outcome);

    QProcess *m_process = nullptr;
    AgentEndpoint m_endpoint;
    Options m_options;
    QByteArray m_out;
    QByteArray m_err;
    QString m_remoteArch;
    QString m_current;
    QString m_expected;
    bool m_decided = false;
    bool m_copied = false;
    bool m_done = false;
    Outcome m_pending;
};

} // namespace enclave::agent

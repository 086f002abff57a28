#pragma once

#include <optional>

#include <QObject>
#include <QProcess>

#include "agent/consolelog.h"
#include "agent/enclavestore.h"

namespace enclave::agent {

// The detached helper that owns one enclave's console on a parent instance
// ("enclave-agent --capture-console ID --state-dir DIR"): runs "nitro-cli console
// --enclave-id ID" and appends what it prints (minus its two banner lines) to the console log
// until the console ends, then records why it ended. It is started right after launch so the
// boot output is kept, and it outlives the SSH session.
class ConsoleCapture final : public QObject {
    Q_OBJECT
public:
    ConsoleCapture(const QString &stateDir, const QString &enclaveId, const QString &nitroCli,
        QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onOutput();
    void onFinished(int exitCode);

    EnclaveStore m_store;
    QString m_id;
    QString m_nitroCli;
    QProcess m_process;
    std::optional<ConsoleLog> m_log;
    QByteArray m_head; // bytes before the banner was passed
    bool m_bannerDone = false;
    QByteArray m_stderr;
};

} // namespace enclave::agent

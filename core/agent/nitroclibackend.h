#pragma once

#include <QList>

#include "agent/enclavebackend.h"
#include "agent/enclavestore.h"

namespace enclave::agent {

// The real backend on a parent instance: drives nitro-cli with argument lists and parses its
// JSON (stdout is read even when the exit status is non-zero; failures map to the first
// "[ Exx ]" line). Launches are serialized (parallel run-enclave calls collide on the
// heartbeat port 9000). Right after a debug-mode launch a detached capture helper
// ("enclave-agent --capture-console ID --state-dir DIR") starts reading the console so its
// history from boot is kept on disk and stays readable after the enclave exited. Enclaves the
// agent launched that vanish from describe-enclaves are reported with State "EXITED".
// vsock streams use AF_VSOCK.
class NitroCliBackend final : public EnclaveBackend {
    Q_OBJECT
public:
    NitroCliBackend(const QString &stateDir, const QString &nitroCli, const QString &helperProgram,
        QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("nitro-cli"); }
    void listEnclaves(Reply reply) override;
    void runEnclave(const RunRequest &request, Reply reply) override;
    void terminateEnclave(const QString &enclaveId, Reply reply) override;
    void hostInfo(Reply reply) override;
    RpcResult<QString> consoleLog(const QString &enclaveId) override;
    RpcResult<int> connectVsock(quint32 cid, quint32 port) override;

    static constexpr int kRunTimeoutMs = 300000;
    static constexpr int kCommandTimeoutMs = 30000;

private:
    struct PendingRun {
        RunRequest request;
        Reply reply;
    };
    void startNextLaunch();
    void startCapture(const QString &enclaveId);
    void stopCapture(const QString &enclaveId, const QString &reason);

    EnclaveStore m_store;
    QString m_nitroCli;
    QString m_helper;
    QList<PendingRun> m_launchQueue;
    bool m_launching = false;
};

} // namespace enclave::agent

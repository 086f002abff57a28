#pragma once

#include "agent/enclavebackend.h"
#include "agent/enclavestore.h"

namespace enclave::agent {

// Simulated Nitro host for demos and tests (enclave-agent --simulate STATE_DIR). It applies
// nitro-cli's launch rules with nitro-cli's error codes: the allocator budget from
// STATE_DIR/allocator.yaml (memory_mib, cpu_count or cpu_pool), memory >= 4 x EIF size,
// whole cores (even cpu counts), unique CIDs >= 4, IDs i-<17 hex>-enc<16 hex>, console only in
// debug mode. Each enclave is a detached helper process (see SimulatedEnclave) so, like a real
// enclave, it outlives the SSH session that launched it. vsock (cid, port) maps to the Unix
// socket STATE_DIR/vsock/CID_PORT.sock; AF_VSOCK is never opened.
class SimulatorBackend final : public EnclaveBackend {
    Q_OBJECT
public:
    // helperProgram is the enclave-agent binary, started as
    // "helperProgram --sim-enclave ID --simulate STATE_DIR" for each launched enclave.
    SimulatorBackend(const QString &stateDir, const QString &helperProgram, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("simulator"); }
    void listEnclaves(Reply reply) override;
    void runEnclave(const RunRequest &request, Reply reply) override;
    void terminateEnclave(const QString &enclaveId, Reply reply) override;
    void hostInfo(Reply reply) override;
    RpcResult<QString> consoleLog(const QString &enclaveId) override;
    RpcResult<int> connectVsock(quint32 cid, quint32 port) override;

    struct Allocator {
        qint64 memoryMiB = 0;
        QList<int> cpuPool;
    };
    Allocator allocator() const;

private:
    RpcResult<QJsonObject> refreshed();
    void reapDead(QJsonObject &state) const;

    EnclaveStore m_store;
    QString m_helper;
};

} // namespace enclave::agent

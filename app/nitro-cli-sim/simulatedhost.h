#pragma once

#include <expected>
#include <functional>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "agent/enclavestore.h"
#include "nitroerror.h"

namespace enclave::nitrosim {

// The simulated parent instance behind nitro-cli-sim, kept in one state directory
// ($NITRO_CLI_SIM_STATE_DIR, default ~/.local/state/nitro-cli-sim):
//   state.json / state.lock   running enclaves (describe-enclaves records plus EifPath and
//                             Heartbeat), read-modify-written under flock
//   launch.lock               held for a whole run-enclave: launches are serialized as
//                             nitro-cli's heartbeat port 9000 serializes them
//   allocator.yaml            the allocator budget (memory_mib, cpu_count or cpu_pool), as
//                             /etc/nitro_enclaves/allocator.yaml
//   simulator.yaml            how the simulated enclaves behave (see EnclaveProcess)
//   vsock/CID_PORT.sock       each enclave's vsock ports; the debug console is the
//                             hypervisor's (CID 0, port CID + 10000) as on a real host
//   logs/err*.log             one error log per failure, as /var/log/nitro_enclaves
class SimulatedHost final {
public:
    explicit SimulatedHost(const QString &stateDir);
    static QString defaultStateDir();

    QString stateDir() const { return m_store.stateDir(); }
    QString logDir() const { return stateDir() + QStringLiteral("/logs"); }
    QString vsockPath(quint32 cid, quint32 port) const { return m_store.vsockPath(cid, port); }
    static quint32 consolePort(quint32 cid) { return cid + 10000; }
    QString consoleSocket(quint32 cid) const { return vsockPath(0, consolePort(cid)); }
    QString launchLockPath() const { return stateDir() + QStringLiteral("/launch.lock"); }

    struct Allocator {
        qint64 memoryMiB = 0;
        QList<int> cpuPool;
    };
    Allocator allocator() const;
    QHash<QString, QString> settings() const;
    qint64 setting(const char *key, qint64 fallback, qint64 lo, qint64 hi) const;

    // Running enclaves, after dropping those whose enclave process is gone (as nitro-cli
    // deletes stale sockets lazily).
    std::expected<QJsonArray, NitroError> enclaves();
    std::expected<QJsonObject, NitroError> update(const std::function<void(QJsonObject &)> &change);
    // Removes a record and the sockets its enclave process served.
    void forget(const QJsonObject &record);

    // The describe-enclaves view of a record (our internal fields removed).
    static QJsonObject describeInfo(const QJsonObject &record);
    static QJsonObject runInfo(const QJsonObject &record);

private:
    void reap(QJsonObject &state, QList<QJsonObject> &gone) const;
    agent::EnclaveStore m_store;
};

} // namespace enclave::nitrosim

#include "simulatedhost.h"

#include <QDir>
#include <QFile>

#include "agent/keyvaluefile.h"
#include "agent/processprobe.h"

namespace enclave::nitrosim {

namespace {
QList<int> parseCpuList(const QString &text)
{
    QList<int> cpus;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(u'-');
        bool ok1 = false, ok2 = false;
        const int a = range.value(0).toInt(&ok1);
        const int b = range.size() == 2 ? range.value(1).toInt(&ok2) : a;
        if (!ok1 || (range.size() == 2 && !ok2) || range.size() > 2 || a < 0 || b < a || b > 1023)
            return {};
        for (int c = a; c <= b; ++c)
            cpus.append(c);
    }
    return cpus;
}
} // namespace

SimulatedHost::SimulatedHost(const QString &stateDir)
    : m_store(stateDir)
{
    QDir().mkpath(stateDir + QStringLiteral("/vsock"));
    const QString alloc = stateDir + QStringLiteral("/allocator.yaml");
    if (!QFile::exists(alloc)) {
        QFile f(alloc);
        if (f.open(QIODevice::NewOnly))
            f.write("---\n# Simulated /etc/nitro_enclaves/allocator.yaml\nmemory_mib: 4096\ncpu_count: 4\n");
    }
}

QString SimulatedHost::defaultStateDir()
{
    const QByteArray env = qgetenv("NITRO_CLI_SIM_STATE_DIR");
    if (!env.isEmpty())
        return QFile::decodeName(env);
    return QDir::homePath() + QStringLiteral("/.local/state/nitro-cli-sim");
}

SimulatedHost::Allocator SimulatedHost::allocator() const
{
    const auto kv = agent::KeyValueFile::read(stateDir() + QStringLiteral("/allocator.yaml"));
    Allocator a;
    a.memoryMiB = qBound(qint64(0), kv.value(QStringLiteral("memory_mib")).toLongLong(), qint64(1) << 24);
    if (kv.contains(QStringLiteral("cpu_pool"))) {
        a.cpuPool = parseCpuList(kv.value(QStringLiteral("cpu_pool")));
    } else {
        // cpu_count CPUs, never CPU 0 (the parent keeps it), as nitro-enclaves-allocator does.
        const int count = qBound(0, kv.value(QStringLiteral("cpu_count")).toInt(), 1024);
        for (int c = 1; c <= count; ++c)
            a.cpuPool.append(c);
    }
    return a;
}

QHash<QString, QString> SimulatedHost::settings() const
{
    return agent::KeyValueFile::read(stateDir() + QStringLiteral("/simulator.yaml"));
}

qint64 SimulatedHost::setting(const char *key, qint64 fallback, qint64 lo, qint64 hi) const
{
    bool ok = false;
    const qint64 v = settings().value(QLatin1StringView(key)).toLongLong(&ok);
    return ok ? qBound(lo, v, hi) : fallback;
}

void SimulatedHost::reap(QJsonObject &state, QList<QJsonObject> &gone) const
{
    QJsonArray list = state.value(QStringLiteral("enclaves")).toArray();
    for (qsizetype i = 0; i < list.size();) {
        const QJsonObject r = list.at(i).toObject();
        if (agent::ProcessProbe::isAlive(r.value(QStringLiteral("ProcessID")).toInteger(),
                r.value(QStringLiteral("EnclaveID")).toString())) {
            ++i;
            continue;
        }
        gone.append(r);
        list.removeAt(i);
    }
    state.insert(QStringLiteral("enclaves"), list);
}

std::expected<QJsonObject, NitroError> SimulatedHost::update(const std::function<void(QJsonObject &)> &change)
{
    QList<QJsonObject> gone;
    auto state = m_store.update([&](QJsonObject &s) {
        reap(s, gone);
        if (change)
            change(s);
    });
    for (const QJsonObject &r : gone)
        forget(r);
    if (!state)
        return std::unexpected(NitroError {
            7, QStringLiteral("Failed to read the simulator state: %1").arg(state.error().message) });
    return *state;
}

std::expected<QJsonArray, NitroError> SimulatedHost::enclaves()
{
    auto state = update({});
    if (!state)
        return std::unexpected(state.error());
    return state->value(QStringLiteral("enclaves")).toArray();
}

void SimulatedHost::forget(const QJsonObject &record)
{
    (void)m_store.update([&](QJsonObject &s) {
        QJsonArray list = s.value(QStringLiteral("enclaves")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list.at(i).toObject().value(QStringLiteral("EnclaveID"))
                == record.value(QStringLiteral("EnclaveID")))
                list.removeAt(i--);
        s.insert(QStringLiteral("enclaves"), list);
    });
    const quint32 cid = quint32(record.value(QStringLiteral("EnclaveCID")).toInteger());
    for (const QJsonValue &port : record.value(QStringLiteral("ServedPorts")).toArray())
        QFile::remove(vsockPath(cid, quint32(port.toInteger())));
    QFile::remove(consoleSocket(cid));
}

QJsonObject SimulatedHost::describeInfo(const QJsonObject &record)
{
    QJsonObject o;
    for (const char *key : { "EnclaveName", "EnclaveID", "ProcessID", "EnclaveCID", "NumberOfCPUs", "CPUIDs",
             "MemoryMiB", "State", "Flags", "Measurements" })
        if (record.contains(QLatin1StringView(key)))
            o.insert(QLatin1StringView(key), record.value(QLatin1StringView(key)));
    return o;
}

QJsonObject SimulatedHost::runInfo(const QJsonObject &record)
{
    QJsonObject o;
    for (const char *key :
        { "EnclaveName", "EnclaveID", "ProcessID", "EnclaveCID", "NumberOfCPUs", "CPUIDs", "MemoryMiB" })
        o.insert(QLatin1StringView(key), record.value(QLatin1StringView(key)));
    return o;
}

} // namespace enclave::nitrosim

#include "agent/simulatorbackend.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include "agent/consolelog.h"
#include "agent/eifpeek.h"
#include "agent/keyvaluefile.h"
#include "agent/processprobe.h"
#include "agent/sockets.h"

namespace enclave::agent {

namespace {
const QString kRunning = QStringLiteral("RUNNING");
const QString kExited = QStringLiteral("EXITED");

QString randomHex(int digits)
{
    QString out;
    while (out.size() < digits)
        out += QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    return out.left(digits);
}

QList<int> parseCpuList(const QString &text)
{
    QList<int> cpus;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(u'-');
        bool ok1 = false, ok2 = false;
        const int a = range.value(0).toInt(&ok1);
        const int b = range.size() == 2 ? range.value(1).toInt(&ok2) : a;
        if (!ok1 || (range.size() == 2 && !ok2) || a < 0 || b < a || b > 1023)
            return {};
        for (int c = a; c <= b; ++c)
            cpus.append(c);
    }
    return cpus;
}

QJsonObject runInfo(const QJsonObject &record)
{
    QJsonObject o;
    for (const char *key :
        { "EnclaveName", "EnclaveID", "ProcessID", "EnclaveCID", "NumberOfCPUs", "CPUIDs", "MemoryMiB" })
        o.insert(QLatin1StringView(key), record.value(QLatin1StringView(key)));
    return o;
}
} // namespace

SimulatorBackend::SimulatorBackend(const QString &stateDir, const QString &helperProgram, QObject *parent)
    : EnclaveBackend(parent)
    , m_store(stateDir)
    , m_helper(helperProgram)
{
    QDir().mkpath(stateDir + QStringLiteral("/vsock"));
    const QString alloc = stateDir + QStringLiteral("/allocator.yaml");
    if (!QFile::exists(alloc)) {
        QFile f(alloc);
        if (f.open(QIODevice::WriteOnly))
            f.write("---\n# Simulated /etc/nitro_enclaves/allocator.yaml\nmemory_mib: 4096\ncpu_count: 4\n");
    }
}

SimulatorBackend::Allocator SimulatorBackend::allocator() const
{
    const auto kv = KeyValueFile::read(m_store.stateDir() + QStringLiteral("/allocator.yaml"));
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

void SimulatorBackend::reapDead(QJsonObject &state) const
{
    QJsonArray list = state.value(QStringLiteral("enclaves")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject r = list.at(i).toObject();
        if (r.value(QStringLiteral("State")).toString() != kRunning)
            continue;
        const QString id = r.value(QStringLiteral("EnclaveID")).toString();
        if (ProcessProbe::isAlive(r.value(QStringLiteral("ProcessID")).toInteger(), id))
            continue;
        // Gone without anyone terminating it: the enclave exited (or crashed) by itself.
        r.insert(QStringLiteral("State"), kExited);
        r.insert(QStringLiteral("ExitReason"), QStringLiteral("disappeared"));
        r.insert(QStringLiteral("ExitedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        list.replace(i, r);
        if (ConsoleLog::exists(m_store.consolePath(id)))
            (void)ConsoleLog::markClosed(m_store.consolePath(id), QStringLiteral("enclave exited"));
    }
    state.insert(QStringLiteral("enclaves"), list);
    for (const QString &id : EnclaveStore::pruneExited(state)) {
        QFile::remove(m_store.consolePath(id));
        QFile::remove(m_store.consolePath(id) + QStringLiteral(".closed"));
    }
}

RpcResult<QJsonObject> SimulatorBackend::refreshed()
{
    auto state = m_store.update([this](QJsonObject &s) { reapDead(s); });
    if (!state)
        return rpcError(RpcError::IoError, state.error().message);
    return *state;
}

void SimulatorBackend::listEnclaves(Reply reply)
{
    auto state = refreshed();
    if (!state)
        return reply(std::unexpected(state.error()));
    QJsonArray out;
    for (const QJsonValue &v : state->value(QStringLiteral("enclaves")).toArray()) {
        QJsonObject r = v.toObject();
        r.remove(QStringLiteral("EifPath"));
        out.append(r);
    }
    reply(QJsonValue(out));
}

void SimulatorBackend::runEnclave(const RunRequest &req, Reply reply)
{
    // Checks in nitro-cli's order: arguments, EIF, CPU pool, memory, driver (ioctl) rules.
    if (req.enclaveCid != 0 && (req.enclaveCid < 4 || req.enclaveCid >= 0xFFFFFFFFLL))
        return reply(nitroError(QStringLiteral("E03"),
            QStringLiteral("Invalid argument provided. The enclave CID %1 is reserved; use 4..4294967294 "
                           "or 0 for an automatic CID")
                .arg(req.enclaveCid)));
    if (req.memoryMiB == 0)
        return reply(nitroError(QStringLiteral("E26"),
            QStringLiteral("Insufficient memory requested. User provided `memory` is 0 MB")));
    const QFileInfo eif(req.eifPath);
    if (!eif.isFile() || !eif.isReadable())
        return reply(nitroError(QStringLiteral("E19"),
            QStringLiteral("File operation failure. File: '%1', failing operation: 'Open'")
                .arg(req.eifPath)));
    auto peek = EifPeek::read(req.eifPath);
    if (!peek)
        return reply(nitroError(QStringLiteral("E35"),
            QStringLiteral("EIF file parsing error: %1").arg(peek.error().toString())));

    const Allocator alloc = allocator();
    std::optional<RpcError> failure;
    QJsonObject launched;
    auto state = m_store.update([&](QJsonObject &s) {
        reapDead(s);
        qint64 usedMemory = 0;
        QSet<int> usedCpus;
        QSet<qint64> usedCids;
        QSet<QString> usedNames;
        for (const QJsonValue &v : s.value(QStringLiteral("enclaves")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("State")).toString() != kRunning)
                continue;
            usedMemory += r.value(QStringLiteral("MemoryMiB")).toInteger();
            for (const QJsonValue &c : r.value(QStringLiteral("CPUIDs")).toArray())
                usedCpus.insert(c.toInt());
            usedCids.insert(r.value(QStringLiteral("EnclaveCID")).toInteger());
            usedNames.insert(r.value(QStringLiteral("EnclaveName")).toString());
        }
        QList<int> freeCpus;
        for (int c : alloc.cpuPool)
            if (!usedCpus.contains(c))
                freeCpus.append(c);
        if (req.cpuCount > freeCpus.size()) {
            failure = RpcError::nitro(QStringLiteral("E22"),
                QStringLiteral("Insufficient CPUs available in the pool. User provided `cpu-count` is %1, "
                               "while the CPU pool has %2 free of %3. You can increase the pool size "
                               "by editing the `cpu_count` value from '/etc/nitro_enclaves/allocator.yaml'")
                    .arg(req.cpuCount)
                    .arg(freeCpus.size())
                    .arg(alloc.cpuPool.size()));
            return;
        }
        const qint64 minMiB = (peek->fileSize * 4 + (1 << 20) - 1) >> 20;
        if (req.memoryMiB < minMiB) {
            failure = RpcError::nitro(QStringLiteral("E26"),
                QStringLiteral("Insufficient memory requested. User provided `memory` is %1 MB, but based "
                               "on the EIF file size, the minimum memory should be %2 MB")
                    .arg(req.memoryMiB)
                    .arg(minMiB));
            return;
        }
        if (req.memoryMiB > alloc.memoryMiB - usedMemory) {
            failure = RpcError::nitro(QStringLiteral("E27"),
                QStringLiteral("Insufficient memory available. User provided `memory` is %1 MB, which is "
                               "more than the available hugepage memory (%2 MB free). You can increase the "
                               "available memory by editing the `memory_mib` value from "
                               "'/etc/nitro_enclaves/allocator.yaml' and then restart the "
                               "nitro-enclaves-allocator.service")
                    .arg(req.memoryMiB)
                    .arg(alloc.memoryMiB - usedMemory));
            return;
        }
        if (req.memoryMiB < 64) {
            failure = RpcError::nitro(QStringLiteral("E29"),
                QStringLiteral("Ioctl failure: memory size lower than the minimum supported (64 MiB)"));
            return;
        }
        if (req.cpuCount % 2 != 0) {
            failure = RpcError::nitro(QStringLiteral("E29"),
                QStringLiteral("Ioctl failure: full CPU cores have not been set (on x86_64 the cpu-count "
                               "must be a multiple of 2 hyper-threads)"));
            return;
        }
        qint64 cid = req.enclaveCid;
        if (cid != 0 && usedCids.contains(cid)) {
            failure = RpcError::nitro(QStringLiteral("E29"),
                QStringLiteral("Ioctl failure: An error has occurred: the enclave CID %1 is already in use")
                    .arg(cid));
            return;
        }
        if (cid == 0) {
            cid = 16;
            while (usedCids.contains(cid))
                ++cid;
        }
        QString name = req.enclaveName.isEmpty() ? eif.completeBaseName() : req.enclaveName;
        if (usedNames.contains(name)) {
            for (int n = 1;; ++n) {
                if (!usedNames.contains(name + QStringLiteral("_%1").arg(n))) {
                    name += QStringLiteral("_%1").arg(n);
                    break;
                }
            }
        }
        if (!s.contains(QStringLiteral("instanceId")))
            s.insert(QStringLiteral("instanceId"), QString(QStringLiteral("i-") + randomHex(17)));
        const QString id
            = s.value(QStringLiteral("instanceId")).toString() + QStringLiteral("-enc") + randomHex(16);
        QJsonArray cpus;
        for (qint64 i = 0; i < req.cpuCount; ++i)
            cpus.append(freeCpus.at(i));
        QJsonObject record { { QStringLiteral("EnclaveName"), name }, { QStringLiteral("EnclaveID"), id },
            { QStringLiteral("ProcessID"), 0 }, { QStringLiteral("EnclaveCID"), cid },
            { QStringLiteral("NumberOfCPUs"), req.cpuCount }, { QStringLiteral("CPUIDs"), cpus },
            { QStringLiteral("MemoryMiB"), req.memoryMiB }, { QStringLiteral("State"), kRunning },
            { QStringLiteral("Flags"),
                req.debugMode ? QStringLiteral("DEBUG_MODE") : QStringLiteral("NONE") },
            { QStringLiteral("EifPath"), req.eifPath },
            { QStringLiteral("StartedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
        EnclaveStore::replaceEnclave(s, record);
        // The enclave "process": detached, with no inherited stdio (it must not hold the SSH
        // channel open), found again later by PID plus its ID on the command line.
        QProcess proc;
        proc.setProgram(m_helper);
        proc.setArguments(
            { QStringLiteral("--sim-enclave"), id, QStringLiteral("--simulate"), m_store.stateDir() });
        proc.setStandardInputFile(QProcess::nullDevice());
        proc.setStandardOutputFile(QProcess::nullDevice());
        proc.setStandardErrorFile(QProcess::nullDevice());
        qint64 pid = 0;
        if (!proc.startDetached(&pid)) {
            QJsonArray list = s.value(QStringLiteral("enclaves")).toArray();
            list.removeLast();
            s.insert(QStringLiteral("enclaves"), list);
            failure = RpcError::nitro(QStringLiteral("E05"),
                QStringLiteral("Process spawn failure: cannot start %1").arg(m_helper));
            return;
        }
        record.insert(QStringLiteral("ProcessID"), pid);
        EnclaveStore::replaceEnclave(s, record);
        launched = record;
    });
    if (!state)
        return reply(rpcError(RpcError::IoError, state.error().message));
    if (failure)
        return reply(std::unexpected(*failure));
    reply(QJsonValue(runInfo(launched)));
}

void SimulatorBackend::terminateEnclave(const QString &enclaveId, Reply reply)
{
    auto state = refreshed();
    if (!state)
        return reply(std::unexpected(state.error()));
    QJsonObject record = EnclaveStore::findEnclave(*state, enclaveId);
    if (record.isEmpty() || record.value(QStringLiteral("State")).toString() != kRunning)
        return reply(nitroError(QStringLiteral("E11"),
            QStringLiteral("Socket error: failed to connect to the enclave process of %1 (NotFound)")
                .arg(enclaveId)));
    ProcessProbe::terminate(record.value(QStringLiteral("ProcessID")).toInteger(), enclaveId);
    auto updated = m_store.update([&](QJsonObject &s) {
        QJsonObject r = EnclaveStore::findEnclave(s, enclaveId);
        r.insert(QStringLiteral("State"), kExited);
        r.insert(QStringLiteral("ExitReason"), QStringLiteral("terminated"));
        r.insert(QStringLiteral("ExitedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        EnclaveStore::replaceEnclave(s, r);
    });
    if (ConsoleLog::exists(m_store.consolePath(enclaveId)))
        (void)ConsoleLog::markClosed(m_store.consolePath(enclaveId), QStringLiteral("terminated"));
    if (!updated)
        return reply(rpcError(RpcError::IoError, updated.error().message));
    reply(QJsonValue(
        QJsonObject { { QStringLiteral("EnclaveName"), record.value(QStringLiteral("EnclaveName")) },
            { QStringLiteral("EnclaveID"), enclaveId }, { QStringLiteral("Terminated"), true } }));
}

void SimulatorBackend::hostInfo(Reply reply)
{
    auto state = refreshed();
    if (!state)
        return reply(std::unexpected(state.error()));
    const Allocator alloc = allocator();
    qint64 usedMemory = 0, usedCpus = 0, running = 0;
    for (const QJsonValue &v : state->value(QStringLiteral("enclaves")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("State")).toString() != kRunning)
            continue;
        ++running;
        usedMemory += r.value(QStringLiteral("MemoryMiB")).toInteger();
        usedCpus += r.value(QStringLiteral("NumberOfCPUs")).toInteger();
    }
    QJsonArray pool;
    for (int c : alloc.cpuPool)
        pool.append(c);
    reply(QJsonValue(QJsonObject { { QStringLiteral("allocator"),
                                       QJsonObject { { QStringLiteral("memory_mib"), alloc.memoryMiB },
                                           { QStringLiteral("cpu_count"), alloc.cpuPool.size() },
                                           { QStringLiteral("cpu_pool"), pool } } },
        { QStringLiteral("freeMemoryMiB"), alloc.memoryMiB - usedMemory },
        { QStringLiteral("freeCpus"), alloc.cpuPool.size() - usedCpus },
        { QStringLiteral("runningEnclaves"), running },
        { QStringLiteral("nitroCliVersion"), QStringLiteral("simulator") },
        { QStringLiteral("kernel"), QSysInfo::kernelVersion() },
        { QStringLiteral("arch"), QSysInfo::currentCpuArchitecture() } }));
}

RpcResult<QString> SimulatorBackend::consoleLog(const QString &enclaveId)
{
    auto state = refreshed();
    if (!state)
        return std::unexpected(state.error());
    const QJsonObject record = EnclaveStore::findEnclave(*state, enclaveId);
    if (record.isEmpty())
        return nitroError(QStringLiteral("E11"),
            QStringLiteral("Socket error: failed to connect to the enclave process of %1 (NotFound)")
                .arg(enclaveId));
    if (record.value(QStringLiteral("Flags")).toString() != u"DEBUG_MODE")
        return nitroError(QStringLiteral("E44"),
            QStringLiteral("Console connection failure. The enclave was not started with the debug flag set, "
                           "include '--debug-mode' in the run-enclave command"));
    const QString path = m_store.consolePath(enclaveId);
    // The simulated enclave creates its log when it starts; give a just-launched one a moment.
    for (int i = 0; i < 100 && !ConsoleLog::exists(path); ++i)
        QThread::msleep(10);
    if (!ConsoleLog::exists(path))
        return nitroError(QStringLiteral("E44"),
            QStringLiteral("Console connection failure: no console output from %1").arg(enclaveId));
    return path;
}

RpcResult<int> SimulatorBackend::connectVsock(quint32 cid, quint32 port)
{
    auto state = refreshed();
    if (!state)
        return std::unexpected(state.error());
    bool found = false;
    for (const QJsonValue &v : state->value(QStringLiteral("enclaves")).toArray()) {
        const QJsonObject r = v.toObject();
        found |= r.value(QStringLiteral("State")).toString() == kRunning
            && r.value(QStringLiteral("EnclaveCID")).toInteger() == cid;
    }
    if (!found)
        return rpcError(RpcError::IoError,
            QStringLiteral("vsock connect %1:%2: no running enclave has CID %1").arg(cid).arg(port));
    auto fd = sockets::connectUnix(m_store.vsockPath(cid, port));
    // The Unix socket standing in for vsock is the simulator's business: name the vsock address.
    if (!fd)
        return rpcError(RpcError::IoError,
            QStringLiteral("vsock connect %1:%2: %3")
                .arg(cid)
                .arg(port)
                .arg(fd.error().message.section(QStringLiteral(": "), -1)));
    return *fd;
}

} // namespace enclave::agent

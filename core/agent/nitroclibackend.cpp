#include "agent/nitroclibackend.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QThread>

#include "agent/consolelog.h"
#include "agent/keyvaluefile.h"
#include "agent/nitrocliprocess.h"
#include "agent/processprobe.h"
#include "agent/sockets.h"

namespace enclave::agent {

namespace {
const QString kRunning = QStringLiteral("RUNNING");
const QString kExited = QStringLiteral("EXITED");

QJsonObject publicRecord(QJsonObject r)
{
    r.remove(QStringLiteral("EifPath"));
    r.remove(QStringLiteral("CapturePID"));
    return r;
}

qint64 readMemInfo(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.read(64 * 1024).split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}
} // namespace

NitroCliBackend::NitroCliBackend(
    const QString &stateDir, const QString &nitroCli, const QString &helperProgram, QObject *parent)
    : EnclaveBackend(parent)
    , m_store(stateDir)
    , m_nitroCli(nitroCli)
    , m_helper(helperProgram)
{
}

void NitroCliBackend::listEnclaves(Reply reply)
{
    NitroCliProcess::run(m_nitroCli, { QStringLiteral("describe-enclaves") }, kCommandTimeoutMs, this,
        [this, reply](const NitroCliOutput &out) {
            auto result = out.result(QStringLiteral("nitro-cli describe-enclaves"));
            if (!result)
                return reply(result);
            if (!result->isArray())
                return reply(rpcError(
                    RpcError::InternalError, QStringLiteral("describe-enclaves did not print an array")));
            const QJsonArray live = result->toArray();
            QSet<QString> liveIds;
            for (const QJsonValue &v : live)
                liveIds.insert(v.toObject().value(QStringLiteral("EnclaveID")).toString());
            QStringList vanished;
            auto state = m_store.update([&](QJsonObject &s) {
                QJsonArray list = s.value(QStringLiteral("enclaves")).toArray();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    QJsonObject r = list.at(i).toObject();
                    const QString id = r.value(QStringLiteral("EnclaveID")).toString();
                    if (r.value(QStringLiteral("State")).toString() != kRunning || liveIds.contains(id))
                        continue;
                    // nitro-cli has no "exited" state: the enclave is simply gone.
                    r.insert(QStringLiteral("State"), kExited);
                    r.insert(QStringLiteral("ExitReason"), QStringLiteral("disappeared"));
                    r.insert(QStringLiteral("ExitedAt"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                    list.replace(i, r);
                    vanished.append(id);
                }
                s.insert(QStringLiteral("enclaves"), list);
                for (const QString &id : EnclaveStore::pruneExited(s)) {
                    QFile::remove(m_store.consolePath(id));
                    QFile::remove(m_store.consolePath(id) + QStringLiteral(".closed"));
                }
            });
            for (const QString &id : vanished)
                stopCapture(id, QStringLiteral("enclave exited"));
            QJsonArray out2 = live;
            if (state) {
                for (const QJsonValue &v : state->value(QStringLiteral("enclaves")).toArray()) {
                    const QJsonObject r = v.toObject();
                    if (r.value(QStringLiteral("State")).toString() == kExited)
                        out2.append(publicRecord(r));
                }
            }
            reply(QJsonValue(out2));
        });
}

void NitroCliBackend::runEnclave(const RunRequest &request, Reply reply)
{
    m_launchQueue.append(PendingRun { request, std::move(reply) });
    startNextLaunch();
}

void NitroCliBackend::startNextLaunch()
{
    if (m_launching || m_launchQueue.isEmpty())
        return;
    m_launching = true;
    const PendingRun run = m_launchQueue.takeFirst();
    const RunRequest &req = run.request;
    QStringList args { QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), req.eifPath,
        QStringLiteral("--memory"), QString::number(req.memoryMiB), QStringLiteral("--cpu-count"),
        QString::number(req.cpuCount) };
    if (req.enclaveCid != 0)
        args << QStringLiteral("--enclave-cid") << QString::number(req.enclaveCid);
    if (req.debugMode)
        args << QStringLiteral("--debug-mode");
    if (!req.enclaveName.isEmpty())
        args << QStringLiteral("--enclave-name") << req.enclaveName;
    NitroCliProcess::run(m_nitroCli, args, kRunTimeoutMs, this, [this, run](const NitroCliOutput &out) {
        auto finishLaunch = [this] {
            m_launching = false;
            QTimer::singleShot(0, this, &NitroCliBackend::startNextLaunch);
        };
        auto json = out.json();
        const QJsonObject info = json ? json->toObject() : QJsonObject {};
        const QString id = info.value(QStringLiteral("EnclaveID")).toString();
        if (id.isEmpty()) {
            finishLaunch();
            if (auto err = out.firstError())
                return run.reply(std::unexpected(*err));
            auto res = out.result(QStringLiteral("nitro-cli run-enclave"));
            if (!res)
                return run.reply(res);
            return run.reply(
                rpcError(RpcError::InternalError, QStringLiteral("run-enclave printed no enclave ID")));
        }
        QJsonObject record = info;
        record.insert(QStringLiteral("State"), kRunning);
        record.insert(QStringLiteral("Flags"),
            run.request.debugMode ? QStringLiteral("DEBUG_MODE") : QStringLiteral("NONE"));
        record.insert(QStringLiteral("EifPath"), run.request.eifPath);
        record.insert(
            QStringLiteral("StartedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        (void)m_store.update([&](QJsonObject &s) { EnclaveStore::replaceEnclave(s, record); });
        // Attach to the console at once: the hypervisor keeps nothing for late readers.
        if (run.request.debugMode)
            startCapture(id);
        finishLaunch();
        run.reply(QJsonValue(info));
    });
}

void NitroCliBackend::startCapture(const QString &enclaveId)
{
    QProcess proc;
    proc.setProgram(m_helper);
    proc.setArguments({ QStringLiteral("--capture-console"), enclaveId, QStringLiteral("--state-dir"),
        m_store.stateDir(), QStringLiteral("--nitro-cli"), m_nitroCli });
    proc.setStandardInputFile(QProcess::nullDevice());
    proc.setStandardOutputFile(QProcess::nullDevice());
    proc.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!proc.startDetached(&pid))
        return;
    (void)m_store.update([&](QJsonObject &s) {
        QJsonObject r = EnclaveStore::findEnclave(s, enclaveId);
        if (r.isEmpty())
            return;
        r.insert(QStringLiteral("CapturePID"), pid);
        EnclaveStore::replaceEnclave(s, r);
    });
}

void NitroCliBackend::stopCapture(const QString &enclaveId, const QString &reason)
{
    auto state = m_store.snapshot();
    if (!state)
        return;
    const QJsonObject r = EnclaveStore::findEnclave(*state, enclaveId);
    const qint64 pid = r.value(QStringLiteral("CapturePID")).toInteger();
    // The capture normally ends by itself when the console reaches EOF; give it a moment to
    // store the last bytes before stopping it.
    for (int i = 0; i < 100 && ProcessProbe::isAlive(pid, enclaveId); ++i)
        QThread::msleep(10);
    ProcessProbe::terminate(pid, enclaveId, 500);
    if (ConsoleLog::exists(m_store.consolePath(enclaveId)))
        (void)ConsoleLog::markClosed(m_store.consolePath(enclaveId), reason);
}

void NitroCliBackend::terminateEnclave(const QString &enclaveId, Reply reply)
{
    NitroCliProcess::run(m_nitroCli,
        { QStringLiteral("terminate-enclave"), QStringLiteral("--enclave-id"), enclaveId }, kCommandTimeoutMs,
        this, [this, enclaveId, reply](const NitroCliOutput &out) {
            auto result = out.result(QStringLiteral("nitro-cli terminate-enclave"));
            if (!result)
                return reply(result);
            if (!result->isObject() || !result->toObject().value(QStringLiteral("Terminated")).toBool()) {
                if (auto err = out.firstError())
                    return reply(std::unexpected(*err));
                return reply(rpcError(RpcError::InternalError,
                    QStringLiteral("terminate-enclave did not confirm termination")));
            }
            (void)m_store.update([&](QJsonObject &s) {
                QJsonObject r = EnclaveStore::findEnclave(s, enclaveId);
                if (r.isEmpty())
                    return;
                r.insert(QStringLiteral("State"), kExited);
                r.insert(QStringLiteral("ExitReason"), QStringLiteral("terminated"));
                r.insert(
                    QStringLiteral("ExitedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                EnclaveStore::replaceEnclave(s, r);
            });
            stopCapture(enclaveId, QStringLiteral("terminated"));
            reply(*result);
        });
}

void NitroCliBackend::hostInfo(Reply reply)
{
    NitroCliProcess::run(m_nitroCli, { QStringLiteral("--version") }, kCommandTimeoutMs, this,
        [reply](const NitroCliOutput &out) {
            const auto alloc = KeyValueFile::read(QStringLiteral("/etc/nitro_enclaves/allocator.yaml"));
            QJsonObject allocator;
            for (const char *key : { "memory_mib", "cpu_count", "cpu_pool" }) {
                const QString k = QLatin1StringView(key);
                if (alloc.contains(k)) {
                    bool ok = false;
                    const qint64 n = alloc.value(k).toLongLong(&ok);
                    allocator.insert(k, ok ? QJsonValue(n) : QJsonValue(alloc.value(k)));
                }
            }
            QFile cpus(QStringLiteral("/sys/module/nitro_enclaves/parameters/ne_cpus"));
            QString neCpus;
            if (cpus.open(QIODevice::ReadOnly))
                neCpus = QString::fromLatin1(cpus.read(4096)).trimmed();
            reply(QJsonValue(QJsonObject { { QStringLiteral("allocator"), allocator },
                { QStringLiteral("neCpus"), neCpus },
                { QStringLiteral("memAvailableMiB"), readMemInfo("MemAvailable") },
                { QStringLiteral("hugePagesFree"), readMemInfo("HugePages_Free") * 1024 },
                { QStringLiteral("nitroCliVersion"),
                    out.exitCode == 0 ? QString::fromUtf8(out.stdOut).trimmed().left(200) : QString() } }));
        });
}

RpcResult<QString> NitroCliBackend::consoleLog(const QString &enclaveId)
{
    auto state = m_store.snapshot();
    if (!state)
        return rpcError(RpcError::IoError, state.error().message);
    const QString path = m_store.consolePath(enclaveId);
    QJsonObject r = EnclaveStore::findEnclave(*state, enclaveId);
    if (r.isEmpty()) {
        // Launched by someone else: adopt it. nitro-cli console reports E11 / E44 itself, and
        // the capture stores that reason as the console's close reason. Adoptions are bounded
        // (each starts a capture process); enclaves.list retires the ones that do not exist.
        int adopted = 0;
        for (const QJsonValue &v : state->value(QStringLiteral("enclaves")).toArray())
            adopted += v.toObject().value(QStringLiteral("Adopted")).toBool()
                && v.toObject().value(QStringLiteral("State")).toString() == kRunning;
        if (adopted >= 8)
            return nitroError(QStringLiteral("E11"),
                QStringLiteral(
                    "Socket error: %1 is not an enclave this agent launched, and 8 other consoles are "
                    "already being adopted; list the enclaves first")
                    .arg(enclaveId));
        r = QJsonObject { { QStringLiteral("EnclaveID"), enclaveId }, { QStringLiteral("State"), kRunning },
            { QStringLiteral("Flags"), QStringLiteral("DEBUG_MODE") }, { QStringLiteral("Adopted"), true } };
        (void)m_store.update([&](QJsonObject &s) { EnclaveStore::replaceEnclave(s, r); });
        startCapture(enclaveId);
    } else if (r.value(QStringLiteral("Flags")).toString() != u"DEBUG_MODE") {
        return nitroError(QStringLiteral("E44"),
            QStringLiteral("Console connection failure. The enclave was not started with the debug flag set, "
                           "include '--debug-mode' in the run-enclave command"));
    }
    for (int i = 0; i < 200 && !ConsoleLog::exists(path); ++i)
        QThread::msleep(10);
    if (!ConsoleLog::exists(path))
        return nitroError(QStringLiteral("E44"),
            QStringLiteral("Console connection failure: no console capture for %1").arg(enclaveId));
    return path;
}

RpcResult<int> NitroCliBackend::connectVsock(quint32 cid, quint32 port)
{
    auto fd = sockets::connectVsock(cid, port);
    if (!fd)
        return rpcError(RpcError::IoError, fd.error().message);
    return *fd;
}

} // namespace enclave::agent

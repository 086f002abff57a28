#include "commands.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include "agent/eifpeek.h"
#include "agent/processprobe.h"
#include "cliargs.h"
#include "eif/eifdescription.h"
#include "nitrojson.h"

namespace enclave::nitrosim {

namespace {
using Opt = CliArgs::Option;

void printJson(const QJsonValue &v)
{
    const QByteArray out = prettyJson(v, enclaveKeyOrder());
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

void info(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

QString randomHex(int digits)
{
    QString out;
    while (out.size() < digits)
        out += QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    return out.left(digits);
}

std::optional<qint64> parseUnsigned(const QString &text, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        return std::nullopt;
    return v;
}

// --memory N[M|G|T]; MiB without a suffix.
std::optional<qint64> parseMemory(const QString &text)
{
    QString digits = text;
    qint64 scale = 1;
    if (!digits.isEmpty()) {
        const QChar unit = digits.back();
        if (unit == u'M' || unit == u'G' || unit == u'T') {
            scale = unit == u'M' ? 1 : unit == u'G' ? 1024 : 1024 * 1024;
            digits.chop(1);
        }
    }
    const auto n = parseUnsigned(digits, (qint64(1) << 40) / scale);
    if (!n)
        return std::nullopt;
    return *n * scale;
}

// An flock held for the whole launch (released when the descriptor closes).
class LaunchLock final {
public:
    explicit LaunchLock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~LaunchLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LaunchLock(const LaunchLock &) = delete;
    LaunchLock &operator=(const LaunchLock &) = delete;
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

struct RunArgs {
    QString eifPath;
    qint64 memoryMiB = 0;
    std::optional<qint64> cpuCount;
    QList<qint64> cpuIds;
    qint64 cid = 0;
    bool debug = false;
    bool attachConsole = false;
    QString name;
};

// A failure inside the enclave process: nitro-cli prints the root error, then its own E39 for
// the enclave process that answered with an error, and exits 39.
int launchFailure(SimulatedHost &host, const NitroError &root)
{
    report(root, QStringLiteral("Run Enclave"), host.logDir());
    info(QStringLiteral("Failed connections: 1"));
    report(NitroError { 39,
               QStringLiteral("Such error appears when the enclave process fails to run the enclave; see the "
                              "error above.") },
        QStringLiteral("Run Enclave"), host.logDir());
    return 39;
}

std::expected<RunArgs, int> runArgsFromConfig(SimulatedHost &host, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1 << 20)
        return std::unexpected(
            report(NitroError { 19, QStringLiteral("File: '%1', failing operation: 'Open'").arg(path) },
                QStringLiteral("Run Enclave"), host.logDir()));
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(
            report(NitroError { 17, QStringLiteral("Invalid JSON in '%1': %2").arg(path, err.errorString()) },
                QStringLiteral("Run Enclave"), host.logDir()));
    const QJsonObject o = doc.object();
    RunArgs a;
    auto bad = [&](const QString &what) {
        return std::unexpected(
            report(NitroError { 17, QStringLiteral("Invalid config '%1': %2").arg(path, what) },
                QStringLiteral("Run Enclave"), host.logDir()));
    };
    if (!o.value(QStringLiteral("eif_path")).isString() || !o.value(QStringLiteral("memory_mib")).isDouble())
        return std::unexpected(
            report(NitroError { 1, QStringLiteral("eif_path and memory_mib are required in '%1'").arg(path) },
                QStringLiteral("Run Enclave"), host.logDir()));
    a.eifPath = o.value(QStringLiteral("eif_path")).toString();
    a.memoryMiB = o.value(QStringLiteral("memory_mib")).toInteger(-1);
    if (a.memoryMiB < 0)
        return bad(QStringLiteral("memory_mib must be a non-negative integer"));
    const bool hasCount = o.contains(QStringLiteral("cpu_count"));
    const bool hasIds = o.contains(QStringLiteral("cpu_ids"));
    if (hasCount && hasIds)
        return std::unexpected(
            report(NitroError { 2, QStringLiteral("cpu_count and cpu_ids cannot both be set") },
                QStringLiteral("Run Enclave"), host.logDir()));
    if (!hasCount && !hasIds)
        return std::unexpected(
            report(NitroError { 1, QStringLiteral("one of cpu_count or cpu_ids is required") },
                QStringLiteral("Run Enclave"), host.logDir()));
    if (hasCount) {
        a.cpuCount = o.value(QStringLiteral("cpu_count")).toInteger(-1);
        if (*a.cpuCount < 0)
            return bad(QStringLiteral("cpu_count must be a non-negative integer"));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("cpu_ids")).toArray())
        a.cpuIds.append(v.toInteger(-1));
    a.cid = o.value(QStringLiteral("enclave_cid")).toInteger(0);
    a.attachConsole = o.value(QStringLiteral("attach_console")).toBool();
    a.debug = o.value(QStringLiteral("debug_mode")).toBool() || a.attachConsole;
    a.name = o.value(QStringLiteral("enclave_name")).toString();
    return a;
}

std::expected<RunArgs, int> runArgs(SimulatedHost &host, const QStringList &args)
{
    const auto parsed = CliArgs::parse(QStringLiteral("run-enclave"), args,
        { { QStringLiteral("eif-path"), Opt::Value }, { QStringLiteral("memory"), Opt::Value },
            { QStringLiteral("cpu-count"), Opt::Value }, { QStringLiteral("cpu-ids"), Opt::Values },
            { QStringLiteral("enclave-cid"), Opt::Value }, { QStringLiteral("debug-mode"), Opt::Flag },
            { QStringLiteral("attach-console"), Opt::Flag }, { QStringLiteral("enclave-name"), Opt::Value },
            { QStringLiteral("config"), Opt::Value } });
    if (!parsed)
        return std::unexpected(2);
    const CliArgs &p = *parsed;
    if (p.has(QStringLiteral("config"))) {
        for (const char *other :
            { "eif-path", "memory", "cpu-count", "cpu-ids", "enclave-cid", "debug-mode", "enclave-name" })
            if (p.has(QLatin1StringView(other)))
                return std::unexpected(CliArgs::conflict(QStringLiteral("config"), QLatin1StringView(other)));
        return runArgsFromConfig(host, p.value(QStringLiteral("config")));
    }
    for (const char *required : { "eif-path", "memory" })
        if (!p.has(QLatin1StringView(required)))
            return std::unexpected(
                CliArgs::missing(QStringLiteral("run-enclave"), QLatin1StringView(required)));
    if (p.has(QStringLiteral("cpu-count")) && p.has(QStringLiteral("cpu-ids")))
        return std::unexpected(CliArgs::conflict(QStringLiteral("cpu-count"), QStringLiteral("cpu-ids")));
    if (!p.has(QStringLiteral("cpu-count")) && !p.has(QStringLiteral("cpu-ids")))
        return std::unexpected(CliArgs::missing(QStringLiteral("run-enclave"), QStringLiteral("cpu-count")));
    auto invalid = [&](const QString &what) {
        return std::unexpected(report(NitroError { 3, what }, QStringLiteral("Run Enclave"), host.logDir()));
    };
    RunArgs a;
    a.eifPath = p.value(QStringLiteral("eif-path"));
    const auto memory = parseMemory(p.value(QStringLiteral("memory")));
    if (!memory)
        return invalid(
            QStringLiteral("Invalid memory value '%1' (a number of MiB, optionally with M, G or T)")
                .arg(p.value(QStringLiteral("memory"))));
    a.memoryMiB = *memory;
    if (p.has(QStringLiteral("cpu-count"))) {
        a.cpuCount = parseUnsigned(p.value(QStringLiteral("cpu-count")), 1024);
        if (!a.cpuCount)
            return invalid(
                QStringLiteral("Invalid cpu-count '%1'").arg(p.value(QStringLiteral("cpu-count"))));
    }
    for (const QString &id : p.values(QStringLiteral("cpu-ids"))) {
        const auto n = parseUnsigned(id, 1023);
        if (!n)
            return invalid(QStringLiteral("Invalid CPU ID '%1'").arg(id));
        a.cpuIds.append(*n);
    }
    if (p.has(QStringLiteral("enclave-cid"))) {
        const auto cid = parseUnsigned(p.value(QStringLiteral("enclave-cid")), 0xFFFFFFFFLL);
        if (!cid)
            return invalid(
                QStringLiteral("Invalid enclave CID '%1'").arg(p.value(QStringLiteral("enclave-cid"))));
        a.cid = *cid;
    }
    a.attachConsole = p.has(QStringLiteral("attach-console"));
    a.debug = p.has(QStringLiteral("debug-mode")) || a.attachConsole;
    a.name = p.value(QStringLiteral("enclave-name"));
    return a;
}

// Finds one running enclave by --enclave-id or --enclave-name (E11 / E58 as nitro-cli).
std::expected<QJsonObject, NitroError> findEnclave(SimulatedHost &host, const CliArgs &p)
{
    auto list = host.enclaves();
    if (!list)
        return std::unexpected(list.error());
    if (p.has(QStringLiteral("enclave-name"))) {
        const QString name = p.value(QStringLiteral("enclave-name"));
        QList<QJsonObject> hits;
        for (const QJsonValue &v : *list)
            if (v.toObject().value(QStringLiteral("EnclaveName")).toString() == name)
                hits.append(v.toObject());
        if (hits.isEmpty())
            return std::unexpected(NitroError { 58, QStringLiteral("No enclave matched the given name.") });
        if (hits.size() > 1)
            return std::unexpected(
                NitroError { 58, QStringLiteral("Conflicting enclave names have been found.") });
        return hits.first();
    }
    const QString id = p.value(QStringLiteral("enclave-id"));
    for (const QJsonValue &v : *list)
        if (v.toObject().value(QStringLiteral("EnclaveID")).toString() == id)
            return v.toObject();
    return std::unexpected(NitroError { 11,
        QStringLiteral("Such error appears when the enclave process fails to communicate with its "
                       "socket. Failed to connect to specific enclave process: %1: NotFound")
            .arg(id) });
}
} // namespace

int runEnclave(SimulatedHost &host, const QStringList &args, const QString &selfPath)
{
    const auto parsed = runArgs(host, args);
    if (!parsed)
        return parsed.error();
    const RunArgs &req = *parsed;
    if (req.cid != 0 && (req.cid < 4 || req.cid >= 0xFFFFFFFFLL))
        return report(
            NitroError { 3,
                QStringLiteral("The enclave CID %1 is reserved; use 4..4294967294 or 0 for an automatic CID")
                    .arg(req.cid) },
            QStringLiteral("Run Enclave"), host.logDir());
    if (req.cid == 0)
        info(QStringLiteral("The enclave CID will be auto-generated."));
    LaunchLock lock(host.launchLockPath());
    if (!lock.ok())
        return report(NitroError { 15, QStringLiteral("cannot lock %1").arg(host.launchLockPath()) },
            QStringLiteral("Run Enclave"), host.logDir());
    info(QStringLiteral("Start allocating memory..."));

    // The enclave process's checks, in nitro-cli's order: EIF, CPUs, memory, driver rules.
    const QFileInfo eif(req.eifPath);
    if (!eif.isFile() || !eif.isReadable())
        return launchFailure(host,
            NitroError { 19, QStringLiteral("File: '%1', failing operation: 'Open'").arg(req.eifPath) });
    const auto peek = agent::EifPeek::read(req.eifPath);
    if (!peek)
        return launchFailure(host, NitroError { 35, peek.error().message });

    const SimulatedHost::Allocator alloc = host.allocator();
    std::optional<NitroError> failure;
    QJsonObject launched;
    QString selfMarker;
    auto state = host.update([&](QJsonObject &s) {
        qint64 usedMemory = 0;
        QSet<qint64> usedCpus, usedCids;
        QSet<QString> usedNames;
        for (const QJsonValue &v : s.value(QStringLiteral("enclaves")).toArray()) {
            const QJsonObject r = v.toObject();
            usedMemory += r.value(QStringLiteral("MemoryMiB")).toInteger();
            for (const QJsonValue &c : r.value(QStringLiteral("CPUIDs")).toArray())
                usedCpus.insert(c.toInteger());
            usedCids.insert(r.value(QStringLiteral("EnclaveCID")).toInteger());
            usedNames.insert(r.value(QStringLiteral("EnclaveName")).toString());
        }
        QList<qint64> cpus;
        if (!req.cpuIds.isEmpty()) {
            for (qint64 c : req.cpuIds) {
                if (cpus.contains(c)) {
                    failure = NitroError { 20,
                        QStringLiteral("CPU %1 is given more than once in `cpu-ids`").arg(c) };
                    return;
                }
                if (!alloc.cpuPool.contains(int(c))) {
                    failure = NitroError { 21,
                        QStringLiteral(
                            "CPU %1 is not in the CPU pool. You can change the pool by editing the "
                            "`cpu_pool` value from '/etc/nitro_enclaves/allocator.yaml'")
                            .arg(c) };
                    return;
                }
                if (usedCpus.contains(c)) {
                    failure = NitroError { 29,
                        QStringLiteral("vCPU %1 is already used by another enclave").arg(c) };
                    return;
                }
                cpus.append(c);
            }
        } else {
            for (int c : alloc.cpuPool)
                if (!usedCpus.contains(c) && cpus.size() < *req.cpuCount)
                    cpus.append(c);
            const qint64 free = alloc.cpuPool.size() - qint64(usedCpus.size());
            if (*req.cpuCount > free) {
                failure = NitroError { 22,
                    QStringLiteral(
                        "User provided `cpu-count` is %1, while the CPU pool has %2 free of %3. You "
                        "can increase the pool size by editing the `cpu_count` value from "
                        "'/etc/nitro_enclaves/allocator.yaml'")
                        .arg(*req.cpuCount)
                        .arg(free)
                        .arg(alloc.cpuPool.size()) };
                return;
            }
        }
        const qint64 minMiB = (peek->fileSize * 4 + (1 << 20) - 1) >> 20;
        if (req.memoryMiB == 0 || req.memoryMiB < minMiB) {
            failure = NitroError { 26,
                QStringLiteral("User provided `memory` is %1 MB, but based on the EIF file size, the minimum "
                               "memory should be %2 MB")
                    .arg(req.memoryMiB)
                    .arg(minMiB) };
            return;
        }
        if (req.memoryMiB > alloc.memoryMiB - usedMemory) {
            failure = NitroError { 27,
                QStringLiteral(
                    "User provided `memory` is %1 MB, which is more than the available hugepage "
                    "memory (%2 MB free). You can increase the available memory by editing the "
                    "`memory_mib` value from '/etc/nitro_enclaves/allocator.yaml' and then restart "
                    "the nitro-enclaves-allocator.service")
                    .arg(req.memoryMiB)
                    .arg(alloc.memoryMiB - usedMemory) };
            return;
        }
        if (req.memoryMiB < 64) {
            failure
                = NitroError { 29, QStringLiteral("memory size lower than the minimum supported (64 MiB)") };
            return;
        }
        if (cpus.size() % 2 != 0 || cpus.isEmpty()) {
            failure = NitroError { 29,
                QStringLiteral(
                    "full CPU cores have not been set (on x86_64 the vCPUs of an enclave are whole "
                    "cores: a multiple of 2 hyper-threads)") };
            return;
        }
        qint64 cid = req.cid;
        if (cid != 0 && usedCids.contains(cid)) {
            failure = NitroError { 29,
                QStringLiteral("An error has occurred: the enclave CID %1 is already in use").arg(cid) };
            return;
        }
        if (cid == 0)
            for (cid = 16; usedCids.contains(cid);)
                ++cid;
        QString name = req.name.isEmpty() ? eif.completeBaseName() : req.name;
        if (usedNames.contains(name))
            for (int n = 1;; ++n)
                if (!usedNames.contains(name + QStringLiteral("_%1").arg(n))) {
                    name += QStringLiteral("_%1").arg(n);
                    break;
                }
        if (!s.contains(QStringLiteral("instanceId")))
            s.insert(QStringLiteral("instanceId"), QString(QStringLiteral("i-") + randomHex(17)));
        const QString id
            = s.value(QStringLiteral("instanceId")).toString() + QStringLiteral("-enc") + randomHex(16);
        QJsonArray cpuArray;
        for (qint64 c : cpus)
            cpuArray.append(c);
        launched = QJsonObject { { QStringLiteral("EnclaveName"), name }, { QStringLiteral("EnclaveID"), id },
            { QStringLiteral("ProcessID"), 0 }, { QStringLiteral("EnclaveCID"), cid },
            { QStringLiteral("NumberOfCPUs"), cpuArray.size() }, { QStringLiteral("CPUIDs"), cpuArray },
            { QStringLiteral("MemoryMiB"), req.memoryMiB },
            { QStringLiteral("State"), QStringLiteral("RUNNING") },
            { QStringLiteral("Flags"), req.debug ? QStringLiteral("DEBUG_MODE") : QStringLiteral("NONE") },
            { QStringLiteral("EifPath"), eif.absoluteFilePath() } };
        // The enclave process: detached, with no inherited stdio (it must not hold an SSH
        // channel open), found again by PID plus its ID on the command line.
        QProcess proc;
        proc.setProgram(selfPath);
        proc.setArguments(
            { QStringLiteral("--enclave-process"), id, QStringLiteral("--state-dir"), host.stateDir() });
        proc.setStandardInputFile(QProcess::nullDevice());
        proc.setStandardOutputFile(QProcess::nullDevice());
        proc.setStandardErrorFile(QProcess::nullDevice());
        qint64 pid = 0;
        if (!proc.startDetached(&pid)) {
            failure = NitroError { 5, QStringLiteral("cannot start the enclave process %1").arg(selfPath) };
            return;
        }
        launched.insert(QStringLiteral("ProcessID"), pid);
        agent::EnclaveStore::replaceEnclave(s, launched);
    });
    if (!state)
        return launchFailure(host, state.error());
    if (failure)
        return launchFailure(host, *failure);

    // Wait for the boot heartbeat (bounded, as nitro-cli's vsock timeout).
    const QString id = launched.value(QStringLiteral("EnclaveID")).toString();
    const qint64 pid = launched.value(QStringLiteral("ProcessID")).toInteger();
    const qint64 timeoutMs = host.setting("heartbeat_timeout_ms", 10000, 100, 120000);
    QElapsedTimer t;
    t.start();
    bool booted = false;
    while (!booted && t.elapsed() < timeoutMs) {
        auto list = host.enclaves(); // also drops the record if the process died
        if (!list)
            break;
        bool present = false;
        for (const QJsonValue &v : *list) {
            if (v.toObject().value(QStringLiteral("EnclaveID")).toString() != id)
                continue;
            present = true;
            booted = v.toObject().value(QStringLiteral("Heartbeat")).toBool();
        }
        if (!present)
            break;
        if (!booted)
            QThread::msleep(5);
    }
    if (!booted) {
        agent::ProcessProbe::terminate(pid, id, 500);
        host.forget(launched);
        return launchFailure(host,
            NitroError {
                36, QStringLiteral("Waiting on enclave to boot failed with error VsockTimeoutError") });
    }
    QStringList cpuText;
    for (const QJsonValue &c : launched.value(QStringLiteral("CPUIDs")).toArray())
        cpuText.append(QString::number(c.toInteger()));
    info(QStringLiteral("Started enclave with enclave-cid: %1, memory: %2 MiB, cpu-ids: [%3]")
             .arg(launched.value(QStringLiteral("EnclaveCID")).toInteger())
             .arg(req.memoryMiB)
             .arg(cpuText.join(QStringLiteral(", "))));
    printJson(SimulatedHost::runInfo(launched));
    if (req.attachConsole)
        return console(host, { QStringLiteral("--enclave-id"), id });
    return 0;
}

int describeEnclaves(SimulatedHost &host, const QStringList &args)
{
    const auto p = CliArgs::parse(
        QStringLiteral("describe-enclaves"), args, { { QStringLiteral("metadata"), Opt::Flag } });
    if (!p)
        return 2;
    auto list = host.enclaves();
    if (!list)
        return report(list.error(), QStringLiteral("Describe Enclaves"), host.logDir());
    QJsonArray out;
    for (const QJsonValue &v : *list) {
        const QJsonObject r = v.toObject();
        if (!r.value(QStringLiteral("Heartbeat")).toBool())
            continue; // still booting: its process does not answer yet
        QJsonObject o = SimulatedHost::describeInfo(r);
        if (p->has(QStringLiteral("metadata"))) {
            if (auto d = EifDescription::describe(r.value(QStringLiteral("EifPath")).toString())) {
                const QJsonObject eif = d->toJson();
                for (const char *key : { "ImageName", "ImageVersion", "Metadata" })
                    if (eif.contains(QLatin1StringView(key)))
                        o.insert(QLatin1StringView(key), eif.value(QLatin1StringView(key)));
            }
        }
        out.append(o);
    }
    printJson(out);
    return 0;
}

int terminateEnclave(SimulatedHost &host, const QStringList &args)
{
    const auto p = CliArgs::parse(QStringLiteral("terminate-enclave"), args,
        { { QStringLiteral("enclave-id"), Opt::Value }, { QStringLiteral("enclave-name"), Opt::Value },
            { QStringLiteral("all"), Opt::Flag } });
    if (!p)
        return 2;
    const int given = int(p->has(QStringLiteral("enclave-id"))) + int(p->has(QStringLiteral("enclave-name")))
        + int(p->has(QStringLiteral("all")));
    if (given == 0)
        return CliArgs::missing(QStringLiteral("terminate-enclave"), QStringLiteral("enclave-id"));
    if (given > 1)
        return CliArgs::conflict(
            p->has(QStringLiteral("all")) ? QStringLiteral("all") : QStringLiteral("enclave-id"),
            QStringLiteral("enclave-name"));
    auto terminate = [&host](const QJsonObject &r) {
        const QString id = r.value(QStringLiteral("EnclaveID")).toString();
        agent::ProcessProbe::terminate(r.value(QStringLiteral("ProcessID")).toInteger(), id, 2000);
        host.forget(r);
        info(QStringLiteral("Successfully terminated enclave %1.").arg(id));
        return QJsonObject { { QStringLiteral("EnclaveName"), r.value(QStringLiteral("EnclaveName")) },
            { QStringLiteral("EnclaveID"), id }, { QStringLiteral("Terminated"), true } };
    };
    if (p->has(QStringLiteral("all"))) {
        auto list = host.enclaves();
        if (!list)
            return report(list.error(), QStringLiteral("Terminate Enclave"), host.logDir());
        QJsonArray out;
        for (const QJsonValue &v : *list)
            out.append(terminate(v.toObject()));
        printJson(out);
        return 0;
    }
    auto r = findEnclave(host, *p);
    if (!r)
        return report(r.error(), QStringLiteral("Terminate Enclave"), host.logDir());
    printJson(terminate(*r));
    return 0;
}

int console(SimulatedHost &host, const QStringList &args)
{
    const auto p = CliArgs::parse(QStringLiteral("console"), args,
        { { QStringLiteral("enclave-id"), Opt::Value }, { QStringLiteral("enclave-name"), Opt::Value },
            { QStringLiteral("disconnect-timeout"), Opt::Value } });
    if (!p)
        return 2;
    if (!p->has(QStringLiteral("enclave-id")) && !p->has(QStringLiteral("enclave-name")))
        return CliArgs::missing(QStringLiteral("console"), QStringLiteral("enclave-id"));
    if (p->has(QStringLiteral("enclave-id")) && p->has(QStringLiteral("enclave-name")))
        return CliArgs::conflict(QStringLiteral("enclave-id"), QStringLiteral("enclave-name"));
    qint64 timeoutMs = -1;
    if (p->has(QStringLiteral("disconnect-timeout"))) {
        const auto secs = parseUnsigned(p->value(QStringLiteral("disconnect-timeout")), 1LL << 31);
        if (!secs)
            return report(NitroError { 3,
                              QStringLiteral("Invalid disconnect-timeout '%1'")
                                  .arg(p->value(QStringLiteral("disconnect-timeout"))) },
                QStringLiteral("Enclave Console"), host.logDir());
        timeoutMs = *secs * 1000;
    }
    auto r = findEnclave(host, *p);
    if (!r)
        return report(r.error(), QStringLiteral("Enclave Console"), host.logDir());
    if (r->value(QStringLiteral("Flags")).toString() != u"DEBUG_MODE")
        return report(
            NitroError { 44,
                QStringLiteral(
                    "The enclave was not started with the debug flag set, include '--debug-mode' in the "
                    "run-enclave command") },
            QStringLiteral("Enclave Console"), host.logDir());
    const quint32 cid = quint32(r->value(QStringLiteral("EnclaveCID")).toInteger());
    const QByteArray path = QFile::encodeName(host.consoleSocket(cid));
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || path.size() >= qsizetype(sizeof(addr.sun_path)))
        return report(NitroError { 44, QStringLiteral("cannot create the console socket") },
            QStringLiteral("Enclave Console"), host.logDir());
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return report(
            NitroError {
                44, QStringLiteral("Failed to connect to the console of enclave %1: %2").arg(cid).arg(why) },
            QStringLiteral("Enclave Console"), host.logDir());
    }
    std::printf("Connecting to the console for enclave %u...\nSuccessfully connected to the console.\n", cid);
    std::fflush(stdout);
    std::signal(SIGPIPE, SIG_IGN);
    QElapsedTimer t;
    t.start();
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    for (;;) {
        int wait = -1;
        if (timeoutMs >= 0) {
            const qint64 left = timeoutMs - t.elapsed();
            if (left <= 0)
                break; // --disconnect-timeout counts from the connection, not from idleness
            wait = int(qMin<qint64>(left, 1 << 30));
        }
        pollfd pfd { fd, POLLIN, 0 };
        const int ready = ::poll(&pfd, 1, wait);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            continue;
        const ssize_t n = ::read(fd, buf.data(), size_t(buf.size()));
        if (n == 0)
            break; // the enclave shut down
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            ::close(fd);
            return report(NitroError { 45, QString::fromLocal8Bit(std::strerror(errno)) },
                QStringLiteral("Enclave Console"), host.logDir());
        }
        for (ssize_t off = 0; off < n;) {
            const ssize_t w = ::write(STDOUT_FILENO, buf.constData() + off, size_t(n - off));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                ::close(fd);
                return report(NitroError { 46, QString::fromLocal8Bit(std::strerror(errno)) },
                    QStringLiteral("Enclave Console"), host.logDir());
            }
            off += w;
        }
    }
    ::close(fd);
    return 0;
}

int describeEif(SimulatedHost &host, const QStringList &args)
{
    const auto p = CliArgs::parse(
        QStringLiteral("describe-eif"), args, { { QStringLiteral("eif-path"), Opt::Value } });
    if (!p)
        return 2;
    if (!p->has(QStringLiteral("eif-path")))
        return CliArgs::missing(QStringLiteral("describe-eif"), QStringLiteral("eif-path"));
    const QString path = p->value(QStringLiteral("eif-path"));
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
        return report(NitroError { 19, QStringLiteral("File: '%1', failing operation: 'Open'").arg(path) },
            QStringLiteral("Describe EIF"), host.logDir());
    auto d = EifDescription::describe(path);
    if (!d)
        return report(NitroError { 35, d.error().message }, QStringLiteral("Describe EIF"), host.logDir());
    // Only nitro-cli's keys (enclave-tool describe-eif adds its own).
    QJsonObject full = d->toJson();
    QJsonObject out;
    for (const QString &key : enclaveKeyOrder())
        if (full.contains(key) && key != u"Architecture")
            out.insert(key, full.value(key));
    printJson(out);
    return 0;
}

int buildEnclave(SimulatedHost &host, const QStringList &)
{
    return report(
        NitroError { 48,
            QStringLiteral(
                "nitro-cli-sim cannot build images (it has no Docker and no linuxkit); build the EIF "
                "with 'enclave-tool build-eif' or a real nitro-cli and run it here") },
        QStringLiteral("Build Enclave"), host.logDir());
}

int explain(const QStringList &args)
{
    const auto p
        = CliArgs::parse(QStringLiteral("explain"), args, { { QStringLiteral("error-code"), Opt::Value } });
    if (!p)
        return 2;
    const QString code = p->value(QStringLiteral("error-code"));
    bool ok = false;
    const int n = code.startsWith(u'E') ? code.mid(1).toInt(&ok) : 0;
    if (!ok || NitroError::title(n) == u"Unspecified error") {
        std::fprintf(stderr, "No such error code %s\n", qPrintable(code));
        return 0;
    }
    const NitroError known { n, {} };
    std::fprintf(stderr, "%s\n", qPrintable(known.firstLine()));
    return 0;
}

} // namespace enclave::nitrosim

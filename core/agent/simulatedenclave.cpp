#include "agent/simulatedenclave.h"

#include <cstdio>
#include <limits>

#include <QDateTime>
#include <QJsonObject>

#include "agent/eifpeek.h"
#include "agent/keyvaluefile.h"
#include "eif/eifdescription.h"
#include "measure/measurementsloader.h"
#include "measure/nitroclijson.h"

namespace enclave::agent {

SimulatedEnclave::SimulatedEnclave(const QString &stateDir, const QString &enclaveId, QObject *parent)
    : QObject(parent)
    , m_store(stateDir)
    , m_id(enclaveId)
{
    connect(&m_tick, &QTimer::timeout, this, &SimulatedEnclave::tick);
    m_lifetime.setSingleShot(true);
    connect(&m_lifetime, &QTimer::timeout, this, [this] { finish(QStringLiteral("enclave exited")); });
}

// The enclave application's attestation endpoints (raw on 5005, HTTP on 5006), answering with the
// image's PCRs (zeros in debug mode) signed by the state directory's simulator PKI.
void SimulatedEnclave::startAttestation(const QJsonObject &record)
{
    SimulatedAttestationService::Config config;
    config.pkiDir = m_store.stateDir() + QStringLiteral("/pki");
    config.vsockDir = m_store.stateDir() + QStringLiteral("/vsock");
    config.cid = quint32(record.value(QStringLiteral("EnclaveCID")).toInteger());
    config.moduleId = m_id;
    const auto image = MeasurementsLoader::fromEif(record.value(QStringLiteral("EifPath")).toString());
    config.pcrs = SimulatedAttestationService::simulatedPcrs(
        image.value_or(Measurements()), record.value(QStringLiteral("Flags")).toString() == u"DEBUG_MODE");
    if (auto started = m_attestation.start(config); !started)
        std::fprintf(
            stderr, "enclave-agent: attestation endpoints: %s\n", qPrintable(started.error().message));
}

bool SimulatedEnclave::start()
{
    auto state = m_store.snapshot();
    if (!state) {
        std::fprintf(stderr, "enclave-agent: %s\n", qPrintable(state.error().message));
        return false;
    }
    const QJsonObject record = EnclaveStore::findEnclave(*state, m_id);
    if (record.isEmpty()) {
        std::fprintf(stderr, "enclave-agent: no simulated enclave %s\n", qPrintable(m_id));
        return false;
    }
    const auto kv = KeyValueFile::read(m_store.stateDir() + QStringLiteral("/simulator.yaml"));
    auto setting = [&kv](const char *key, qint64 fallback, qint64 lo, qint64 hi) {
        bool ok = false;
        const qint64 v = kv.value(QLatin1StringView(key)).toLongLong(&ok);
        return ok ? qBound(lo, v, hi) : fallback;
    };
    const int interval = int(setting("console_interval_ms", 200, 0, 60000));
    m_burst = int(setting("console_burst", 1, 1, 100000));
    m_maxLines = setting("console_lines", 0, 0, 1LL << 40);
    m_lineBytes = int(setting("console_line_bytes", 0, 0, 65536));
    const qint64 lifetime = setting("enclave_lifetime_s", 3600, 1, 7 * 86400);
    const qint64 capacity = setting("console_capacity_kib", 4096, 16, 1 << 20) * 1024;

    startAttestation(record);
    if (record.value(QStringLiteral("Flags")).toString() == u"DEBUG_MODE") {
        auto log = ConsoleLog::create(m_store.consolePath(m_id), capacity);
        if (!log) {
            std::fprintf(stderr, "enclave-agent: %s\n", qPrintable(log.error().message));
            return false;
        }
        m_log.emplace(std::move(*log));
        // Boot log: what a real debug console shows first, filled with facts from the EIF.
        const QString eifPath = record.value(QStringLiteral("EifPath")).toString();
        const auto peek = EifPeek::read(eifPath);
        const qint64 cid = record.value(QStringLiteral("EnclaveCID")).toInteger();
        auto boot = [this](const QString &text) {
            writeLine(QStringLiteral("[%1] %2").arg(m_clock, 12, 'f', 6).arg(text).toUtf8());
            m_clock += 0.004173;
        };
        boot(QStringLiteral("Linux version (simulated) enclave-sim %1").arg(QStringLiteral(ENCLAVE_VERSION)));
        if (peek) {
            boot(QStringLiteral("Command line: %1").arg(peek->cmdline.trimmed()));
            boot(QStringLiteral("EIF v%1 %2, %3 bytes, %4 sections")
                     .arg(peek->version)
                     .arg(peek->architecture())
                     .arg(peek->fileSize)
                     .arg(peek->sections.size()));
            int ramdisk = 0;
            for (const EifPeek::Section &s : peek->sections) {
                QString name = s.typeName();
                if (s.type == 3)
                    name += QString::number(ramdisk++);
                boot(QStringLiteral("EIF section %1: %2 bytes at offset %3")
                         .arg(name)
                         .arg(s.size)
                         .arg(s.offset));
            }
        }
        boot(QStringLiteral("Memory: %1 MiB, CPUs: %2")
                 .arg(record.value(QStringLiteral("MemoryMiB")).toInteger())
                 .arg(record.value(QStringLiteral("NumberOfCPUs")).toInteger()));
        boot(QStringLiteral("nsm: loading out-of-tree module taints kernel."));
        boot(QStringLiteral("vsock: enclave CID %1, parent CID 3").arg(cid));
        boot(QStringLiteral("init: heartbeat sent to CID 3 port 9000"));
        boot(QStringLiteral("init: starting application"));
    }
    // Like nitro-cli, describe-enclaves shows the EIF's measurements once they are computed
    // (also in debug mode, where the enclave's own attestation PCRs would be zero).
    if (auto d = EifDescription::describe(record.value(QStringLiteral("EifPath")).toString())) {
        const QJsonObject measurements = NitroCliJson::measurementsObject(d->pcrs());
        (void)m_store.update([this, &measurements](QJsonObject &s) {
            QJsonObject r = EnclaveStore::findEnclave(s, m_id);
            if (r.isEmpty())
                return;
            r.insert(QStringLiteral("Measurements"), measurements);
            EnclaveStore::replaceEnclave(s, r);
        });
    }
    m_tick.start(interval);
    m_lifetime.start(int(qMin<qint64>(lifetime * 1000, std::numeric_limits<int>::max())));
    return true;
}

void SimulatedEnclave::writeLine(const QByteArray &line)
{
    if (!m_log)
        return;
    QByteArray out = line;
    if (m_lineBytes > 0 && out.size() + 1 < m_lineBytes)
        out.append(QByteArray(m_lineBytes - 1 - out.size(), '.'));
    out.append('\n');
    if (auto r = m_log->append(out); !r)
        std::fprintf(stderr, "enclave-agent: %s\n", qPrintable(r.error().message));
}

void SimulatedEnclave::tick()
{
    for (int i = 0; i < m_burst; ++i) {
        if (m_maxLines > 0 && m_lines >= m_maxLines) {
            writeLine(QByteArrayLiteral("app: done, exiting"));
            finish(QStringLiteral("enclave exited"));
            return;
        }
        ++m_lines;
        writeLine(QByteArrayLiteral("app: line ") + QByteArray::number(m_lines));
    }
}

void SimulatedEnclave::finish(const QString &reason)
{
    m_tick.stop();
    m_lifetime.stop();
    if (m_log)
        (void)m_log->close(reason);
    (void)m_store.update([this](QJsonObject &s) {
        QJsonObject r = EnclaveStore::findEnclave(s, m_id);
        if (r.isEmpty() || r.value(QStringLiteral("State")).toString() != u"RUNNING")
            return;
        r.insert(QStringLiteral("State"), QStringLiteral("EXITED"));
        r.insert(QStringLiteral("ExitReason"), QStringLiteral("application exited"));
        r.insert(QStringLiteral("ExitedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        EnclaveStore::replaceEnclave(s, r);
    });
    Q_EMIT finished();
}

} // namespace enclave::agent

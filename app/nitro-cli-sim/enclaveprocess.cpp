#include "enclaveprocess.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSocketNotifier>

#include "agent/eifpeek.h"
#include "agent/fdchannel.h"
#include "eif/eifdescription.h"
#include "measure/measurementsloader.h"
#include "measure/nitroclijson.h"

namespace enclave::nitrosim {

EnclaveProcess::EnclaveProcess(SimulatedHost &host, const QString &enclaveId, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_id(enclaveId)
{
    connect(&m_tick, &QTimer::timeout, this, &EnclaveProcess::tick);
    m_lifetime.setSingleShot(true);
    connect(&m_lifetime, &QTimer::timeout, this, &EnclaveProcess::shutdown);
}

EnclaveProcess::~EnclaveProcess()
{
    closeListener(m_console);
    closeListener(m_health);
}

bool EnclaveProcess::listen(Listener &l, const QString &path, void (EnclaveProcess::*onAccept)())
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    if (native.size() >= qsizetype(sizeof(addr.sun_path))) {
        std::fprintf(stderr, "nitro-cli-sim: socket path too long: %s\n", native.constData());
        return false;
    }
    std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    QFile::remove(path); // a stale socket of an enclave that had this CID before
    l.fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (l.fd < 0 || ::bind(l.fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0
        || ::listen(l.fd, 16) != 0) {
        std::fprintf(
            stderr, "nitro-cli-sim: cannot listen on %s: %s\n", native.constData(), std::strerror(errno));
        return false;
    }
    l.path = path;
    l.notifier = new QSocketNotifier(qintptr(l.fd), QSocketNotifier::Read, this);
    connect(l.notifier, &QSocketNotifier::activated, this, onAccept);
    return true;
}

void EnclaveProcess::closeListener(Listener &l)
{
    delete l.notifier;
    l.notifier = nullptr;
    if (l.fd >= 0) {
        ::close(l.fd);
        QFile::remove(l.path);
    }
    l.fd = -1;
}

bool EnclaveProcess::start()
{
    auto list = m_host.enclaves();
    if (!list) {
        std::fprintf(stderr, "nitro-cli-sim: %s\n", qPrintable(list.error().firstLine()));
        return false;
    }
    for (const QJsonValue &v : *list)
        if (v.toObject().value(QStringLiteral("EnclaveID")).toString() == m_id)
            m_record = v.toObject();
    if (m_record.isEmpty()) {
        std::fprintf(stderr, "nitro-cli-sim: no simulated enclave %s\n", qPrintable(m_id));
        return false;
    }
    if (m_host.setting("boot_failure", 0, 0, 1) == 1)
        return false; // no heartbeat: run-enclave reports E36
    const quint32 cid = quint32(m_record.value(QStringLiteral("EnclaveCID")).toInteger());
    m_debug = m_record.value(QStringLiteral("Flags")).toString() == u"DEBUG_MODE";
    const int interval = int(m_host.setting("console_interval_ms", 200, 0, 60000));
    m_burst = int(m_host.setting("console_burst", 1, 1, 100000));
    m_maxLines = m_host.setting("console_lines", 0, 0, 1LL << 40);
    m_lineBytes = int(m_host.setting("console_line_bytes", 0, 0, 65536));
    const qint64 lifetime = m_host.setting("enclave_lifetime_s", 3600, 1, 7 * 86400);

    if (m_debug && !listen(m_console, m_host.consoleSocket(cid), &EnclaveProcess::acceptConsole))
        return false;
    if (!listen(m_health, m_host.vsockPath(cid, kHealthPort), &EnclaveProcess::acceptHealth))
        return false;
    startAttestation(cid);

    if (m_debug) {
        // Boot log: what a real debug console shows first, filled with facts from the EIF.
        const QString eifPath = m_record.value(QStringLiteral("EifPath")).toString();
        const auto peek = agent::EifPeek::read(eifPath);
        auto boot = [this](const QString &text) {
            line(QStringLiteral("[%1] %2").arg(m_clock, 12, 'f', 6).arg(text).toUtf8());
            m_clock += 0.004173;
        };
        boot(QStringLiteral("Linux version (simulated) nitro-cli-sim %1")
                 .arg(QStringLiteral(ENCLAVE_VERSION)));
        if (peek) {
            boot(QStringLiteral("Command line: %1").arg(peek->cmdline.trimmed()));
            boot(QStringLiteral("EIF v%1 %2, %3 bytes, %4 sections")
                     .arg(peek->version)
                     .arg(peek->architecture())
                     .arg(peek->fileSize)
                     .arg(peek->sections.size()));
            int ramdisk = 0;
            for (const agent::EifPeek::Section &s : peek->sections) {
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
                 .arg(m_record.value(QStringLiteral("MemoryMiB")).toInteger())
                 .arg(m_record.value(QStringLiteral("NumberOfCPUs")).toInteger()));
        boot(QStringLiteral("nsm: loading out-of-tree module taints kernel."));
        boot(QStringLiteral("vsock: enclave CID %1, parent CID 3").arg(cid));
        boot(QStringLiteral("init: heartbeat sent to CID 3 port 9000"));
        boot(QStringLiteral("init: starting application"));
        boot(QStringLiteral("app: health check listening on vsock port %1").arg(kHealthPort));
    }
    // The heartbeat: run-enclave waits for it before it reports the enclave as started.
    auto beat = m_host.update([this](QJsonObject &s) {
        QJsonObject r = agent::EnclaveStore::findEnclave(s, m_id);
        if (r.isEmpty())
            return;
        r.insert(QStringLiteral("Heartbeat"), true);
        r.insert(QStringLiteral("ServedPorts"),
            QJsonArray { qint64(kHealthPort), qint64(agent::SimulatedAttestationService::kDefaultRawPort),
                qint64(agent::SimulatedAttestationService::kDefaultHttpPort) });
        agent::EnclaveStore::replaceEnclave(s, r);
    });
    if (!beat)
        return false;
    // As nitro-cli, describe-enclaves shows the EIF's measurements once they are computed.
    QTimer::singleShot(0, this, &EnclaveProcess::computeMeasurements);
    // In debug mode the application starts once a console reader attached (as the agent does
    // right after launch) or after app_start_timeout_ms, the way a real enclave's boot takes a
    // moment: a fast application cannot finish before anyone could read its console.
    m_interval = interval;
    if (m_debug)
        QTimer::singleShot(int(m_host.setting("app_start_timeout_ms", 5000, 0, 600000)), this,
            &EnclaveProcess::startApplication);
    else
        startApplication();
    m_lifetime.start(int(qMin<qint64>(lifetime * 1000, std::numeric_limits<int>::max())));
    return true;
}

void EnclaveProcess::startApplication()
{
    if (!m_tick.isActive() && !m_shuttingDown)
        m_tick.start(m_interval);
}

// The sample application's attestation endpoints (raw on 5005, HTTP on 5006), answering with the
// image's PCRs (zeros in debug mode) signed by the state directory's simulator PKI.
void EnclaveProcess::startAttestation(quint32 cid)
{
    agent::SimulatedAttestationService::Config config;
    config.pkiDir = m_host.stateDir() + QStringLiteral("/pki");
    config.vsockDir = m_host.stateDir() + QStringLiteral("/vsock");
    config.cid = cid;
    config.moduleId = m_id;
    const auto image = MeasurementsLoader::fromEif(m_record.value(QStringLiteral("EifPath")).toString());
    config.pcrs = agent::SimulatedAttestationService::simulatedPcrs(image.value_or(Measurements()), m_debug);
    if (auto started = m_attestation.start(config); !started)
        std::fprintf(
            stderr, "nitro-cli-sim: attestation endpoints: %s\n", qPrintable(started.error().message));
}

void EnclaveProcess::computeMeasurements()
{
    auto d = EifDescription::describe(m_record.value(QStringLiteral("EifPath")).toString());
    if (!d)
        return;
    const QJsonObject measurements = NitroCliJson::measurementsObject(d->pcrs());
    (void)m_host.update([this, &measurements](QJsonObject &s) {
        QJsonObject r = agent::EnclaveStore::findEnclave(s, m_id);
        if (r.isEmpty())
            return;
        r.insert(QStringLiteral("Measurements"), measurements);
        agent::EnclaveStore::replaceEnclave(s, r);
    });
}

void EnclaveProcess::acceptConsole()
{
    const int fd = ::accept4(m_console.fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
        return;
    auto *reader = new agent::FdChannel(fd, fd, false, this);
    // Readers only read; anything they send is ignored. A reader that goes away is dropped.
    connect(reader, &agent::FdChannel::readFinished, reader, &QObject::deleteLater);
    connect(reader, &agent::FdChannel::failed, reader, &QObject::deleteLater);
    if (!m_backlog.isEmpty()) {
        reader->write(m_backlog);
        m_backlog.clear();
    }
    m_readers.append(reader);
    startApplication();
}

void EnclaveProcess::acceptHealth()
{
    const int fd = ::accept4(m_health.fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
        return;
    auto *peer = new agent::FdChannel(fd, fd, false, this);
    auto request = std::make_shared<QByteArray>();
    connect(peer, &agent::FdChannel::dataRead, peer, [peer, request](const QByteArray &bytes) {
        // The sample application's protocol: one request line, one answer line.
        *request += bytes.left(4096);
        if (request->contains("HEALTH_CHECK")) {
            peer->write(QByteArrayLiteral("OK\n"));
            request->clear();
        } else if (request->contains('\n') || request->size() >= 4096) {
            peer->write(QByteArrayLiteral("ERROR unknown request\n"));
            request->clear();
        }
    });
    connect(peer, &agent::FdChannel::readFinished, peer, [peer] {
        peer->closeWrite();
        connect(peer, &agent::FdChannel::writeDrained, peer, &QObject::deleteLater);
        if (peer->pendingWriteBytes() == 0)
            peer->deleteLater();
    });
    connect(peer, &agent::FdChannel::failed, peer, &QObject::deleteLater);
}

void EnclaveProcess::emitConsole(const QByteArray &bytes)
{
    if (!m_debug)
        return;
    m_readers.removeAll(nullptr);
    if (m_readers.isEmpty()) {
        m_backlog += bytes;
        if (m_backlog.size() > kBacklogBytes)
            m_backlog.remove(0, m_backlog.size() - kBacklogBytes);
        return;
    }
    for (const auto &r : std::as_const(m_readers))
        r->write(bytes);
}

void EnclaveProcess::line(const QByteArray &text)
{
    QByteArray out = text;
    if (m_lineBytes > 0 && out.size() + 1 < m_lineBytes)
        out.append(QByteArray(m_lineBytes - 1 - out.size(), '.'));
    out.append('\n');
    emitConsole(out);
}

void EnclaveProcess::tick()
{
    m_readers.removeAll(nullptr);
    for (const auto &r : std::as_const(m_readers))
        if (r->pendingWriteBytes() > kReaderLagBytes)
            return; // the reader lags: the application's writes block
    QByteArray chunk;
    for (int i = 0; i < m_burst; ++i) {
        if (m_maxLines > 0 && m_lines >= m_maxLines) {
            line(QByteArrayLiteral("app: done, exiting"));
            shutdown();
            return;
        }
        ++m_lines;
        line(QByteArrayLiteral("app: line ") + QByteArray::number(m_lines));
    }
}

void EnclaveProcess::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_tick.stop();
    m_lifetime.stop();
    closeListener(m_console);
    closeListener(m_health);
    m_host.forget(m_record);
    // Readers get what the enclave wrote, then EOF (bounded: a stuck reader does not keep a
    // dead enclave around).
    m_readers.removeAll(nullptr);
    QList<QPointer<agent::FdChannel>> draining;
    for (const auto &r : std::as_const(m_readers)) {
        if (r->pendingWriteBytes() == 0) {
            r->close();
            continue;
        }
        draining.append(r);
        connect(r, &agent::FdChannel::writeDrained, this, [this, r] {
            r->close();
            m_readers.removeAll(r);
            m_readers.removeAll(nullptr);
            if (m_readers.isEmpty())
                Q_EMIT finished();
        });
    }
    m_readers = draining;
    if (m_readers.isEmpty()) {
        QTimer::singleShot(0, this, &EnclaveProcess::finished);
        return;
    }
    QTimer::singleShot(10000, this, &EnclaveProcess::finished);
}

} // namespace enclave::nitrosim

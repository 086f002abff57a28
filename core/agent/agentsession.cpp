#include "agent/agentsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QStorageInfo>
#include <QThread>

#include "agent/consolelog.h"
#include "agent/eifpeek.h"
#include "agent/eifupload.h"
#include "agent/enclavebackend.h"
#include "agent/fdchannel.h"
#include "agent/paramreader.h"
#include "agent/protocol.h"
#include "eif/eifdescription.h"

namespace enclave::agent {

namespace {
const QStringList kMethods = { QStringLiteral("hello"), QStringLiteral("enclaves.list"),
    QStringLiteral("enclaves.run"), QStringLiteral("enclaves.terminate"), QStringLiteral("eif.list"),
    QStringLiteral("eif.describe"), QStringLiteral("eif.upload.begin"), QStringLiteral("eif.upload.chunk"),
    QStringLiteral("eif.upload.finish"), QStringLiteral("eif.upload.abort"),
    QStringLiteral("console.subscribe"), QStringLiteral("console.unsubscribe"), QStringLiteral("vsock.open"),
    QStringLiteral("stream.write"), QStringLiteral("stream.close"), QStringLiteral("health.check"),
    QStringLiteral("host.info"), QStringLiteral("enclaves.watch") };

constexpr qint64 kMaxCid = 0xFFFFFFFELL;
constexpr qint64 kMaxPort = 0xFFFFFFFELL;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}
} // namespace

AgentSession::AgentSession(EnclaveBackend *backend, AgentConfig config, int inFd, int outFd, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_config(std::move(config))
    , m_lines(protocol::kMaxLineBytes)
{
    m_in = new FdChannel(inFd, -1, false, this);
    m_out = new FdChannel(-1, outFd, false, this);
    connect(m_in, &FdChannel::dataRead, this, &AgentSession::onInput);
    connect(m_in, &FdChannel::readFinished, this, [this] { endSession(0, {}); });
    connect(m_in, &FdChannel::failed, this, [this](const QString &) { endSession(0, {}); });
    connect(m_out, &FdChannel::failed, this, [this](const QString &) {
        m_ending = true;
        Q_EMIT finished(0); // nobody left to talk to
    });
    connect(m_out, &FdChannel::writeDrained, this, &AgentSession::onOutputDrained);
    m_in->setReadPaused(true);
    // The watcher wakes us when a console log grows; the timer is the fallback (and catches a
    // log replaced by compaction before the watcher is pointed at the new file).
    m_pumpTimer.setInterval(250);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &AgentSession::schedulePump);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &AgentSession::schedulePump);
    connect(&m_pumpTimer, &QTimer::timeout, this, &AgentSession::pump);
    connect(&m_watchTimer, &QTimer::timeout, this, &AgentSession::pollEnclaves);
    m_refreshTimer.setInterval(m_config.refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        // Listing reaps enclaves that disappeared, which closes their consoles.
        m_backend->listEnclaves([](RpcResult<QJsonValue>) {});
    });
}

AgentSession::~AgentSession() = default;

void AgentSession::start()
{
    m_in->setReadPaused(false);
}

void AgentSession::send(const QJsonObject &message)
{
    if (m_ending && !m_out->isOpen())
        return;
    m_out->write(protocol::encodeLine(message));
    if (m_out->pendingWriteBytes() > m_config.outputHardLimit)
        endSession(1, QStringLiteral("client does not read its output"));
}

void AgentSession::endSession(int exitCode, const QString &why)
{
    if (m_ending)
        return;
    m_ending = true;
    if (!why.isEmpty())
        send(protocol::notification(
            QStringLiteral("session.closing"), QJsonObject { { QStringLiteral("reason"), why } }));
    m_pumpTimer.stop();
    m_refreshTimer.stop();
    m_watchTimer.stop();
    m_in->close();
    for (const QString &id : m_streams.keys())
        closeStream(id, QStringLiteral("session ended"), false);
    for (auto &u : m_uploads)
        u->abort();
    m_uploads.clear();
    m_subscriptions.clear();
    if (m_out->pendingWriteBytes() == 0) {
        QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
        return;
    }
    // Give the client up to 5 s to take the last lines.
    connect(m_out, &FdChannel::writeDrained, this, [this, exitCode] { Q_EMIT finished(exitCode); });
    QTimer::singleShot(5000, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void AgentSession::onInput(const QByteArray &bytes)
{
    if (m_ending)
        return;
    if (!m_lines.append(bytes)) {
        send(protocol::errorResponse(QJsonValue::Null,
            RpcError::make(RpcError::InvalidRequest,
                QStringLiteral("line longer than %1 bytes").arg(protocol::kMaxLineBytes))));
        endSession(1, QStringLiteral("protocol error: line too long"));
        return;
    }
    while (!m_ending) {
        auto line = m_lines.takeLine();
        if (!line) {
            if (m_lines.overflowed()) {
                send(protocol::errorResponse(QJsonValue::Null,
                    RpcError::make(RpcError::InvalidRequest,
                        QStringLiteral("line longer than %1 bytes").arg(protocol::kMaxLineBytes))));
                endSession(1, QStringLiteral("protocol error: line too long"));
            }
            break;
        }
        if (!line->trimmed().isEmpty())
            handleLine(*line);
    }
}

void AgentSession::handleLine(const QByteArray &line)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        if (perr.error != QJsonParseError::NoError)
            send(protocol::errorResponse(QJsonValue::Null,
                RpcError::make(RpcError::ParseError,
                    QStringLiteral("offset %1: %2").arg(perr.offset).arg(perr.errorString()))));
        else
            send(protocol::errorResponse(QJsonValue::Null,
                RpcError::make(RpcError::InvalidRequest, QStringLiteral("a message must be a JSON object"))));
        return;
    }
    const QJsonObject msg = doc.object();
    const QJsonValue id = msg.value(QStringLiteral("id"));
    const bool isNotification = id.isUndefined();
    if (!isNotification && !id.isDouble() && !id.isString()) {
        send(protocol::errorResponse(QJsonValue::Null,
            RpcError::make(RpcError::InvalidRequest, QStringLiteral("id must be a number or a string"))));
        return;
    }
    if (id.isString() && id.toString().size() > 64) {
        send(protocol::errorResponse(
            QJsonValue::Null, RpcError::make(RpcError::InvalidRequest, QStringLiteral("id too long"))));
        return;
    }
    auto fail = [&](int code, const QString &text) {
        if (!isNotification)
            send(protocol::errorResponse(id, RpcError::make(code, text)));
    };
    if (msg.value(QStringLiteral("jsonrpc")).toString() != u"2.0")
        return fail(RpcError::InvalidRequest, QStringLiteral("jsonrpc must be \"2.0\""));
    const QJsonValue methodValue = msg.value(QStringLiteral("method"));
    if (!methodValue.isString())
        return fail(RpcError::InvalidRequest, QStringLiteral("method must be a string"));
    const QString method = methodValue.toString();
    const QJsonValue paramsValue = msg.value(QStringLiteral("params"));
    if (!paramsValue.isUndefined() && !paramsValue.isObject())
        return fail(RpcError::InvalidParams, QStringLiteral("params must be an object"));
    if (!kMethods.contains(method))
        return fail(RpcError::MethodNotFound, QStringLiteral("unknown method '%1'").arg(method.left(64)));

    QPointer<AgentSession> self(this);
    auto respond = [self, id, isNotification](RpcResult<QJsonValue> result) {
        if (!self || isNotification)
            return;
        if (result)
            self->send(protocol::response(id, *result));
        else
            self->send(protocol::errorResponse(id, result.error()));
    };
    dispatch(method, paramsValue.toObject(), respond);
}

void AgentSession::dispatch(const QString &method, const QJsonObject &p, const Respond &r)
{
    if (method == u"hello")
        return doHello(p, r);
    if (method == u"enclaves.list") {
        ParamReader pr(p);
        pr.allowOnly({});
        if (!pr.ok())
            return r(std::unexpected(pr.error()));
        return m_backend->listEnclaves(r);
    }
    if (method == u"enclaves.run")
        return doRun(p, r);
    if (method == u"enclaves.terminate") {
        ParamReader pr(p);
        const QString id = pr.enclaveId(QStringLiteral("enclaveId"));
        pr.allowOnly({ QStringLiteral("enclaveId") });
        if (!pr.ok())
            return r(std::unexpected(pr.error()));
        return m_backend->terminateEnclave(id, [r, id](RpcResult<QJsonValue> res) {
            if (!res)
                return r(res);
            QJsonObject o = res->toObject();
            // Both nitro-cli's keys and the protocol's camelCase ones.
            o.insert(QStringLiteral("enclaveId"), id);
            o.insert(QStringLiteral("terminated"), o.value(QStringLiteral("Terminated")).toBool(true));
            r(QJsonValue(o));
        });
    }
    if (method == u"eif.list")
        return doEifList(p, r);
    if (method == u"eif.describe")
        return doEifDescribe(p, r);
    if (method == u"eif.upload.begin")
        return doUploadBegin(p, r);
    if (method == u"eif.upload.chunk")
        return doUploadChunk(p, r);
    if (method == u"eif.upload.finish")
        return doUploadFinish(p, r);
    if (method == u"eif.upload.abort")
        return doUploadAbort(p, r);
    if (method == u"console.subscribe")
        return doSubscribe(p, r);
    if (method == u"console.unsubscribe")
        return doUnsubscribe(p, r);
    if (method == u"vsock.open")
        return doVsockOpen(p, r);
    if (method == u"stream.write")
        return doStreamWrite(p, r);
    if (method == u"stream.close")
        return doStreamClose(p, r);
    if (method == u"health.check")
        return doHealthCheck(p, r);
    if (method == u"host.info")
        return doHostInfo(p, r);
    if (method == u"enclaves.watch")
        return doWatch(p, r);
    r(rpcError(RpcError::MethodNotFound, method));
}

void AgentSession::doHello(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const qint64 version = pr.integer(QStringLiteral("protocol"), 1, 1000, protocol::kVersion);
    pr.string(QStringLiteral("client"), 128, false);
    pr.allowOnly({ QStringLiteral("protocol"), QStringLiteral("client") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (version != protocol::kVersion)
        return r(rpcError(RpcError::InvalidRequest,
            QStringLiteral("protocol %1 is not supported (this agent speaks %2)")
                .arg(version)
                .arg(protocol::kVersion)));
    r(QJsonValue(QJsonObject { { QStringLiteral("protocol"), protocol::kVersion },
        { QStringLiteral("agent"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("enclave-agent") },
                { QStringLiteral("version"), QStringLiteral(ENCLAVE_VERSION) } } },
        { QStringLiteral("backend"), m_backend->name() }, { QStringLiteral("hostname"), m_config.hostname },
        { QStringLiteral("capabilities"), QJsonArray::fromStringList(kMethods) },
        { QStringLiteral("limits"),
            QJsonObject { { QStringLiteral("maxLineBytes"), protocol::kMaxLineBytes },
                { QStringLiteral("maxChunkBytes"), protocol::kMaxChunkBytes },
                { QStringLiteral("maxUploadBytes"), m_config.maxUploadBytes },
                { QStringLiteral("maxStreams"), m_config.maxStreams },
                { QStringLiteral("maxSubscriptions"), m_config.maxSubscriptions },
                { QStringLiteral("streamWriteLimit"), m_config.streamWriteLimit } } } }));
}

RpcResult<QString> AgentSession::resolveImage(const QString &relative) const
{
    if (m_config.imageDir.isEmpty())
        return rpcError(RpcError::InvalidParams, QStringLiteral("the agent has no image directory"));
    const QString root = QFileInfo(m_config.imageDir).canonicalFilePath();
    if (root.isEmpty())
        return rpcError(
            RpcError::IoError, QStringLiteral("image directory %1 does not exist").arg(m_config.imageDir));
    if (relative.isEmpty() || relative.contains(QChar(0)))
        return rpcError(RpcError::InvalidParams, QStringLiteral("empty image path"));
    const QString joined
        = QDir::cleanPath(QDir::isAbsolutePath(relative) ? relative : root + u'/' + relative);
    const QFileInfo fi(joined);
    // Canonical form resolves symlinks, so a link pointing out of the directory is refused too.
    const QString resolved = fi.exists() ? fi.canonicalFilePath() : joined;
    if (!resolved.startsWith(root + u'/'))
        return rpcError(RpcError::InvalidParams,
            QStringLiteral("'%1' is outside the image directory").arg(relative.left(256)));
    return resolved;
}

void AgentSession::doRun(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString eif = pr.string(QStringLiteral("eifPath"), 4096);
    RunRequest req;
    req.cpuCount = pr.integer(QStringLiteral("cpuCount"), 1, 1024);
    req.memoryMiB = pr.integer(QStringLiteral("memoryMiB"), 0, 16LL << 20);
    req.enclaveCid = pr.integer(QStringLiteral("enclaveCid"), 0, 0xFFFFFFFFLL, 0);
    req.debugMode = pr.boolean(QStringLiteral("debugMode"), false);
    if (pr.has(QStringLiteral("enclaveName"))) {
        req.enclaveName = pr.string(QStringLiteral("enclaveName"), 128);
        if (pr.ok() && !ParamReader::isEnclaveName(req.enclaveName))
            return r(rpcError(RpcError::InvalidParams,
                QStringLiteral("enclaveName may hold letters, digits, '.', '_' and '-' only")));
    }
    pr.allowOnly({ QStringLiteral("eifPath"), QStringLiteral("cpuCount"), QStringLiteral("memoryMiB"),
        QStringLiteral("enclaveCid"), QStringLiteral("debugMode"), QStringLiteral("enclaveName") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    auto path = resolveImage(eif);
    if (!path)
        return r(std::unexpected(path.error()));
    req.eifPath = *path;
    m_backend->runEnclave(req, r);
}

void AgentSession::doEifList(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    pr.allowOnly({});
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    QDir dir(m_config.imageDir);
    if (m_config.imageDir.isEmpty() || !dir.exists())
        return r(QJsonValue(QJsonArray {}));
    QJsonArray out;
    const QFileInfoList files
        = dir.entryInfoList({ QStringLiteral("*.eif") }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &fi : files) {
        if (out.size() >= 1000)
            break;
        if (!ParamReader::isImageName(fi.fileName()))
            continue;
        out.append(
            QJsonObject { { QStringLiteral("name"), fi.fileName() }, { QStringLiteral("size"), fi.size() },
                { QStringLiteral("mtime"), fi.lastModified().toUTC().toString(Qt::ISODate) } });
    }
    r(QJsonValue(out));
}

void AgentSession::doEifDescribe(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString name = pr.imageName(QStringLiteral("name"));
    pr.allowOnly({ QStringLiteral("name") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    auto path = resolveImage(name);
    if (!path)
        return r(std::unexpected(path.error()));
    if (!QFileInfo(*path).isFile())
        return r(rpcError(RpcError::NotFound, QStringLiteral("no image '%1'").arg(name)));
    if (m_config.describeEif) {
        auto d = m_config.describeEif(*path);
        if (!d)
            return r(std::unexpected(d.error()));
        return r(QJsonValue(*d));
    }
    // The same JSON as "enclave-tool describe-eif". It hashes the whole image (EIFs reach
    // gigabytes), so it runs on a worker thread while consoles and streams keep flowing.
    if (m_describesRunning >= 2)
        return r(rpcError(RpcError::LimitExceeded, QStringLiteral("at most 2 eif.describe calls at a time")));
    ++m_describesRunning;
    QPointer<AgentSession> self(this);
    const QString file = *path;
    QThread *worker = QThread::create([self, file, r] {
        auto d = EifDescription::describe(file);
        RpcResult<QJsonValue> result = d
            ? RpcResult<QJsonValue>(QJsonValue(d->toJson()))
            : RpcResult<QJsonValue>(nitroError(QStringLiteral("E35"),
                QStringLiteral("EIF file parsing error: %1").arg(d.error().toString())));
        QMetaObject::invokeMethod(
            qApp,
            [self, r, result] {
                if (!self)
                    return;
                --self->m_describesRunning;
                r(result);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

QString AgentSession::nextHandle(const char *prefix)
{
    return QLatin1StringView(prefix) + QStringLiteral("-%1").arg(++m_handleCounter);
}

void AgentSession::doUploadBegin(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString name = pr.imageName(QStringLiteral("name"));
    const qint64 size = pr.integer(QStringLiteral("size"), 1, m_config.maxUploadBytes);
    const QString sha = pr.string(QStringLiteral("sha384"), 96);
    const bool overwrite = pr.boolean(QStringLiteral("overwrite"), false);
    pr.allowOnly({ QStringLiteral("name"), QStringLiteral("size"), QStringLiteral("sha384"),
        QStringLiteral("overwrite") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    const QByteArray digest = QByteArray::fromHex(sha.toLatin1());
    if (sha.size() != 96 || digest.size() != 48 || QString::fromLatin1(digest.toHex()) != sha.toLower())
        return r(rpcError(RpcError::InvalidParams, QStringLiteral("sha384 must be 96 hex digits")));
    if (!name.endsWith(QStringLiteral(".eif")))
        return r(rpcError(RpcError::InvalidParams, QStringLiteral("image names end in .eif")));
    if (m_uploads.size() >= m_config.maxUploads)
        return r(rpcError(RpcError::LimitExceeded,
            QStringLiteral("at most %1 uploads at a time").arg(m_config.maxUploads)));
    auto path = resolveImage(name);
    if (!path)
        return r(std::unexpected(path.error()));
    for (const auto &u : std::as_const(m_uploads))
        if (u->targetPath() == *path)
            return r(rpcError(
                RpcError::AlreadyExists, QStringLiteral("'%1' is already being uploaded").arg(name)));
    if (QFileInfo::exists(*path) && !overwrite)
        return r(rpcError(
            RpcError::AlreadyExists, QStringLiteral("'%1' exists (pass overwrite to replace it)").arg(name)));
    const QStorageInfo storage(m_config.imageDir);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < size + (64 << 20))
        return r(rpcError(
            RpcError::LimitExceeded, QStringLiteral("not enough free space in the image directory")));
    auto upload = EifUpload::begin(*path, size, digest);
    if (!upload)
        return r(std::unexpected(upload.error()));
    const QString id = nextHandle("upload");
    m_uploads.insert(id, *upload);
    r(QJsonValue(QJsonObject {
        { QStringLiteral("uploadId"), id }, { QStringLiteral("chunkBytes"), protocol::kMaxChunkBytes } }));
}

void AgentSession::doUploadChunk(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString id = pr.handle(QStringLiteral("uploadId"));
    const qint64 offset = pr.integer(QStringLiteral("offset"), 0, m_config.maxUploadBytes);
    const QByteArray data = pr.base64(QStringLiteral("data"), protocol::kMaxChunkBytes);
    pr.allowOnly({ QStringLiteral("uploadId"), QStringLiteral("offset"), QStringLiteral("data") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    auto it = m_uploads.find(id);
    if (it == m_uploads.end())
        return r(rpcError(RpcError::NotFound, QStringLiteral("no upload '%1'").arg(id)));
    auto received = (*it)->append(offset, data);
    if (!received) {
        (*it)->abort();
        m_uploads.erase(it);
        return r(std::unexpected(received.error()));
    }
    r(QJsonValue(QJsonObject { { QStringLiteral("received"), *received } }));
}

RpcResult<std::shared_ptr<EifUpload>> AgentSession::takeUpload(const QJsonObject &p)
{
    ParamReader pr(p);
    const QString id = pr.handle(QStringLiteral("uploadId"));
    pr.allowOnly({ QStringLiteral("uploadId") });
    if (!pr.ok())
        return std::unexpected(pr.error());
    auto upload = m_uploads.take(id);
    if (!upload)
        return rpcError(RpcError::NotFound, QStringLiteral("no upload '%1'").arg(id));
    return upload;
}

void AgentSession::doUploadFinish(const QJsonObject &p, const Respond &r)
{
    auto upload = takeUpload(p);
    if (!upload)
        return r(std::unexpected(upload.error()));
    auto done = (*upload)->finish();
    if (!done)
        return r(std::unexpected(done.error()));
    r(QJsonValue(QJsonObject { { QStringLiteral("name"), QFileInfo((*upload)->targetPath()).fileName() },
        { QStringLiteral("size"), (*upload)->size() } }));
}

void AgentSession::doUploadAbort(const QJsonObject &p, const Respond &r)
{
    auto upload = takeUpload(p);
    if (!upload)
        return r(std::unexpected(upload.error()));
    (*upload)->abort();
    r(QJsonValue(QJsonObject {}));
}

void AgentSession::doSubscribe(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString enclaveId = pr.enclaveId(QStringLiteral("enclaveId"));
    const qint64 fromSeq = pr.integer(QStringLiteral("fromSeq"), 0, 1LL << 52, 0);
    pr.allowOnly({ QStringLiteral("enclaveId"), QStringLiteral("fromSeq") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (m_subscriptions.size() >= m_config.maxSubscriptions)
        return r(rpcError(RpcError::LimitExceeded,
            QStringLiteral("at most %1 console subscriptions").arg(m_config.maxSubscriptions)));
    auto path = m_backend->consoleLog(enclaveId);
    if (!path)
        return r(std::unexpected(path.error()));
    auto probe = ConsoleLog::read(*path, fromSeq, 0);
    if (!probe)
        return r(
            rpcError(probe.error().code == Error::Code::Usage ? RpcError::InvalidParams : RpcError::IoError,
                probe.error().message));
    const QString id = nextHandle("console");
    m_subscriptions.insert(id, Subscription { enclaveId, *path, fromSeq });
    r(QJsonValue(QJsonObject { { QStringLiteral("subscription"), id },
        { QStringLiteral("firstSeq"), probe->firstSeq }, { QStringLiteral("endSeq"), probe->endSeq } }));
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
    schedulePump();
}

void AgentSession::doUnsubscribe(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString id = pr.handle(QStringLiteral("subscription"));
    pr.allowOnly({ QStringLiteral("subscription") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (!m_subscriptions.remove(id))
        return r(rpcError(RpcError::NotFound, QStringLiteral("no subscription '%1'").arg(id)));
    r(QJsonValue(QJsonObject {}));
}

void AgentSession::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpQueued = false;
        pump();
    });
}

void AgentSession::onOutputDrained()
{
    if (m_ending)
        return;
    schedulePump();
    for (auto &s : m_streams)
        if (s.channel && !s.isHealthCheck)
            s.channel->setReadPaused(false);
}

void AgentSession::pump()
{
    if (m_ending)
        return;
    if (m_subscriptions.isEmpty()) {
        if (!m_watcher.files().isEmpty())
            m_watcher.removePaths(m_watcher.files());
        if (!m_watcher.directories().isEmpty())
            m_watcher.removePaths(m_watcher.directories());
        m_pumpTimer.stop();
        m_refreshTimer.stop();
        return;
    }
    const QStringList ids = m_subscriptions.keys();
    QStringList watch;
    for (const Subscription &sub : std::as_const(m_subscriptions)) {
        watch.append(sub.logPath);
        watch.append(QFileInfo(sub.logPath).absolutePath()); // the ".closed" marker appears there
    }
    watch.removeDuplicates();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    for (const QString &path : std::as_const(watch))
        if (!watched.contains(path))
            m_watcher.addPath(path);
    for (const QString &id : ids) {
        if (m_ending)
            return;
        auto it = m_subscriptions.find(id);
        if (it == m_subscriptions.end())
            continue;
        // Send until the output queue is full; the rest waits for the client to read.
        while (m_out->pendingWriteBytes() < m_config.outputSoftLimit) {
            auto chunk = ConsoleLog::read(it->logPath, it->nextSeq, protocol::kNotifyChunkBytes);
            if (!chunk) {
                const QJsonObject note { { QStringLiteral("subscription"), id },
                    { QStringLiteral("enclaveId"), it->enclaveId },
                    { QStringLiteral("reason"), chunk.error().message },
                    { QStringLiteral("endSeq"), it->nextSeq } };
                m_subscriptions.erase(it);
                send(protocol::notification(QStringLiteral("console.closed"), note));
                break;
            }
            if (!chunk->data.isEmpty() || chunk->gap > 0) {
                QJsonObject params { { QStringLiteral("subscription"), id },
                    { QStringLiteral("enclaveId"), it->enclaveId }, { QStringLiteral("seq"), chunk->seq },
                    { QStringLiteral("data"), base64(chunk->data) } };
                if (chunk->gap > 0)
                    params.insert(QStringLiteral("gap"), chunk->gap);
                it->nextSeq = chunk->seq + chunk->data.size();
                send(protocol::notification(QStringLiteral("console.data"), params));
                if (m_ending)
                    return; // send() may end the session (and clear m_subscriptions)
            }
            if (chunk->closed) {
                const QJsonObject note { { QStringLiteral("subscription"), id },
                    { QStringLiteral("enclaveId"), it->enclaveId },
                    { QStringLiteral("reason"), chunk->closeReason },
                    { QStringLiteral("endSeq"), it->nextSeq } };
                m_subscriptions.erase(it);
                send(protocol::notification(QStringLiteral("console.closed"), note));
                break;
            }
            if (chunk->data.size() < protocol::kNotifyChunkBytes)
                break;
        }
    }
    // Whatever is left waits for writeDrained() (the client read its queue) or a log change.
}

void AgentSession::doVsockOpen(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const qint64 cid = pr.integer(QStringLiteral("cid"), 3, kMaxCid);
    const qint64 port = pr.integer(QStringLiteral("port"), 1, kMaxPort);
    pr.allowOnly({ QStringLiteral("cid"), QStringLiteral("port") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (m_streams.size() >= m_config.maxStreams)
        return r(
            rpcError(RpcError::LimitExceeded, QStringLiteral("at most %1 streams").arg(m_config.maxStreams)));
    auto fd = m_backend->connectVsock(quint32(cid), quint32(port));
    if (!fd)
        return r(std::unexpected(fd.error()));
    const QString id = nextHandle("stream");
    auto *channel = new FdChannel(*fd, *fd, true, this);
    m_streams.insert(id, Stream { channel, {}, false });
    auto opened = std::make_shared<bool>(false);
    connect(channel, &FdChannel::connected, this, [id, r, opened] {
        *opened = true;
        r(QJsonValue(QJsonObject { { QStringLiteral("stream"), id } }));
    });
    connect(channel, &FdChannel::dataRead, this, [this, id, channel](const QByteArray &bytes) {
        send(protocol::notification(QStringLiteral("stream.data"),
            QJsonObject { { QStringLiteral("stream"), id }, { QStringLiteral("data"), base64(bytes) } }));
        if (m_out->pendingWriteBytes() >= m_config.outputSoftLimit)
            channel->setReadPaused(true);
    });
    connect(channel, &FdChannel::readFinished, this,
        [this, id] { closeStream(id, QStringLiteral("eof"), true); });
    connect(channel, &FdChannel::failed, this, [this, id, r, opened](const QString &message) {
        if (*opened) {
            closeStream(id, message, true);
            return;
        }
        // A connect failure is the vsock.open error, not a stream.closed.
        *opened = true; // answered
        closeStream(id, message, false);
        r(rpcError(RpcError::IoError, QStringLiteral("vsock connect: %1").arg(message)));
    });
    // An enclave that never accepts must not leave the request hanging.
    QTimer::singleShot(10000, channel, [this, id, r, opened] {
        if (*opened)
            return;
        *opened = true;
        closeStream(id, {}, false);
        r(rpcError(RpcError::IoError, QStringLiteral("vsock connect: no answer within 10 s")));
    });
}

void AgentSession::closeStream(const QString &id, const QString &reason, bool notify)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    it->channel->close();
    it->channel->deleteLater();
    m_streams.erase(it);
    if (notify)
        send(protocol::notification(QStringLiteral("stream.closed"),
            QJsonObject { { QStringLiteral("stream"), id }, { QStringLiteral("reason"), reason } }));
}

void AgentSession::doStreamWrite(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString id = pr.handle(QStringLiteral("stream"));
    const QByteArray data = pr.base64(QStringLiteral("data"), protocol::kMaxChunkBytes);
    pr.allowOnly({ QStringLiteral("stream"), QStringLiteral("data") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    auto it = m_streams.find(id);
    if (it == m_streams.end() || it->isHealthCheck)
        return r(rpcError(RpcError::NotFound, QStringLiteral("no stream '%1'").arg(id)));
    if (it->channel->pendingWriteBytes() + data.size() > m_config.streamWriteLimit)
        return r(rpcError(RpcError::LimitExceeded,
            QStringLiteral("the peer is not reading; %1 bytes already queued")
                .arg(it->channel->pendingWriteBytes())));
    it->channel->write(data);
    r(QJsonValue(QJsonObject { { QStringLiteral("queued"), it->channel->pendingWriteBytes() } }));
}

void AgentSession::doStreamClose(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const QString id = pr.handle(QStringLiteral("stream"));
    const bool abort = pr.boolean(QStringLiteral("abort"), false);
    pr.allowOnly({ QStringLiteral("stream"), QStringLiteral("abort") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    auto it = m_streams.find(id);
    if (it == m_streams.end() || it->isHealthCheck)
        return r(rpcError(RpcError::NotFound, QStringLiteral("no stream '%1'").arg(id)));
    if (abort) {
        closeStream(id, QStringLiteral("closed by client"), false);
    } else {
        // Half-close: the peer sees EOF once queued bytes are out and can still answer.
        it->channel->closeWrite();
    }
    r(QJsonValue(QJsonObject {}));
}

void AgentSession::doHealthCheck(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const qint64 cid = pr.integer(QStringLiteral("cid"), 3, kMaxCid);
    const qint64 port = pr.integer(QStringLiteral("port"), 1, kMaxPort);
    const QByteArray payload = pr.base64(QStringLiteral("send"), 64 * 1024, false);
    const QByteArray expect = pr.base64(QStringLiteral("expect"), 64 * 1024, false);
    const int timeoutMs = int(pr.integer(QStringLiteral("timeoutMs"), 1, 60000, 5000));
    pr.allowOnly({ QStringLiteral("cid"), QStringLiteral("port"), QStringLiteral("send"),
        QStringLiteral("expect"), QStringLiteral("timeoutMs") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (m_streams.size() >= m_config.maxStreams)
        return r(
            rpcError(RpcError::LimitExceeded, QStringLiteral("at most %1 streams").arg(m_config.maxStreams)));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto report = [r, timer](bool ok, const QString &error) {
        QJsonObject o { { QStringLiteral("ok"), ok },
            { QStringLiteral("latencyMs"), double(timer->nsecsElapsed()) / 1e6 } };
        if (!error.isEmpty())
            o.insert(QStringLiteral("error"), error);
        r(QJsonValue(o));
    };
    auto fd = m_backend->connectVsock(quint32(cid), quint32(port));
    if (!fd)
        return report(false, fd.error().message);
    const QString id = nextHandle("health");
    auto *channel = new FdChannel(*fd, *fd, true, this);
    m_streams.insert(id, Stream { channel, {}, true });
    auto received = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    auto complete = [this, id, report, done](bool ok, const QString &error) {
        if (*done)
            return;
        *done = true;
        report(ok, error);
        closeStream(id, {}, false);
    };
    connect(channel, &FdChannel::connected, this, [channel, payload, expect, complete] {
        channel->write(payload);
        if (expect.isEmpty())
            complete(true, {});
    });
    connect(channel, &FdChannel::dataRead, this, [received, expect, complete](const QByteArray &bytes) {
        if (received->size() < expect.size() + 65536)
            received->append(bytes);
        if (received->contains(expect))
            complete(true, {});
    });
    connect(channel, &FdChannel::readFinished, this,
        [complete] { complete(false, QStringLiteral("connection closed before the expected reply")); });
    connect(
        channel, &FdChannel::failed, this, [complete](const QString &message) { complete(false, message); });
    QTimer::singleShot(timeoutMs, channel,
        [complete, timeoutMs] { complete(false, QStringLiteral("no reply within %1 ms").arg(timeoutMs)); });
}

void AgentSession::doHostInfo(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    pr.allowOnly({});
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    const QString imageDir = m_config.imageDir;
    const QString hostname = m_config.hostname;
    m_backend->hostInfo([r, imageDir, hostname](RpcResult<QJsonValue> res) {
        if (!res)
            return r(res);
        QJsonObject o = res->toObject();
        o.insert(QStringLiteral("hostname"), hostname);
        o.insert(QStringLiteral("imageDir"), imageDir);
        const QStorageInfo storage(imageDir);
        if (storage.isValid())
            o.insert(QStringLiteral("imageDirFreeBytes"), storage.bytesAvailable());
        r(QJsonValue(o));
    });
}

void AgentSession::doWatch(const QJsonObject &p, const Respond &r)
{
    ParamReader pr(p);
    const qint64 interval = pr.integer(QStringLiteral("intervalMs"), 0, 600000, 2000);
    pr.allowOnly({ QStringLiteral("intervalMs") });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (interval == 0) {
        m_watchTimer.stop();
        return r(QJsonValue(QJsonObject { { QStringLiteral("watching"), false } }));
    }
    if (interval < 500)
        return r(
            rpcError(RpcError::InvalidParams, QStringLiteral("intervalMs must be 0 (stop) or at least 500")));
    m_lastEnclaves = QJsonArray();
    m_watchNotified = false; // the first poll always reports, so the client starts from a full list
    m_watchTimer.start(int(interval));
    r(QJsonValue(
        QJsonObject { { QStringLiteral("watching"), true }, { QStringLiteral("intervalMs"), interval } }));
    QTimer::singleShot(0, this, &AgentSession::pollEnclaves);
}

void AgentSession::pollEnclaves()
{
    if (m_watchPolling || m_ending)
        return; // a slow describe-enclaves is still running
    m_watchPolling = true;
    QPointer<AgentSession> self(this);
    m_backend->listEnclaves([self](RpcResult<QJsonValue> res) {
        if (!self)
            return;
        self->m_watchPolling = false;
        if (!res || !self->m_watchTimer.isActive())
            return;
        const QJsonArray list = res->toArray();
        if (list == self->m_lastEnclaves && !list.isEmpty())
            return;
        if (list == self->m_lastEnclaves && self->m_lastEnclaves.isEmpty() && self->m_watchNotified)
            return;
        self->m_lastEnclaves = list;
        self->m_watchNotified = true;
        self->send(protocol::notification(
            QStringLiteral("enclaves.changed"), QJsonObject { { QStringLiteral("enclaves"), list } }));
    });
}

} // namespace enclave::agent

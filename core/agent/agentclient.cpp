#include "agent/agentclient.h"

#include <fcntl.h>
#include <unistd.h>

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>

#include "agent/protocol.h"

namespace enclave::agent {

namespace {
constexpr int kStdoutPipeBytes = 1 << 20;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

AgentClient::AgentClient(QObject *parent)
    : QObject(parent)
    , m_lines(protocol::kMaxLineBytes)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AgentClient::startProcess);
    m_deadlineTimer.setInterval(500);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &AgentClient::checkDeadlines);
}

AgentClient::~AgentClient()
{
    m_wanted = false;
    if (m_process) {
        m_process->disconnect(this);
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

void AgentClient::setReconnectPolicy(int maxAttempts, int initialDelayMs, int maxDelayMs)
{
    m_maxAttempts = qMax(0, maxAttempts);
    m_initialDelayMs = qMax(10, initialDelayMs);
    m_maxDelayMs = qMax(m_initialDelayMs, maxDelayMs);
}

qint64 AgentClient::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void AgentClient::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void AgentClient::connectToAgent()
{
    if (m_process || m_state == State::Connected)
        return;
    m_wanted = true;
    m_agentMissing = false;
    m_attempt = 0;
    m_helloDone = false;
    setState(State::Connecting);
    startProcess();
}

void AgentClient::disconnectFromAgent()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_consoles.clear();
    m_subscriptionOwner.clear();
    if (m_process) {
        // EOF on its stdin ends the agent (and ssh) cleanly; kill only a process that lingers.
        m_process->closeWriteChannel();
        QPointer<QProcess> p = m_process;
        QTimer::singleShot(3000, this, [p] {
            if (p && p->state() != QProcess::NotRunning)
                p->kill();
        });
    } else {
        setState(State::Disconnected);
    }
}

void AgentClient::startProcess()
{
    if (m_process || !m_wanted)
        return;
    auto program = m_endpoint.program();
    auto args = m_endpoint.arguments();
    if (!program || !args) {
        m_lastError = (!program ? program.error() : args.error()).message;
        m_wanted = false;
        setState(State::Disconnected);
        Q_EMIT errorOccurred(m_lastError);
        Q_EMIT disconnected(m_lastError, false);
        return;
    }
    m_lines = LineBuffer(protocol::kMaxLineBytes);
    m_stderrTail.clear();
    m_process = new QProcess(this);
    m_process->setProgram(*program);
    m_process->setArguments(*args);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &AgentClient::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > 8192)
            m_stderrTail = m_stderrTail.right(8192);
    });
    connect(m_process, &QProcess::finished, this, &AgentClient::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_stderrTail += QByteArrayLiteral("cannot start ") + m_process->program().toUtf8()
                + QByteArrayLiteral(": ") + m_process->errorString().toUtf8();
            onFinished();
        }
    });
    // A deep stdout pipe (1 MiB instead of 64 KiB): ssh hands over a whole burst of console
    // lines at once instead of blocking on the pipe and buffering (and copying) them itself
    // while this process parses the previous ones. Best effort: a refusal changes nothing else.
    m_process->setChildProcessModifier([] { (void)::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, kStdoutPipeBytes); });
    m_process->start();
    if (!m_process)
        return; // failed to start; onFinished() reported it
    m_deadlineTimer.start();
    m_helloDone = false;
    const qint64 helloId = m_nextId;
    call(QStringLiteral("hello"),
        QJsonObject { { QStringLiteral("protocol"), protocol::kVersion },
            { QStringLiteral("client"),
                QStringLiteral("enclave-studio %1").arg(QStringLiteral(ENCLAVE_VERSION)) } },
        [this](const RpcResult<QJsonValue> &r) {
            if (!r) {
                if (r.error().code == RpcError::ConnectionLost)
                    return; // onFinished() already recorded what ssh said
                m_lastError = r.error().toString();
                if (m_process) {
                    // The agent answered but we cannot talk (protocol mismatch) or it hangs: stop.
                    m_wanted = false;
                    m_process->kill();
                }
                return;
            }
            m_hello = r->toObject();
            m_helloDone = true;
            m_attempt = 0;
            setState(State::Connected);
            Q_EMIT connected(m_hello);
            for (auto it = m_consoles.begin(); it != m_consoles.end(); ++it) {
                it->subscription.clear();
                sendSubscribe(it.key());
            }
            if (m_watchIntervalMs > 0)
                call(QStringLiteral("enclaves.watch"),
                    QJsonObject { { QStringLiteral("intervalMs"), m_watchIntervalMs } });
        });
    if (m_pending.contains(helloId))
        m_pending[helloId].deadline = nowMs() + m_helloTimeoutMs;
}

void AgentClient::onReadyRead()
{
    if (!m_process)
        return;
    receive(m_process->readAllStandardOutput());
}

void AgentClient::receive(const QByteArray &bytes)
{
    // A message handler can end the connection (m_process goes away or is replaced): stop then.
    const QProcess *const process = m_process;
    if (!m_lines.append(bytes)) {
        m_lastError = QStringLiteral("agent sent a line longer than %1 bytes").arg(protocol::kMaxLineBytes);
        if (m_process)
            m_process->kill();
        return;
    }
    while (auto line = m_lines.takeLine()) {
        if (takeConsoleDataLine(*line)) {
            if (m_process != process)
                return;
            continue;
        }
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(*line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            // Not ours (a login banner printed by a shell rc file, say): skip it.
            continue;
        }
        handleMessage(doc.object());
        if (m_process != process)
            return;
    }
    if (m_lines.overflowed()) {
        m_lastError = QStringLiteral("agent sent a line longer than %1 bytes").arg(protocol::kMaxLineBytes);
        if (m_process)
            m_process->kill();
    }
}

void AgentClient::handleMessage(const QJsonObject &message)
{
    const QJsonValue id = message.value(QStringLiteral("id"));
    if (id.isDouble()) {
        // Our ids are small positive integers. Any other number (1e300, 1.5) answers nothing we
        // sent; converting it with a cast was undefined behaviour (fuzz_agentreply).
        const qint64 requestId = id.toInteger(-1);
        auto it = requestId > 0 ? m_pending.find(requestId) : m_pending.end();
        if (it == m_pending.end())
            return;
        Pending p = *it;
        m_pending.erase(it);
        if (!p.callback || (p.hasContext && !p.context))
            return;
        if (message.contains(QStringLiteral("error")))
            p.callback(
                std::unexpected(RpcError::fromJson(message.value(QStringLiteral("error")).toObject())));
        else
            p.callback(message.value(QStringLiteral("result")));
        return;
    }
    if (id.isNull() && message.contains(QStringLiteral("error"))) {
        m_lastError = RpcError::fromJson(message.value(QStringLiteral("error")).toObject()).toString();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    const QString method = message.value(QStringLiteral("method")).toString();
    if (!method.isEmpty())
        handleNotification(method, message.value(QStringLiteral("params")).toObject());
}

bool AgentClient::takeConsoleDataLine(const QByteArray &line)
{
    // Console output is nearly all the bytes a session carries, and a generic parse of its
    // lines turns the base64 into a QString and back before decoding it. The agent writes
    // console.data with sorted keys, so "data" comes first: this takes the base64 straight from
    // the line and parses only the rest of the object ("data" emptied). Anything else, or any
    // escape inside the string, goes through the generic path, so both give the same result.
    static constexpr QByteArrayView prefix(R"({"jsonrpc":"2.0","method":"console.data","params":{"data":")");
    if (!line.startsWith(prefix))
        return false;
    const qsizetype end = line.indexOf('"', prefix.size());
    if (end < 0)
        return false;
    const QByteArray base64 = QByteArray::fromRawData(line.constData() + prefix.size(), end - prefix.size());
    if (base64.contains('\\'))
        return false;
    QByteArray rest;
    rest.reserve(prefix.size() + line.size() - end);
    rest.append(prefix).append('"').append(QByteArrayView(line).sliced(end + 1));
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(rest, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject message = doc.object();
    // Exactly the notification the prefix promised (duplicate keys would have replaced ours).
    const QJsonValue params = message.value(QStringLiteral("params"));
    if (message.contains(QStringLiteral("id")) || message.size() != 3
        || message.value(QStringLiteral("method")).toString() != u"console.data" || !params.isObject()
        || params.toObject().value(QStringLiteral("data")) != QJsonValue(QString()))
        return false;
    auto data = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!data)
        return true; // as the generic path: a console.data whose data is not base64 is dropped
    handleConsoleData(params.toObject(), *data);
    return true;
}

void AgentClient::handleConsoleData(const QJsonObject &params, const QByteArray &data)
{
    const QString enclaveId
        = m_subscriptionOwner.value(params.value(QStringLiteral("subscription")).toString());
    auto it = m_consoles.find(enclaveId);
    if (enclaveId.isEmpty() || it == m_consoles.end())
        return;
    const qint64 seq = params.value(QStringLiteral("seq")).toInteger(-1);
    if (seq < 0)
        return;
    QByteArray bytes = data;
    qint64 start = seq;
    if (start > it->nextSeq) {
        // The agent's ring dropped [nextSeq, seq): say so instead of pretending.
        const qint64 from = it->nextSeq;
        it->nextSeq = start;
        Q_EMIT consoleGap(enclaveId, from, start);
        it = m_consoles.find(enclaveId);
        if (it == m_consoles.end())
            return;
    }
    if (start < it->nextSeq) {
        // Overlap (e.g. a resubscribe racing old data): deliver only what is new.
        const qint64 skip = it->nextSeq - start;
        if (skip >= bytes.size())
            return;
        bytes = bytes.mid(skip);
        start = it->nextSeq;
    }
    if (bytes.isEmpty())
        return;
    it->nextSeq = start + bytes.size();
    Q_EMIT consoleData(enclaveId, start, bytes);
}

void AgentClient::handleNotification(const QString &method, const QJsonObject &params)
{
    if (method == u"console.data") {
        auto data = QByteArray::fromBase64Encoding(params.value(QStringLiteral("data")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (data)
            handleConsoleData(params, *data);
        return;
    }
    if (method == u"console.closed") {
        const QString sub = params.value(QStringLiteral("subscription")).toString();
        const QString enclaveId = m_subscriptionOwner.take(sub);
        if (enclaveId.isEmpty() || !m_consoles.contains(enclaveId))
            return;
        m_consoles.remove(enclaveId);
        Q_EMIT consoleClosed(enclaveId, params.value(QStringLiteral("reason")).toString());
        return;
    }
    if (method == u"stream.data") {
        const QString stream = params.value(QStringLiteral("stream")).toString();
        auto data = QByteArray::fromBase64Encoding(params.value(QStringLiteral("data")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (data && m_streams.contains(stream))
            Q_EMIT streamData(stream, *data);
        return;
    }
    if (method == u"stream.closed") {
        const QString stream = params.value(QStringLiteral("stream")).toString();
        if (m_streams.removeAll(stream) > 0)
            Q_EMIT streamClosed(stream, params.value(QStringLiteral("reason")).toString());
        return;
    }
    if (method == u"enclaves.changed") {
        Q_EMIT enclavesChanged(params.value(QStringLiteral("enclaves")).toArray());
        return;
    }
    Q_EMIT notificationReceived(method, params);
}

void AgentClient::watchEnclaves(int intervalMs)
{
    m_watchIntervalMs = qMax(0, intervalMs);
    if (m_state == State::Connected)
        call(QStringLiteral("enclaves.watch"),
            QJsonObject { { QStringLiteral("intervalMs"), m_watchIntervalMs } });
}

qint64 AgentClient::call(
    const QString &method, const QJsonObject &params, Callback callback, QObject *context)
{
    const qint64 id = m_nextId++;
    if (!m_process) {
        if (callback)
            QTimer::singleShot(0, this, [callback] {
                callback(std::unexpected(
                    RpcError::make(RpcError::ConnectionLost, QStringLiteral("not connected to an agent"))));
            });
        return id;
    }
    // Before hello completed only hello itself goes out; the rest is refused rather than queued.
    if (!m_helloDone && method != u"hello") {
        if (callback)
            QTimer::singleShot(0, this, [callback] {
                callback(std::unexpected(
                    RpcError::make(RpcError::ConnectionLost, QStringLiteral("not connected yet"))));
            });
        return id;
    }
    m_pending.insert(id,
        Pending { method, std::move(callback), context, context != nullptr, nowMs() + m_requestTimeoutMs });
    m_process->write(protocol::encodeLine(protocol::request(id, method, params)));
    return id;
}

RpcResult<QJsonValue> AgentClient::callSync(const QString &method, const QJsonObject &params, int timeoutMs)
{
    std::optional<RpcResult<QJsonValue>> result;
    QEventLoop loop;
    call(
        method, params,
        [&](const RpcResult<QJsonValue> &r) {
            result = r;
            loop.quit();
        },
        &loop);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return rpcError(
            RpcError::Timeout, QStringLiteral("no reply to %1 within %2 ms").arg(method).arg(timeoutMs));
    return *result;
}

bool AgentClient::waitForConnected(int timeoutMs)
{
    if (m_state == State::Connected)
        return true;
    QEventLoop loop;
    auto c1 = connect(this, &AgentClient::connected, &loop, &QEventLoop::quit);
    auto c2 = connect(this, &AgentClient::disconnected, &loop, [&loop](const QString &, bool reconnecting) {
        if (!reconnecting)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (m_state != State::Disconnected)
        loop.exec();
    disconnect(c1);
    disconnect(c2);
    return m_state == State::Connected;
}

void AgentClient::listEnclaves(Callback callback, QObject *context)
{
    call(QStringLiteral("enclaves.list"), {}, std::move(callback), context);
}

void AgentClient::runEnclave(const QJsonObject &params, Callback callback, QObject *context)
{
    call(QStringLiteral("enclaves.run"), params, std::move(callback), context);
}

void AgentClient::terminateEnclave(const QString &enclaveId, Callback callback, QObject *context)
{
    call(QStringLiteral("enclaves.terminate"), QJsonObject { { QStringLiteral("enclaveId"), enclaveId } },
        std::move(callback), context);
}

void AgentClient::subscribeConsole(const QString &enclaveId, qint64 fromSeq)
{
    if (m_consoles.contains(enclaveId))
        unsubscribeConsole(enclaveId);
    m_consoles.insert(enclaveId, Console { {}, qMax<qint64>(0, fromSeq) });
    if (m_state == State::Connected)
        sendSubscribe(enclaveId);
}

void AgentClient::sendSubscribe(const QString &enclaveId)
{
    auto entry = m_consoles.find(enclaveId);
    if (entry == m_consoles.end())
        return;
    const quint64 request = ++m_subscribeCounter;
    entry->request = request;
    call(QStringLiteral("console.subscribe"),
        QJsonObject {
            { QStringLiteral("enclaveId"), enclaveId }, { QStringLiteral("fromSeq"), entry->nextSeq } },
        [this, enclaveId, request](const RpcResult<QJsonValue> &r) {
            auto it = m_consoles.find(enclaveId);
            const QString subscription
                = r ? r->toObject().value(QStringLiteral("subscription")).toString() : QString();
            if (it == m_consoles.end() || it->request != request) {
                // Unsubscribed (or resubscribed) while this request was in flight: release it on the agent.
                if (!subscription.isEmpty() && m_state == State::Connected)
                    call(QStringLiteral("console.unsubscribe"),
                        QJsonObject { { QStringLiteral("subscription"), subscription } });
                return;
            }
            if (!r) {
                if (r.error().code == RpcError::ConnectionLost)
                    return; // resubscribed after the reconnect
                m_consoles.erase(it);
                Q_EMIT consoleClosed(enclaveId, r.error().toString());
                return;
            }
            it->subscription = subscription;
            m_subscriptionOwner.insert(subscription, enclaveId);
        });
}

void AgentClient::unsubscribeConsole(const QString &enclaveId)
{
    const Console c = m_consoles.take(enclaveId);
    if (c.subscription.isEmpty())
        return;
    m_subscriptionOwner.remove(c.subscription);
    if (m_state == State::Connected)
        call(QStringLiteral("console.unsubscribe"),
            QJsonObject { { QStringLiteral("subscription"), c.subscription } });
}

qint64 AgentClient::consoleNextSeq(const QString &enclaveId) const
{
    return m_consoles.value(enclaveId).nextSeq;
}

void AgentClient::openStream(
    quint32 cid, quint32 port, std::function<void(const RpcResult<QString> &)> callback, QObject *context)
{
    call(
        QStringLiteral("vsock.open"),
        QJsonObject { { QStringLiteral("cid"), qint64(cid) }, { QStringLiteral("port"), qint64(port) } },
        [this, callback](const RpcResult<QJsonValue> &r) {
            if (!r)
                return callback(std::unexpected(r.error()));
            const QString stream = r->toObject().value(QStringLiteral("stream")).toString();
            m_streams.append(stream);
            callback(stream);
        },
        context);
}

void AgentClient::writeStream(
    const QString &stream, const QByteArray &data, Callback callback, QObject *context)
{
    call(QStringLiteral("stream.write"),
        QJsonObject { { QStringLiteral("stream"), stream },
            { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } },
        std::move(callback), context);
}

void AgentClient::closeStream(const QString &stream, bool abort)
{
    call(QStringLiteral("stream.close"),
        QJsonObject { { QStringLiteral("stream"), stream }, { QStringLiteral("abort"), abort } });
    if (abort && m_streams.removeAll(stream) > 0)
        Q_EMIT streamClosed(stream, QStringLiteral("closed"));
}

void AgentClient::failAll(const RpcError &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.callback && (!p.hasContext || p.context))
            p.callback(std::unexpected(error));
    }
}

void AgentClient::checkDeadlines()
{
    const qint64 now = nowMs();
    QList<qint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->deadline > 0 && it->deadline < now)
            expired.append(it.key());
    for (qint64 id : expired) {
        Pending p = m_pending.take(id);
        if (p.method == u"hello" && m_process) {
            m_lastError = QStringLiteral("the agent did not answer hello in time");
            m_process->kill(); // onFinished reports it
        }
        if (p.callback && (!p.hasContext || p.context))
            p.callback(std::unexpected(
                RpcError::make(RpcError::Timeout, QStringLiteral("no reply to %1 in time").arg(p.method))));
    }
}

void AgentClient::onFinished()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    m_stderrTail += p->readAllStandardError();
    // The fixed remote command's "not installed" status (only meaningful before hello: once
    // connected, the exit status is the agent's own).
    const bool missing = !m_helloDone && m_endpoint.kind == AgentEndpoint::Kind::Ssh
        && p->exitStatus() == QProcess::NormalExit && p->exitCode() == AgentEndpoint::kAgentNotInstalledExit;
    p->deleteLater();
    m_deadlineTimer.stop();
    const bool wasConnected = m_helloDone;
    m_helloDone = false;
    m_subscriptionOwner.clear();
    for (auto &c : m_consoles)
        c.subscription.clear();
    const QStringList streams = std::exchange(m_streams, {});
    // The last line ssh printed says why (e.g. "Host key verification failed.").
    const QString tail = QString::fromLocal8Bit(m_stderrTail).trimmed().section(u'\n', -1).trimmed();
    QString reason = tail;
    if (reason.isEmpty())
        reason = m_lastError.isEmpty() ? tr("the agent connection closed") : m_lastError;
    m_agentMissing = missing;
    if (missing) {
        reason = tr("enclave-agent is not installed on %1; run 'enclave-tool remote %1 install-agent' "
                    "(or Install agent in Connections)")
                     .arg(m_endpoint.host);
        m_wanted = false; // retrying cannot help
    }
    m_lastError = reason;
    failAll(RpcError::make(RpcError::ConnectionLost, tr("connection lost: %1").arg(reason)));
    for (const QString &s : streams)
        Q_EMIT streamClosed(s, QStringLiteral("connection lost"));
    if (m_wanted && (wasConnected || m_state == State::Reconnecting) && m_attempt < m_maxAttempts) {
        scheduleReconnect(reason);
        return;
    }
    m_wanted = false;
    setState(State::Disconnected);
    if (!wasConnected)
        Q_EMIT errorOccurred(reason);
    Q_EMIT disconnected(reason, false);
}

void AgentClient::scheduleReconnect(const QString &reason)
{
    const int delay = int(qMin<qint64>(qint64(m_initialDelayMs) << qMin(m_attempt, 20), m_maxDelayMs));
    ++m_attempt;
    setState(State::Reconnecting);
    Q_EMIT disconnected(reason, true);
    m_reconnectTimer.start(delay);
}

} // namespace enclave::agent

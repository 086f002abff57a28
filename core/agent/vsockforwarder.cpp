#include "agent/vsockforwarder.h"

#include <QSocketNotifier>

#include "agent/agentclient.h"
#include "agent/fdchannel.h"
#include "agent/protocol.h"
#include "agent/sockets.h"

namespace enclave::agent {

namespace {
constexpr int kMaxUnackedWrites = 8;
constexpr int kMaxConnections = 16;
} // namespace

VsockForwarder::VsockForwarder(AgentClient *client, quint32 cid, quint32 port, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cid(cid)
    , m_port(port)
{
    connect(m_client, &AgentClient::streamData, this, [this](const QString &stream, const QByteArray &data) {
        auto it = m_connections.find(m_byStream.value(stream));
        if (it != m_connections.end())
            it->channel->write(data);
    });
    connect(m_client, &AgentClient::streamClosed, this, [this](const QString &stream, const QString &reason) {
        const quint64 key = m_byStream.value(stream);
        auto it = m_connections.find(key);
        if (it == m_connections.end())
            return;
        it->remoteEof = true;
        // The enclave side ended: pass EOF on, and drop the connection once the local side is done too.
        it->channel->closeWrite();
        if (it->localEof || reason != u"eof")
            finish(key, reason);
    });
}

VsockForwarder::~VsockForwarder()
{
    delete m_notifier;
    sockets::closeFd(m_listenFd);
}

Result<quint16> VsockForwarder::listen(quint16 localPort)
{
    quint16 bound = 0;
    auto fd = sockets::listenLoopbackTcp(localPort, &bound);
    if (!fd)
        return std::unexpected(fd.error());
    m_listenFd = *fd;
    m_notifier = new QSocketNotifier(qintptr(m_listenFd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &VsockForwarder::onAccept);
    return bound;
}

void VsockForwarder::onAccept()
{
    const int fd = sockets::acceptConnection(m_listenFd);
    if (fd < 0)
        return;
    if (m_connections.size() >= kMaxConnections) {
        sockets::closeFd(fd);
        Q_EMIT connectionFailed(QStringLiteral("too many forwarded connections"));
        return;
    }
    const quint64 key = m_nextKey++;
    auto *channel = new FdChannel(fd, fd, false, this);
    channel->setReadPaused(true); // until the stream exists
    channel->setReadChunk(protocol::kNotifyChunkBytes);
    m_connections.insert(key, Connection { channel, {}, 0, false, false });
    connect(
        channel, &FdChannel::dataRead, this, [this, key](const QByteArray &bytes) { pumpLocal(key, bytes); });
    connect(channel, &FdChannel::readFinished, this, [this, key] {
        auto it = m_connections.find(key);
        if (it == m_connections.end())
            return;
        it->localEof = true;
        if (it->remoteEof)
            return finish(key, QStringLiteral("eof"));
        m_client->closeStream(it->stream); // half-close towards the enclave
    });
    connect(channel, &FdChannel::failed, this, [this, key](const QString &message) { finish(key, message); });
    m_client->openStream(
        m_cid, m_port,
        [this, key](const RpcResult<QString> &r) {
            auto it = m_connections.find(key);
            if (it == m_connections.end()) {
                if (r)
                    m_client->closeStream(*r, true);
                return;
            }
            if (!r) {
                Q_EMIT connectionFailed(r.error().toString());
                finish(key, r.error().toString());
                return;
            }
            it->stream = *r;
            m_byStream.insert(*r, key);
            it->channel->setReadPaused(false);
            Q_EMIT connectionOpened(*r);
        },
        this);
}

void VsockForwarder::pumpLocal(quint64 key, const QByteArray &bytes)
{
    auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    ++it->unacked;
    if (it->unacked >= kMaxUnackedWrites)
        it->channel->setReadPaused(true);
    m_client->writeStream(
        it->stream, bytes,
        [this, key](const RpcResult<QJsonValue> &r) {
            auto c = m_connections.find(key);
            if (c == m_connections.end())
                return;
            --c->unacked;
            if (!r) {
                finish(key, r.error().toString());
                return;
            }
            if (c->unacked < kMaxUnackedWrites && !c->localEof)
                c->channel->setReadPaused(false);
        },
        this);
}

void VsockForwarder::finish(quint64 key, const QString &reason)
{
    auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    const Connection c = *it;
    m_connections.erase(it);
    if (!c.stream.isEmpty()) {
        m_byStream.remove(c.stream);
        if (!c.remoteEof)
            m_client->closeStream(c.stream, true);
    }
    // Let queued bytes towards the local client go out before closing.
    c.channel->closeWrite();
    c.channel->disconnect(this);
    if (c.channel->pendingWriteBytes() == 0) {
        c.channel->deleteLater();
    } else {
        connect(c.channel, &FdChannel::writeDrained, c.channel, &QObject::deleteLater);
        connect(c.channel, &FdChannel::failed, c.channel, &QObject::deleteLater);
    }
    Q_EMIT connectionClosed(c.stream, reason);
}

} // namespace enclave::agent

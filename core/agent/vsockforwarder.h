#pragma once

#include <QHash>
#include <QObject>

#include "common/error.h"

class QSocketNotifier;

namespace enclave::agent {

class AgentClient;
class FdChannel;

// Local port forwarding of an enclave's vsock port: listens on 127.0.0.1 only (never a
// wildcard address) and carries each accepted TCP connection over its own vsock.open stream,
// so users can point their own tools at an enclave service. Flow control: local reads pause
// while too many stream.write requests are unanswered.
class VsockForwarder final : public QObject {
    Q_OBJECT
public:
    VsockForwarder(AgentClient *client, quint32 cid, quint32 port, QObject *parent = nullptr);
    ~VsockForwarder() override;

    // localPort 0 picks a free port; returns the bound port.
    Result<quint16> listen(quint16 localPort);
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void connectionOpened(const QString &stream);
    void connectionClosed(const QString &stream, const QString &reason);
    void connectionFailed(const QString &message);

private:
    struct Connection {
        FdChannel *channel = nullptr;
        QString stream;
        int unacked = 0;
        bool localEof = false;
        bool remoteEof = false;
    };
    void onAccept();
    void pumpLocal(quint64 key, const QByteArray &bytes);
    void finish(quint64 key, const QString &reason);

    AgentClient *m_client;
    quint32 m_cid;
    quint32 m_port;
    int m_listenFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    quint64 m_nextKey = 1;
    QHash<quint64, Connection> m_connections;
    QHash<QString, quint64> m_byStream;
};

} // namespace enclave::agent

#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace enclave::agent {

// Non-blocking byte pipe over POSIX file descriptors (a socket, or stdin/stdout), driven by
// QSocketNotifier so it works with Qt6::Core alone. Writes are queued without limit here;
// callers bound what they queue with pendingWriteBytes() (backpressure is their policy).
class FdChannel final : public QObject {
    Q_OBJECT
public:
    // Takes ownership of both descriptors (the same one for a socket). When connecting is true
    // the socket is in a non-blocking connect() and connected() is emitted once it completes.
    FdChannel(int readFd, int writeFd, bool connecting = false, QObject *parent = nullptr);
    ~FdChannel() override;

    void write(const QByteArray &bytes);
    qint64 pendingWriteBytes() const { return m_pending; }
    bool isOpen() const { return m_readFd >= 0 || m_writeFd >= 0; }
    bool isConnecting() const { return m_connecting; }
    // Stop reading (backpressure); bytes stay in the kernel buffer until resumed.
    void setReadPaused(bool paused);
    // Half-close once the write queue drained (shutdown(SHUT_WR) on sockets, close() on pipes).
    void closeWrite();
    void close();
    // Reads at most this many bytes per readiness event.
    void setReadChunk(qsizetype bytes) { m_readChunk = bytes; }

Q_SIGNALS:
    void connected();
    void dataRead(const QByteArray &bytes);
    void readFinished(); // EOF from the peer
    void writeDrained(); // the write queue became empty
    void failed(const QString &message);

private:
    void onReadable();
    void onWritable();
    void flush();
    void finishConnect();
    void closeRead();
    void closeWriteNow();

    int m_readFd = -1;
    int m_writeFd = -1;
    bool m_sameFd = false;
    bool m_writeIsSocket = false;
    bool m_connecting = false;
    bool m_paused = false;
    bool m_closeWriteWhenDrained = false;
    qsizetype m_readChunk = 64 * 1024;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QList<QByteArray> m_queue;
    qsizetype m_headOffset = 0;
    qint64 m_pending = 0;
};

} // namespace enclave::agent

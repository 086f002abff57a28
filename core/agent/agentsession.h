#pragma once

#include <functional>
#include <memory>

#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include "agent/linebuffer.h"
#include "agent/rpcerror.h"

namespace enclave::agent {

class EnclaveBackend;
class FdChannel;
class EifUpload;

// Limits and paths of one agent session. Every bound an untrusted client could push on.
struct AgentConfig {
    QString imageDir;
    QString hostname;
    qint64 maxUploadBytes = 8LL << 30; // one EIF
    int maxUploads = 2; // concurrent uploads per session
    int maxSubscriptions = 32;
    int maxStreams = 16;
    qint64 streamWriteLimit = 4 << 20; // bytes queued towards one vsock peer
    qint64 outputSoftLimit = 4 << 20; // stop producing console/stream data above this
    qint64 outputHardLimit = 64 << 20; // a client that never reads is dropped
    int refreshIntervalMs = 2000; // how often enclaves are checked while consoles are open
    // eif.describe override (tests); by default the EIF module's EifDescription, as describe-eif prints.
    std::function<RpcResult<QJsonObject>(const QString &path)> describeEif;
};

// One client connection: reads JSON-RPC lines from inFd (stdin under sshd), answers on outFd,
// dispatches to an EnclaveBackend. Validates every request before acting (see PROTOCOL.md).
class AgentSession final : public QObject {
    Q_OBJECT
public:
    AgentSession(EnclaveBackend *backend, AgentConfig config, int inFd, int outFd, QObject *parent = nullptr);
    ~AgentSession() override;

    void start();

Q_SIGNALS:
    // The client went away or broke the protocol; exitCode 0 for a clean end.
    void finished(int exitCode);

private:
    struct Subscription {
        QString enclaveId;
        QString logPath;
        qint64 nextSeq = 0;
    };
    struct Stream {
        FdChannel *channel = nullptr;
        QJsonValue pendingOpenId; // vsock.open reply still owed
        bool isHealthCheck = false;
    };
    using Respond = std::function<void(RpcResult<QJsonValue>)>;

    void onInput(const QByteArray &bytes);
    void handleLine(const QByteArray &line);
    void dispatch(const QString &method, const QJsonObject &params, const Respond &respond);
    void send(const QJsonObject &message);
    void endSession(int exitCode, const QString &why);
    void pump();
    void schedulePump();
    void onOutputDrained();

    void doHello(const QJsonObject &p, const Respond &r);
    void doRun(const QJsonObject &p, const Respond &r);
    void doEifList(const QJsonObject &p, const Respond &r);
    void doEifDescribe(const QJsonObject &p, const Respond &r);
    void doUploadBegin(const QJsonObject &p, const Respond &r);
    void doUploadChunk(const QJsonObject &p, const Respond &r);
    void doUploadFinish(const QJsonObject &p, const Respond &r);
    void doUploadAbort(const QJsonObject &p, const Respond &r);
    // Validates {uploadId} (nothing else) and removes that upload from the session.
    RpcResult<std::shared_ptr<EifUpload>> takeUpload(const QJsonObject &p);
    void doSubscribe(const QJsonObject &p, const Respond &r);
    void doUnsubscribe(const QJsonObject &p, const Respond &r);
    void doVsockOpen(const QJsonObject &p, const Respond &r);
    void doStreamWrite(const QJsonObject &p, const Respond &r);
    void doStreamClose(const QJsonObject &p, const Respond &r);
    void doHealthCheck(const QJsonObject &p, const Respond &r);
    void doHostInfo(const QJsonObject &p, const Respond &r);
    void doWatch(const QJsonObject &p, const Respond &r);
    void pollEnclaves();
    void closeStream(const QString &id, const QString &reason, bool notify);

    // An image path confined to the image directory (symlinks resolved), or an error.
    RpcResult<QString> resolveImage(const QString &relative) const;
    QString nextHandle(const char *prefix);

    EnclaveBackend *m_backend;
    AgentConfig m_config;
    FdChannel *m_in = nullptr;
    FdChannel *m_out = nullptr;
    LineBuffer m_lines;
    bool m_ending = false;
    quint64 m_handleCounter = 0;
    QHash<QString, Subscription> m_subscriptions;
    QHash<QString, Stream> m_streams;
    QHash<QString, std::shared_ptr<EifUpload>> m_uploads;
    QTimer m_pumpTimer;
    QFileSystemWatcher m_watcher; // inotify: console bytes go out as soon as they are written
    QTimer m_refreshTimer;
    bool m_pumpQueued = false;
    QTimer m_watchTimer; // enclaves.watch: polls the backend, notifies on change
    QJsonArray m_lastEnclaves;
    bool m_watchPolling = false;
    bool m_watchNotified = false;
    int m_describesRunning = 0; // eif.describe worker threads in flight (at most 2)
};

} // namespace enclave::agent

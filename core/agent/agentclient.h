#pragma once

#include <functional>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include "agent/agentendpoint.h"
#include "agent/linebuffer.h"
#include "agent/rpcerror.h"

namespace enclave::agent {

// Client side of the enclave-agent protocol: starts ssh (or a local agent) with an argument
// list, speaks JSON-RPC over its stdin/stdout, and reports everything through signals and
// callbacks (never blocks; callSync is for command-line tools and tests only).
//
// After a connection that said hello is lost, it reconnects with exponential backoff and
// resubscribes every console from the next sequence number it has not yet delivered, so
// consoleData() delivers each console byte exactly once, in order, across reconnects (or
// reports a consoleGap() when the agent's ring no longer holds the missing range).
// Requests in flight when the connection drops fail with RpcError::ConnectionLost; they are
// not replayed (enclaves.run is not idempotent). vsock streams end with the connection.
class AgentClient final : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)
    using Callback = std::function<void(const RpcResult<QJsonValue> &)>;

    explicit AgentClient(QObject *parent = nullptr);
    ~AgentClient() override;

    void setEndpoint(const AgentEndpoint &endpoint) { m_endpoint = endpoint; }
    AgentEndpoint endpoint() const { return m_endpoint; }
    // Attempts after a lost connection (0 disables reconnecting), first delay, delay cap.
    void setReconnectPolicy(int maxAttempts, int initialDelayMs, int maxDelayMs);
    void setHelloTimeout(int ms) { m_helloTimeoutMs = ms; }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

    void connectToAgent();
    void disconnectFromAgent();
    State state() const { return m_state; }
    QJsonObject helloInfo() const { return m_hello; }
    QString lastError() const { return m_lastError; }
    // True when the last attempt ended because the host has no enclave-agent installed (the
    // default remote command's AgentEndpoint::kAgentNotInstalledExit).
    bool agentMissing() const { return m_agentMissing; }
    // PID of the ssh (or local agent) process, 0 when none runs.
    qint64 processId() const;

    // Sends one request; the callback runs once with the result or the error. context (when
    // given) guards the callback: if it is destroyed first, the callback is dropped.
    qint64 call(const QString &method, const QJsonObject &params = {}, Callback callback = {},
        QObject *context = nullptr);
    // Runs a nested event loop until the reply arrives (CLI and tests only).
    RpcResult<QJsonValue> callSync(
        const QString &method, const QJsonObject &params = {}, int timeoutMs = 60000);
    // Waits (nested loop) until Connected or the attempt failed (CLI and tests only).
    bool waitForConnected(int timeoutMs = 30000);

    // Conveniences for the methods a GUI uses most.
    void listEnclaves(Callback callback, QObject *context = nullptr);
    void runEnclave(const QJsonObject &params, Callback callback, QObject *context = nullptr);
    void terminateEnclave(const QString &enclaveId, Callback callback, QObject *context = nullptr);

    // Follows an enclave's console from fromSeq (0 = the oldest byte the agent kept).
    void subscribeConsole(const QString &enclaveId, qint64 fromSeq = 0);
    void unsubscribeConsole(const QString &enclaveId);
    bool isSubscribed(const QString &enclaveId) const { return m_consoles.contains(enclaveId); }
    // The next sequence number consoleData() will deliver for this enclave.
    qint64 consoleNextSeq(const QString &enclaveId) const;

    // Asks the agent to push enclaves.changed whenever the list changes (polled every
    // intervalMs on the agent; 0 stops). Renewed after a reconnect.
    void watchEnclaves(int intervalMs = 2000);

    // vsock streams (ended by stream.closed or by losing the connection).
    void openStream(quint32 cid, quint32 port, std::function<void(const RpcResult<QString> &)> callback,
        QObject *context = nullptr);
    void writeStream(
        const QString &stream, const QByteArray &data, Callback callback = {}, QObject *context = nullptr);
    // Half-close (the peer sees EOF) or, with abort, drop the stream at once.
    void closeStream(const QString &stream, bool abort = false);

Q_SIGNALS:
    void stateChanged(enclave::agent::AgentClient::State state);
    void connected(const QJsonObject &hello);
    // The connection went away; reconnecting tells whether a new attempt is scheduled.
    void disconnected(const QString &reason, bool reconnecting);
    void errorOccurred(const QString &message);
    void consoleData(const QString &enclaveId, qint64 seq, const QByteArray &data);
    void consoleGap(const QString &enclaveId, qint64 fromSeq, qint64 toSeq);
    void consoleClosed(const QString &enclaveId, const QString &reason);
    // The full enclaves.list result, first right after watchEnclaves(), then on every change.
    void enclavesChanged(const QJsonArray &enclaves);
    void streamData(const QString &stream, const QByteArray &data);
    void streamClosed(const QString &stream, const QString &reason);
    // Any other notification from the agent.
    void notificationReceived(const QString &method, const QJsonObject &params);

private:
    // tests/fuzz/fuzz_agentreply.cpp primes requests and subscriptions and feeds receive() directly:
    // no process, no timers, the same code path as onReadyRead().
    friend class AgentClientFuzzAccess;

    struct Pending {
        QString method;
        Callback callback;
        QPointer<QObject> context;
        bool hasContext = false;
        qint64 deadline = 0;
    };
    struct Console {
        QString subscription;
        qint64 nextSeq = 0;
        quint64 request = 0; // the console.subscribe whose reply this entry waits for
    };

    void setState(State s);
    void startProcess();
    void onReadyRead();
    // Everything the agent sent on stdout goes through here: lines, JSON, replies, notifications.
    void receive(const QByteArray &bytes);
    void onFinished();
    void handleMessage(const QJsonObject &message);
    void handleNotification(const QString &method, const QJsonObject &params);
    // console.data as the agent writes it, without a JSON parse of its base64 (see .cpp);
    // false when the line has another shape (the generic path then takes it).
    bool takeConsoleDataLine(const QByteArray &line);
    void handleConsoleData(const QJsonObject &params, const QByteArray &data);
    void sendSubscribe(const QString &enclaveId);
    void failAll(const RpcError &error);
    void scheduleReconnect(const QString &reason);
    void checkDeadlines();

    AgentEndpoint m_endpoint;
    QProcess *m_process = nullptr;
    LineBuffer m_lines;
    State m_state = State::Disconnected;
    QJsonObject m_hello;
    QString m_lastError;
    QByteArray m_stderrTail;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QHash<QString, Console> m_consoles; // by enclave ID
    QHash<QString, QString> m_subscriptionOwner; // subscription -> enclave ID
    QStringList m_streams;
    bool m_wanted = false;
    int m_watchIntervalMs = 0;
    quint64 m_subscribeCounter = 0;
    bool m_helloDone = false;
    bool m_agentMissing = false;
    int m_maxAttempts = 10;
    int m_initialDelayMs = 250;
    int m_maxDelayMs = 10000;
    int m_attempt = 0;
    int m_helloTimeoutMs = 30000;
    int m_requestTimeoutMs = 330000;
    QTimer m_reconnectTimer;
    QTimer m_deadlineTimer;
};

} // namespace enclave::agent

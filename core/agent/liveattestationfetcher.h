#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "attestation/attestationendpoint.h"

namespace enclave::agent {

class AgentClient;

// Asks a running enclave for an attestation document through the agent's vsock.open stream (no new
// port on the parent): makes a fresh 32-byte random nonce, writes the endpoint's request, reads the
// answer with AttestationResponseReader (16 KiB cap) and a timeout. Exactly one of fetched() or
// failed() is emitted per start(); the stream is closed either way, and the agent connection stays
// usable.
class LiveAttestationFetcher final : public QObject {
    Q_OBJECT
public:
    static constexpr int kNonceBytes = 32;
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit LiveAttestationFetcher(AgentClient *client, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(quint32 cid, const AttestationEndpoint &endpoint);
    bool isRunning() const { return m_running; }
    QByteArray nonce() const { return m_nonce; }
    AttestationEndpoint endpoint() const { return m_endpoint; }

    static QByteArray freshNonce();

Q_SIGNALS:
    void fetched(const QByteArray &document);
    void failed(const QString &error);

private:
    void onData(const QString &stream, const QByteArray &data);
    void onClosed(const QString &stream, const QString &reason);
    void settle();
    void finishWithError(const QString &error);

    QPointer<AgentClient> m_client;
    AttestationEndpoint m_endpoint;
    std::optional<AttestationResponseReader> m_reader;
    QByteArray m_nonce;
    QString m_stream;
    QTimer m_timer;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace enclave::agent

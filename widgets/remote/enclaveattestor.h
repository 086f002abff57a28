#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "agent/liveattestation.h"
#include "attestation/attestationendpoint.h"
#include "crypto/x509certificate.h"
#include "measure/measurements.h"

namespace enclave::agent {
class AgentClient;
class LiveAttestationFetcher;
} // namespace enclave::agent

namespace enclave::ui {

// Live attestation of the enclaves on one dashboard: fetches a fresh document over a new nonce
// through the agent (core's LiveAttestationFetcher), has core judge it (evaluateLiveAttestation),
// keeps the last verdict per enclave and re-attests on an optional interval. The endpoint is chosen
// per image name and remembered (QSettings). Views show statusText(); nothing here parses bytes.
class EnclaveAttestor final : public QObject {
    Q_OBJECT
public:
    struct State {
        bool running = false;
        QDateTime finishedAt;
        std::optional<agent::LiveAttestationResult> result;
        QByteArray document;
        QByteArray nonce; // what the fetch sent
        qint64 maxAgeSeconds = 300;
        QString fetchError; // the endpoint could not be reached or answered garbage
        AttestationEndpoint endpoint;
    };

    EnclaveAttestor(agent::AgentClient *client, QObject *parent = nullptr);
    ~EnclaveAttestor() override;

    // Only the local-simulator connection passes its own root; everything else trusts AWS's.
    void setTrustedRoot(const std::optional<X509Certificate> &root) { m_root = root; }
    std::optional<X509Certificate> trustedRoot() const { return m_root; }
    // 0 = only on demand.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    void setMaxAgeSeconds(qint64 seconds) { m_maxAgeSeconds = seconds; }

    static AttestationEndpoint endpointForImage(const QString &imageName);
    static void rememberEndpoint(const QString &imageName, const AttestationEndpoint &endpoint);

    // Starts one attestation (ignored while one runs for that enclave).
    void attest(const QString &enclaveId, quint32 cid, const QString &imageName, const Measurements &image);
    // Forget enclaves that are gone.
    void retain(const QStringList &enclaveIds);

    const State *state(const QString &enclaveId) const;
    // "verified 12 s ago, matches image" / "MISMATCH: PCR2" / "debug mode" / "no endpoint" / "stale"
    QString statusText(
        const QString &enclaveId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // -1 bad, 0 neutral, 1 good: for colouring.
    int severity(const QString &enclaveId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

Q_SIGNALS:
    void changed(const QString &enclaveId);
    // The interval elapsed: the dashboard calls attest() for each running enclave.
    void reattestDue();

private:
    agent::AgentClient *m_client;
    std::optional<X509Certificate> m_root;
    QHash<QString, State> m_states;
    QHash<QString, QPointer<agent::LiveAttestationFetcher>> m_fetchers;
    QTimer m_interval;
    int m_intervalSeconds = 0;
    qint64 m_maxAgeSeconds = 300;
};

} // namespace enclave::ui

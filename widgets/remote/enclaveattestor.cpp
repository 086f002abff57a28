#include "remote/enclaveattestor.h"

#include <QJsonDocument>
#include <QSettings>

#include "agent/agentclient.h"
#include "agent/liveattestationfetcher.h"

namespace enclave::ui {

using agent::LiveAttestationResult;

EnclaveAttestor::EnclaveAttestor(agent::AgentClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_interval, &QTimer::timeout, this, &EnclaveAttestor::reattestDue);
}

EnclaveAttestor::~EnclaveAttestor() = default;

void EnclaveAttestor::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    if (m_intervalSeconds > 0)
        m_interval.start(m_intervalSeconds * 1000);
    else
        m_interval.stop();
}

AttestationEndpoint EnclaveAttestor::endpointForImage(const QString &imageName)
{
    QSettings s;
    const QByteArray json = s.value(QStringLiteral("attestation/endpoints/") + imageName).toByteArray();
    if (!json.isEmpty()) {
        if (auto e = AttestationEndpoint::fromJson(QJsonDocument::fromJson(json).object()))
            return *e;
    }
    return *AttestationEndpoint::preset(QStringLiteral("raw"));
}

void EnclaveAttestor::rememberEndpoint(const QString &imageName, const AttestationEndpoint &endpoint)
{
    if (imageName.isEmpty())
        return;
    QSettings s;
    s.setValue(QStringLiteral("attestation/endpoints/") + imageName,
        QJsonDocument(endpoint.toJson()).toJson(QJsonDocument::Compact));
}

void EnclaveAttestor::attest(
    const QString &enclaveId, quint32 cid, const QString &imageName, const Measurements &image)
{
    State &st = m_states[enclaveId];
    if (st.running)
        return;
    st.maxAgeSeconds = m_maxAgeSeconds;
    st.running = true;
    st.endpoint = endpointForImage(imageName);
    auto *fetcher = new agent::LiveAttestationFetcher(m_client, this);
    m_fetchers.insert(enclaveId, fetcher);
    Q_EMIT changed(enclaveId);
    connect(fetcher, &agent::LiveAttestationFetcher::fetched, this,
        [this, enclaveId, fetcher, image](const QByteArray &document) {
            agent::LiveAttestationOptions options;
            options.nonce = fetcher->nonce();
            options.nonceCarried = fetcher->endpoint().carriesNonce();
            options.maxAgeSeconds = m_maxAgeSeconds;
            options.trustedRoot = m_root;
            options.image = image;
            State &s = m_states[enclaveId];
            s.running = false;
            s.finishedAt = QDateTime::currentDateTimeUtc();
            s.result = agent::evaluateLiveAttestation(document, options);
            s.document = document;
            s.nonce = fetcher->nonce();
            s.fetchError.clear();
            fetcher->deleteLater();
            Q_EMIT changed(enclaveId);
        });
    connect(fetcher, &agent::LiveAttestationFetcher::failed, this,
        [this, enclaveId, fetcher](const QString &error) {
            State &s = m_states[enclaveId];
            s.running = false;
            s.finishedAt = QDateTime::currentDateTimeUtc();
            s.fetchError = error;
            fetcher->deleteLater();
            Q_EMIT changed(enclaveId);
        });
    fetcher->start(cid, st.endpoint);
}

void EnclaveAttestor::retain(const QStringList &enclaveIds)
{
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (!enclaveIds.contains(it.key()) && !it->running)
            it = m_states.erase(it);
        else
            ++it;
    }
}

const EnclaveAttestor::State *EnclaveAttestor::state(const QString &enclaveId) const
{
    const auto it = m_states.constFind(enclaveId);
    return it == m_states.cend() ? nullptr : &*it;
}

QString EnclaveAttestor::statusText(const QString &enclaveId, const QDateTime &now) const
{
    const State *st = state(enclaveId);
    if (!st)
        return {};
    if (st->running)
        return tr("attesting…");
    if (!st->fetchError.isEmpty())
        return tr("no endpoint: vsock port %1 gave no document (details in the tooltip)")
            .arg(st->endpoint.port);
    if (!st->result)
        return {};
    const qint64 ago = st->finishedAt.secsTo(now);
    const bool stale
        = ago > m_maxAgeSeconds || (m_intervalSeconds > 0 && ago > 2 * qint64(m_intervalSeconds));
    const QString prefix = st->result->simulated ? tr("SIMULATED: ") : QString();
    switch (st->result->status) {
    case LiveAttestationResult::Status::Matches:
        if (stale)
            return prefix + tr("stale: last verified %1 s ago").arg(ago);
        return prefix + tr("verified %1 s ago, matches image").arg(ago);
    case LiveAttestationResult::Status::Mismatch:
    case LiveAttestationResult::Status::NotVerified: {
        QString text = st->result->summary();
        if (st->result->simulated && text.startsWith(prefix))
            text = text.mid(prefix.size());
        return prefix + text;
    }
    case LiveAttestationResult::Status::DebugMode:
        return prefix + tr("debug mode: zero PCRs by design, proves nothing about the image");
    }
    return {};
}

int EnclaveAttestor::severity(const QString &enclaveId, const QDateTime &now) const
{
    const State *st = state(enclaveId);
    if (!st || st->running)
        return 0;
    if (!st->fetchError.isEmpty() || !st->result)
        return -1;
    if (st->result->status == LiveAttestationResult::Status::Matches)
        return st->finishedAt.secsTo(now) > m_maxAgeSeconds ? 0 : 1;
    return st->result->status == LiveAttestationResult::Status::DebugMode ? 0 : -1;
}

} // namespace enclave::ui

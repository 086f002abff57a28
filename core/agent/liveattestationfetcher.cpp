#include "agent/liveattestationfetcher.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include "agent/agentclient.h"

namespace enclave::agent {

namespace {
// Messages for people, translated in context "LiveAttestationFetcher".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LiveAttestationFetcher)
};
} // namespace

LiveAttestationFetcher::LiveAttestationFetcher(AgentClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finishWithError(
            Tr::tr("no complete answer from the attestation endpoint within %1 s").arg(m_timeoutMs / 1000.0));
    });
    connect(client, &AgentClient::streamData, this, &LiveAttestationFetcher::onData);
    connect(client, &AgentClient::streamClosed, this, &LiveAttestationFetcher::onClosed);
}

QByteArray LiveAttestationFetcher::freshNonce()
{
    // QRandomGenerator::system() draws from the operating system's CSPRNG (getrandom).
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), kNonceBytes / 4);
    return nonce;
}

void LiveAttestationFetcher::start(quint32 cid, const AttestationEndpoint &endpoint)
{
    if (m_running || !m_client)
        return;
    if (auto valid = endpoint.validate(); !valid) {
        Q_EMIT failed(valid.error().message);
        return;
    }
    m_running = true;
    m_endpoint = endpoint;
    m_reader.emplace(endpoint);
    m_nonce = freshNonce();
    m_stream.clear();
    m_timer.start(m_timeoutMs);
    const quint64 generation = ++m_generation;
    m_client->openStream(
        cid, endpoint.port,
        [this, generation](const RpcResult<QString> &stream) {
            if (generation != m_generation || !m_running) {
                if (stream && m_client)
                    m_client->closeStream(*stream, true);
                return;
            }
            if (!stream) {
                finishWithError(
                    Tr::tr("cannot reach the attestation endpoint: %1").arg(stream.error().toString()));
                return;
            }
            m_stream = *stream;
            m_client->writeStream(
                m_stream, m_endpoint.request(m_nonce),
                [this, generation](const RpcResult<QJsonValue> &r) {
                    if (!r && generation == m_generation && m_running)
                        finishWithError(Tr::tr("cannot send the request: %1").arg(r.error().toString()));
                },
                this);
        },
        this);
}

void LiveAttestationFetcher::onData(const QString &stream, const QByteArray &data)
{
    if (!m_running || stream != m_stream)
        return;
    m_reader->feed(data);
    settle();
}

void LiveAttestationFetcher::onClosed(const QString &stream, const QString &reason)
{
    if (!m_running || stream != m_stream)
        return;
    m_stream.clear(); // gone already: nothing to close
    if (m_reader->finish() == AttestationResponseReader::State::Failed && reason != QLatin1String("eof")) {
        finishWithError(Tr::tr("%1 (stream closed: %2)").arg(m_reader->error(), reason));
        return;
    }
    settle();
}

void LiveAttestationFetcher::settle()
{
    switch (m_reader->state()) {
    case AttestationResponseReader::State::NeedMore:
        return;
    case AttestationResponseReader::State::Failed:
        finishWithError(m_reader->error());
        return;
    case AttestationResponseReader::State::Done: {
        const QByteArray document = m_reader->document();
        m_timer.stop();
        m_running = false;
        if (!m_stream.isEmpty() && m_client)
            m_client->closeStream(std::exchange(m_stream, {}), true);
        Q_EMIT fetched(document);
        return;
    }
    }
}

void LiveAttestationFetcher::finishWithError(const QString &error)
{
    if (!m_running)
        return;
    m_timer.stop();
    m_running = false;
    ++m_generation;
    if (!m_stream.isEmpty() && m_client)
        m_client->closeStream(std::exchange(m_stream, {}), true);
    Q_EMIT failed(error);
}

} // namespace enclave::agent

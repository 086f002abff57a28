#include "remote/eifuploader.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "agent/agentclient.h"
#include "crypto/digest.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {
void hashFile(QPromise<QByteArray> &promise, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const qint64 size = f.size();
    promise.setProgressRange(0, 1000);
    Digest digest(Digest::Algorithm::Sha384);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    while (!promise.isCanceled()) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return;
        if (n == 0)
            break;
        digest.update(buffer.constData(), n);
        done += n;
        promise.setProgressValue(size > 0 ? int(done * 1000 / size) : 1000);
    }
    if (!promise.isCanceled() && done == size)
        promise.addResult(digest.finalize());
}
} // namespace

EifUploader::EifUploader(agent::AgentClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_hashWatcher, &QFutureWatcher<QByteArray>::progressValueChanged, this,
        [this](int v) { Q_EMIT progress(Phase::Hashing, qint64(v) * m_size / 1000, m_size); });
    connect(&m_hashWatcher, &QFutureWatcher<QByteArray>::finished, this, [this] {
        if (!m_running)
            return;
        const QFuture<QByteArray> f = m_hashWatcher.future();
        if (f.isCanceled() || f.resultCount() == 0)
            return fail(tr("could not read %1").arg(m_file.fileName()));
        begin(f.result());
    });
}

EifUploader::~EifUploader()
{
    m_hashWatcher.cancel();
    m_hashWatcher.waitForFinished();
}

void EifUploader::start(const QString &localPath, const QString &remoteName)
{
    if (m_running)
        return;
    m_file.setFileName(localPath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("cannot open %1: %2").arg(localPath, m_file.errorString()));
        return;
    }
    m_size = m_file.size();
    m_remoteName = remoteName;
    m_sent = m_acked = 0;
    m_inFlight = 0;
    m_uploadId.clear();
    m_finishing = false;
    m_running = true;
    m_hashWatcher.setFuture(QtConcurrent::run(hashFile, localPath));
}

void EifUploader::begin(const QByteArray &sha384)
{
    if (!m_client)
        return fail(tr("not connected"));
    m_client->call(
        u"eif.upload.begin"_s,
        QJsonObject { { u"name"_s, m_remoteName }, { u"size"_s, m_size },
            { u"sha384"_s, QString::fromLatin1(sha384.toHex()) } },
        [this](const agent::RpcResult<QJsonValue> &r) {
            if (!m_running)
                return;
            if (!r)
                return fail(r.error().toString());
            m_uploadId = r->toObject().value(u"uploadId"_s).toString();
            pump();
        },
        this);
}

void EifUploader::pump()
{
    if (!m_running || !m_client)
        return;
    while (m_inFlight < InFlight && m_sent < m_size) {
        const QByteArray chunk = m_file.read(qMin(ChunkBytes, m_size - m_sent));
        if (chunk.isEmpty())
            return fail(tr("could not read %1").arg(m_file.fileName()));
        const qint64 offset = m_sent;
        m_sent += chunk.size();
        ++m_inFlight;
        m_client->call(
            u"eif.upload.chunk"_s,
            QJsonObject { { u"uploadId"_s, m_uploadId }, { u"offset"_s, offset },
                { u"data"_s, QString::fromLatin1(chunk.toBase64()) } },
            [this, n = chunk.size()](const agent::RpcResult<QJsonValue> &r) {
                --m_inFlight;
                if (!m_running)
                    return;
                if (!r)
                    return fail(r.error().toString());
                m_acked += n;
                Q_EMIT progress(Phase::Sending, m_acked, m_size);
                pump();
            },
            this);
    }
    if (m_sent == m_size && m_inFlight == 0 && !m_finishing) {
        m_finishing = true;
        m_client->call(
            u"eif.upload.finish"_s, QJsonObject { { u"uploadId"_s, m_uploadId } },
            [this](const agent::RpcResult<QJsonValue> &r) {
                if (!m_running)
                    return;
                m_running = false;
                m_file.close();
                if (!r) {
                    Q_EMIT failed(r.error().toString());
                    return;
                }
                Q_EMIT finished(r->toObject().value(u"name"_s).toString());
            },
            this);
    }
}

void EifUploader::fail(const QString &message)
{
    const bool hadUpload = !m_uploadId.isEmpty();
    m_running = false;
    m_file.close();
    if (hadUpload && m_client)
        m_client->call(u"eif.upload.abort"_s, QJsonObject { { u"uploadId"_s, m_uploadId } });
    m_uploadId.clear();
    Q_EMIT failed(message);
}

void EifUploader::cancel()
{
    if (!m_running)
        return;
    m_hashWatcher.cancel();
    fail(tr("cancelled"));
}

} // namespace enclave::ui

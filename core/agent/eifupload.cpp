#include "agent/eifupload.h"

namespace enclave::agent {

EifUpload::EifUpload(const QString &targetPath, qint64 size, const QByteArray &sha384)
    : m_file(targetPath)
    , m_expected(sha384)
    , m_size(size)
{
}

EifUpload::~EifUpload()
{
    abort();
}

RpcResult<std::shared_ptr<EifUpload>> EifUpload::begin(
    const QString &targetPath, qint64 size, const QByteArray &sha384)
{
    std::shared_ptr<EifUpload> upload(new EifUpload(targetPath, size, sha384));
    if (!upload->m_file.open(QIODevice::WriteOnly))
        return rpcError(RpcError::IoError,
            QStringLiteral("cannot create a temporary file for %1: %2")
                .arg(targetPath, upload->m_file.errorString()));
    return upload;
}

RpcResult<qint64> EifUpload::append(qint64 offset, const QByteArray &data)
{
    if (m_done)
        return rpcError(RpcError::InvalidParams, QStringLiteral("upload already finished"));
    if (offset != m_received)
        return rpcError(RpcError::InvalidParams,
            QStringLiteral("chunk offset %1 does not continue the upload at %2").arg(offset).arg(m_received));
    if (data.size() > m_size - m_received)
        return rpcError(RpcError::LimitExceeded,
            QStringLiteral("chunk goes past the announced size of %1 bytes").arg(m_size));
    if (m_file.write(data) != data.size())
        return rpcError(RpcError::IoError, QStringLiteral("write failed: %1").arg(m_file.errorString()));
    m_hash.addData(data);
    m_received += data.size();
    return m_received;
}

RpcResult<void> EifUpload::finish()
{
    if (m_done)
        return rpcError(RpcError::InvalidParams, QStringLiteral("upload already finished"));
    if (m_received != m_size) {
        return rpcError(RpcError::InvalidParams,
            QStringLiteral("upload incomplete: %1 of %2 bytes").arg(m_received).arg(m_size));
    }
    m_done = true;
    if (m_hash.result() != m_expected) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled this only discards the temporary file
        return rpcError(RpcError::ChecksumMismatch,
            QStringLiteral("SHA-384 of the received bytes is %1, not the announced one; nothing was stored")
                .arg(QString::fromLatin1(m_hash.result().toHex())));
    }
    if (!m_file.commit())
        return rpcError(
            RpcError::IoError, QStringLiteral("cannot store the upload: %1").arg(m_file.errorString()));
    return {};
}

void EifUpload::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_file.cancelWriting();
    m_file.commit();
}

} // namespace enclave::agent

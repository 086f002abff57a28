#pragma once

#include <memory>

#include <QCryptographicHash>
#include <QSaveFile>
#include <QString>

#include "agent/rpcerror.h"

namespace enclave::agent {

// One EIF upload into the image directory: bytes arrive in order into a temporary file next to
// the target (QSaveFile), are hashed on the way, and the file appears under its name only
// after the whole size arrived and the SHA-384 matched (atomic rename). Anything else leaves
// no trace.
class EifUpload final {
public:
    static RpcResult<std::shared_ptr<EifUpload>> begin(
        const QString &targetPath, qint64 size, const QByteArray &sha384);
    ~EifUpload();

    RpcResult<qint64> append(qint64 offset, const QByteArray &data);
    RpcResult<void> finish();
    void abort();
    qint64 received() const { return m_received; }
    qint64 size() const { return m_size; }
    QString targetPath() const { return m_file.fileName(); }

private:
    EifUpload(const QString &targetPath, qint64 size, const QByteArray &sha384);

    QSaveFile m_file;
    QCryptographicHash m_hash { QCryptographicHash::Sha384 };
    QByteArray m_expected;
    qint64 m_size = 0;
    qint64 m_received = 0;
    bool m_done = false;
};

} // namespace enclave::agent

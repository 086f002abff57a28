#include "common/readfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace enclave {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enclave::readFileLimited", text);
}
} // namespace

Result<QByteArray> readFileLimited(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(Error::Code::Io, tr("cannot open: not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("cannot open: %1").arg(file.errorString()));
    const auto tooLarge = [&](qint64 size) {
        return makeError(Error::Code::LimitExceeded,
            tr("file is %1 bytes, too large (limit %2 bytes)").arg(size).arg(maxBytes), 0);
    };
    if (file.size() > maxBytes)
        return tooLarge(file.size());
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return tooLarge(bytes.size());
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Code::Io, tr("cannot read: %1").arg(file.errorString()));
    return bytes;
}

} // namespace enclave

#include "signing/signingfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "common/readfile.h"

namespace enclave {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SigningFiles)
};
} // namespace

Result<QByteArray> SigningFiles::readPem(const QString &path)
{
    return readFileLimited(path, MaxPemFileSize);
}

Result<QByteArray> SigningFiles::readPassphrase(const QString &path)
{
    // Only the first line counts, so only that much is read (a FIFO or device is refused first:
    // reading one could block).
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(Error::Code::Io, Tr::tr("cannot open: not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()));
    QByteArray line = file.readLine(MaxPassphraseLength + 2);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() > MaxPassphraseLength)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("passphrase line longer than %1 bytes").arg(MaxPassphraseLength));
    if (line.isEmpty())
        return makeError(Error::Code::Malformed, Tr::tr("the passphrase (first line) is empty"));
    return line;
}

} // namespace enclave

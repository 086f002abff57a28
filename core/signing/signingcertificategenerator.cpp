#include "signingcertificategenerator.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "common/atomicfilewriter.h"
#include "crypto/digest.h"
#include "crypto/selfsignedcertificate.h"
#include "crypto/signingkey.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SigningCertificateGenerator)
};

} // namespace

Result<QList<QPair<QString, QString>>> SigningCertificateGenerator::parseSubject(const QString &subject)
{
    if (!subject.startsWith(u'/'))
        return makeError(
            Error::Code::Usage, Tr::tr("subject must look like /CN=name/O=org, got '%1'").arg(subject));
    QList<QPair<QString, QString>> out;
    QString current;
    auto flush = [&]() -> Result<void> {
        if (current.isEmpty())
            return {};
        const qsizetype eq = current.indexOf(u'=');
        if (eq <= 0)
            return makeError(Error::Code::Usage, Tr::tr("subject part '%1' has no FIELD=value").arg(current));
        const QString field = current.left(eq).trimmed();
        const QString value = current.mid(eq + 1);
        if (value.isEmpty())
            return makeError(Error::Code::Usage, Tr::tr("subject field %1 is empty").arg(field));
        if (!SelfSignedCertificate::isKnownNameField(field))
            return makeError(Error::Code::Usage, Tr::tr("unknown subject field '%1'").arg(field));
        out.append({ field, value });
        current.clear();
        return {};
    };
    for (qsizetype i = 1; i < subject.size(); ++i) {
        const QChar c = subject.at(i);
        if (c == u'\\' && i + 1 < subject.size()) {
            current += subject.at(++i);
        } else if (c == u'/') {
            if (auto r = flush(); !r)
                return std::unexpected(r.error());
        } else {
            current += c;
        }
    }
    if (auto r = flush(); !r)
        return std::unexpected(r.error());
    if (out.isEmpty())
        return makeError(Error::Code::Usage, Tr::tr("subject is empty"));
    return out;
}

Result<SigningCertificateResult> SigningCertificateGenerator::generate(
    const SigningCertificateRequest &request)
{
    if (request.days < 1 || request.days > MaxDays)
        return makeError(Error::Code::Usage, Tr::tr("--days must be between 1 and %1").arg(MaxDays));
    auto fields = parseSubject(request.subject);
    if (!fields)
        return std::unexpected(fields.error());
    auto key = SigningKey::generate(request.curve);
    if (!key)
        return std::unexpected(key.error());
    const QDateTime notBefore
        = request.notBefore.isValid() ? request.notBefore.toUTC() : QDateTime::currentDateTimeUtc();
    auto certificate = SelfSignedCertificate::create(*key, *fields, notBefore, request.days);
    if (!certificate)
        return std::unexpected(certificate.error());
    SigningCertificateResult result;
    result.certificate = *certificate;
    result.certificatePem = certificate->pem();
    if (result.certificatePem.isEmpty())
        return makeError(Error::Code::Crypto, Tr::tr("cannot encode the certificate"));
    auto keyPem = key->toPem(request.passphrase);
    if (!keyPem)
        return std::unexpected(keyPem.error());
    result.privateKeyPem = *keyPem;
    result.pcr8 = pcr::ofData(result.certificate.der());
    return result;
}

Result<void> SigningCertificateGenerator::writeFiles(
    const SigningCertificateResult &result, const QString &keyPath, const QString &certPath, bool overwrite)
{
    if (QFileInfo(keyPath).absoluteFilePath() == QFileInfo(certPath).absoluteFilePath())
        return makeError(
            Error::Code::Usage, Tr::tr("the key and the certificate must go to different files"));
    const auto mode = overwrite ? AtomicFileWriter::Commit::Replace : AtomicFileWriter::Commit::NoClobber;
    if (!overwrite) {
        // Fail before writing anything rather than leave a key without its certificate.
        for (const QString &p : { keyPath, certPath }) {
            if (QFileInfo::exists(p) || QFileInfo(p).isSymLink())
                return makeError(
                    Error::Code::Io, Tr::tr("%1 already exists; refusing to overwrite it").arg(p));
        }
    }
    if (auto r = AtomicFileWriter::writeFile(keyPath, result.privateKeyPem, 0600, mode); !r)
        return makeError(r.error().code, keyPath + u": " + r.error().message);
    if (auto r = AtomicFileWriter::writeFile(certPath, result.certificatePem, 0644, mode); !r)
        return makeError(r.error().code, certPath + u": " + r.error().message);
    return {};
}

} // namespace enclave

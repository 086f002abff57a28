#include "signingcertificategenerator.h"

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QFileInfo>

#include "crypto/digest.h"
#include "crypto/opensslptr.h"
#include "common/atomicfilewriter.h"
#include "crypto/signingkey.h"

namespace enclave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SigningCertificateGenerator", text);
}

std::unexpected<Error> cryptoError(const QString &what)
{
    const QString detail = ossl::drainErrors();
    return makeError(Error::Code::Crypto, detail.isEmpty() ? what : what + u": " + detail);
}

struct X509NameFree {
    void operator()(X509_NAME *n) const { X509_NAME_free(n); }
};

} // namespace

Result<QList<QPair<QString, QString>>> SigningCertificateGenerator::parseSubject(const QString &subject)
{
    if (!subject.startsWith(u'/'))
        return makeError(
            Error::Code::Usage, tr("subject must look like /CN=name/O=org, got '%1'").arg(subject));
    QList<QPair<QString, QString>> out;
    QString current;
    auto flush = [&]() -> Result<void> {
        if (current.isEmpty())
            return {};
        const qsizetype eq = current.indexOf(u'=');
        if (eq <= 0)
            return makeError(Error::Code::Usage, tr("subject part '%1' has no FIELD=value").arg(current));
        const QString field = current.left(eq).trimmed();
        const QString value = current.mid(eq + 1);
        if (value.isEmpty())
            return makeError(Error::Code::Usage, tr("subject field %1 is empty").arg(field));
        if (OBJ_txt2nid(field.toLatin1().constData()) == NID_undef) {
            ERR_clear_error();
            return makeError(Error::Code::Usage, tr("unknown subject field '%1'").arg(field));
        }
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
        return makeError(Error::Code::Usage, tr("subject is empty"));
    return out;
}

Result<SigningCertificateResult> SigningCertificateGenerator::generate(
    const SigningCertificateRequest &request)
{
    if (request.days < 1 || request.days > MaxDays)
        return makeError(Error::Code::Usage, tr("--days must be between 1 and %1").arg(MaxDays));
    auto fields = parseSubject(request.subject);
    if (!fields)
        return std::unexpected(fields.error());
    auto key = SigningKey::generate(request.curve);
    if (!key)
        return std::unexpected(key.error());
    auto *pkey = static_cast<EVP_PKEY *>(key->nativeHandle());

    std::unique_ptr<X509_NAME, X509NameFree> name(X509_NAME_new());
    if (!name)
        return cryptoError(tr("out of memory"));
    for (const auto &[field, value] : *fields) {
        const QByteArray f = field.toLatin1();
        const QByteArray v = value.toUtf8();
        if (X509_NAME_add_entry_by_txt(name.get(), f.constData(), MBSTRING_UTF8,
                reinterpret_cast<const unsigned char *>(v.constData()), int(v.size()), -1, 0)
            != 1)
            return cryptoError(tr("subject field %1='%2' rejected").arg(field, value));
    }

    ossl::X509Ptr cert(X509_new());
    if (!cert)
        return cryptoError(tr("out of memory"));
    // `openssl x509 -req` without extensions writes version 1 (value 0).
    if (X509_set_version(cert.get(), X509_VERSION_1) != 1)
        return cryptoError(tr("cannot set the certificate version"));
    // A random positive 159-bit serial, as OpenSSL's apps do.
    ossl::BigNumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return cryptoError(tr("cannot make a serial number"));
    const QDateTime notBefore
        = request.notBefore.isValid() ? request.notBefore.toUTC() : QDateTime::currentDateTimeUtc();
    const time_t start = time_t(notBefore.toSecsSinceEpoch());
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), start)
        || !ASN1_TIME_adj(X509_getm_notAfter(cert.get()), start, request.days, 0))
        return cryptoError(tr("cannot set the validity period"));
    if (X509_set_subject_name(cert.get(), name.get()) != 1
        || X509_set_issuer_name(cert.get(), name.get()) != 1 || X509_set_pubkey(cert.get(), pkey) != 1)
        return cryptoError(tr("cannot fill in the certificate"));
    const EVP_MD *md = key->coseAlgorithm() == CoseAlgorithm::ES256 ? EVP_sha256()
        : key->coseAlgorithm() == CoseAlgorithm::ES512              ? EVP_sha512()
                                                                    : EVP_sha384();
    if (X509_sign(cert.get(), pkey, md) <= 0)
        return cryptoError(tr("cannot sign the certificate"));

    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert.get()) != 1)
        return cryptoError(tr("cannot encode the certificate"));
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    SigningCertificateResult result;
    result.certificatePem = QByteArray(data, qsizetype(len));
    auto parsed = X509Certificate::fromPem(result.certificatePem);
    if (!parsed)
        return std::unexpected(parsed.error());
    result.certificate = *parsed;
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
        return makeError(Error::Code::Usage, tr("the key and the certificate must go to different files"));
    const auto mode = overwrite ? AtomicFileWriter::Commit::Replace : AtomicFileWriter::Commit::NoClobber;
    if (!overwrite) {
        // Fail before writing anything rather than leave a key without its certificate.
        for (const QString &p : { keyPath, certPath }) {
            if (QFileInfo::exists(p) || QFileInfo(p).isSymLink())
                return makeError(Error::Code::Io, tr("%1 already exists; refusing to overwrite it").arg(p));
        }
    }
    if (auto r = AtomicFileWriter::writeFile(keyPath, result.privateKeyPem, 0600, mode); !r)
        return makeError(r.error().code, keyPath + u": " + r.error().message);
    if (auto r = AtomicFileWriter::writeFile(certPath, result.certificatePem, 0644, mode); !r)
        return makeError(r.error().code, certPath + u": " + r.error().message);
    return {};
}

} // namespace enclave

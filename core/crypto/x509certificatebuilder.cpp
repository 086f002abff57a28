#include "crypto/x509certificatebuilder.h"

#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <QCoreApplication>
#include <QStringList>

#include "crypto/opensslptr.h"
#include "crypto/signingkey.h"

namespace enclave {

namespace {

using NamePtr = std::unique_ptr<X509_NAME, ossl::Free<X509_NAME, X509_NAME_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, ossl::Free<X509_EXTENSION, X509_EXTENSION_free>>;

std::unexpected<Error> failed(const char *step)
{
    QString message
        = QCoreApplication::translate("X509CertificateBuilder", "could not issue the certificate (%1)")
              .arg(QLatin1String(step));
    if (const QString detail = ossl::drainErrors(); !detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return std::unexpected(Error { Error::Code::Crypto, -1, message });
}

Result<NamePtr> makeName(const QString &text)
{
    NamePtr name(X509_NAME_new());
    if (!name)
        return failed("X509_NAME_new");
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return makeError(Error::Code::Usage,
                QCoreApplication::translate("X509CertificateBuilder", "\"%1\" is not FIELD=value").arg(part));
        const QByteArray field = part.left(eq).trimmed().toUtf8();
        const QByteArray value = part.mid(eq + 1).trimmed().toUtf8();
        if (X509_NAME_add_entry_by_txt(name.get(), field.constData(), MBSTRING_UTF8,
                reinterpret_cast<const unsigned char *>(value.constData()), int(value.size()), -1, 0)
            != 1)
            return failed("X509_NAME_add_entry_by_txt");
    }
    return name;
}

Result<void> addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    if (!ext)
        return failed("X509V3_EXT_conf_nid");
    if (X509_add_ext(cert, ext.get(), -1) != 1)
        return failed("X509_add_ext");
    return {};
}

const EVP_MD *digestFor(const SigningKey &key)
{
    switch (key.coordinateBytes()) {
    case 32:
        return EVP_sha256();
    case 48:
        return EVP_sha384();
    default:
        return EVP_sha512();
    }
}

} // namespace

Result<QByteArray> issueCertificate(const X509CertificateSpec &spec, const SigningKey &subjectKey,
    const SigningKey *issuerKey, const QString &issuerSubject)
{
    if (!subjectKey.isValid() || (issuerKey && !issuerKey->isValid()))
        return makeError(
            Error::Code::Usage, QCoreApplication::translate("X509CertificateBuilder", "no key to certify"));
    ossl::X509Ptr cert(X509_new());
    if (!cert)
        return failed("X509_new");
    if (X509_set_version(cert.get(), 2) != 1)
        return failed("X509_set_version");
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed("RAND_bytes");
    serial[0] &= 0x7f; // positive, as RFC 5280 asks
    ossl::BigNumPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return failed("serial number");
    auto subject = makeName(spec.subject);
    if (!subject)
        return std::unexpected(subject.error());
    auto issuer = makeName(issuerKey ? issuerSubject : spec.subject);
    if (!issuer)
        return std::unexpected(issuer.error());
    if (X509_set_subject_name(cert.get(), subject->get()) != 1
        || X509_set_issuer_name(cert.get(), issuer->get()) != 1)
        return failed("names");
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(spec.notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(spec.notAfter.toSecsSinceEpoch())))
        return failed("validity");
    auto *subjectPkey = static_cast<EVP_PKEY *>(subjectKey.nativeHandle());
    auto *signerPkey = static_cast<EVP_PKEY *>((issuerKey ? *issuerKey : subjectKey).nativeHandle());
    if (X509_set_pubkey(cert.get(), subjectPkey) != 1)
        return failed("X509_set_pubkey");
    QByteArray basic = spec.ca ? QByteArray("critical,CA:TRUE") : QByteArray("critical,CA:FALSE");
    if (spec.ca && spec.pathLength >= 0)
        basic += ",pathlen:" + QByteArray::number(spec.pathLength);
    if (auto r = addExtension(cert.get(), cert.get(), NID_basic_constraints, basic); !r)
        return std::unexpected(r.error());
    if (!spec.keyUsage.isEmpty()) {
        if (auto r = addExtension(cert.get(), cert.get(), NID_key_usage, spec.keyUsage.toUtf8()); !r)
            return std::unexpected(r.error());
    }
    if (spec.ca) {
        if (auto r = addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash"); !r)
            return std::unexpected(r.error());
    }
    if (X509_sign(cert.get(), signerPkey, digestFor(issuerKey ? *issuerKey : subjectKey)) <= 0)
        return failed("X509_sign");
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    if (length <= 0)
        return failed("i2d_X509");
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace enclave

#include "crypto/selfsignedcertificate.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include "crypto/opensslptr.h"
#include "crypto/signingkey.h"

namespace enclave {

namespace {

std::unexpected<Error> cryptoError(const QString &what)
{
    const QString detail = ossl::drainErrors();
    return makeError(Error::Code::Crypto, detail.isEmpty() ? what : what + u": " + detail);
}

struct X509NameFree {
    void operator()(X509_NAME *n) const { X509_NAME_free(n); }
};

} // namespace

bool SelfSignedCertificate::isKnownNameField(const QString &field)
{
    const bool known = OBJ_txt2nid(field.toLatin1().constData()) != NID_undef;
    ERR_clear_error();
    return known;
}

Result<X509Certificate> SelfSignedCertificate::create(const SigningKey &key,
    const QList<QPair<QString, QString>> &subject, const QDateTime &notBefore, int days)
{
    auto *pkey = static_cast<EVP_PKEY *>(key.nativeHandle());
    if (!pkey)
        return makeError(Error::Code::Usage, tr("no key"));
    std::unique_ptr<X509_NAME, X509NameFree> name(X509_NAME_new());
    if (!name)
        return cryptoError(tr("out of memory"));
    for (const auto &[field, value] : subject) {
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
    const time_t start = time_t(notBefore.toSecsSinceEpoch());
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), start)
        || !ASN1_TIME_adj(X509_getm_notAfter(cert.get()), start, days, 0))
        return cryptoError(tr("cannot set the validity period"));
    if (X509_set_subject_name(cert.get(), name.get()) != 1
        || X509_set_issuer_name(cert.get(), name.get()) != 1 || X509_set_pubkey(cert.get(), pkey) != 1)
        return cryptoError(tr("cannot fill in the certificate"));
    const EVP_MD *md = key.coseAlgorithm() == CoseAlgorithm::ES256 ? EVP_sha256()
        : key.coseAlgorithm() == CoseAlgorithm::ES512              ? EVP_sha512()
                                                                   : EVP_sha384();
    if (X509_sign(cert.get(), pkey, md) <= 0)
        return cryptoError(tr("cannot sign the certificate"));

    unsigned char *der = nullptr;
    const int n = i2d_X509(cert.get(), &der);
    if (n <= 0)
        return cryptoError(tr("cannot encode the certificate"));
    const QByteArray bytes(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    return X509Certificate::fromDer(bytes);
}

} // namespace enclave

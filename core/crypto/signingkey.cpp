#include "signingkey.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <QCoreApplication>

#include "crypto/opensslptr.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SigningKey)
};

std::unexpected<Error> cryptoError(const QString &what)
{
    const QString detail = ossl::drainErrors();
    return makeError(Error::Code::Crypto, detail.isEmpty() ? what : what + u": " + detail);
}

struct PassphraseData {
    const QByteArray *passphrase;
    bool asked = false;
};

int passphraseCallback(char *buf, int size, int /*rwflag*/, void *userdata)
{
    auto *data = static_cast<PassphraseData *>(userdata);
    data->asked = true;
    if (!data->passphrase || data->passphrase->isEmpty() || data->passphrase->size() > size)
        return -1;
    memcpy(buf, data->passphrase->constData(), size_t(data->passphrase->size()));
    return int(data->passphrase->size());
}

} // namespace

struct SigningKey::Private {
    ossl::PKeyPtr key;
    QString curve;
};

SigningKey::SigningKey() = default;
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;

QString SigningKey::normalizeCurve(const QString &curve)
{
    const QString c = curve.toLower();
    if (c == u"secp384r1" || c == u"p-384" || c == u"p384")
        return QStringLiteral("secp384r1");
    if (c == u"prime256v1" || c == u"secp256r1" || c == u"p-256" || c == u"p256")
        return QStringLiteral("prime256v1");
    if (c == u"secp521r1" || c == u"p-521" || c == u"p521")
        return QStringLiteral("secp521r1");
    return {};
}

static Result<QString> checkKeyType(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS"))
        return makeError(Error::Code::Unsupported,
            QCoreApplication::translate("SigningKey",
                "RSA keys cannot sign EIFs: nitro-cli accepts only EC keys on "
                "P-256, P-384 or P-521 (COSE ES256/ES384/ES512)"));
    if (!EVP_PKEY_is_a(key, "EC"))
        return makeError(Error::Code::Unsupported,
            QCoreApplication::translate("SigningKey", "a %1 key cannot sign EIFs: use an EC key on P-384")
                .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
    char name[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &len) != 1)
        return cryptoError(QCoreApplication::translate("SigningKey", "the EC key has no named curve"));
    const QString curve = SigningKey::normalizeCurve(QString::fromLatin1(name, qsizetype(len)));
    if (curve.isEmpty())
        return makeError(Error::Code::Unsupported,
            QCoreApplication::translate(
                "SigningKey", "curve %1 is not one COSE ES256/ES384/ES512 uses (P-256, P-384, P-521)")
                .arg(QString::fromLatin1(name, qsizetype(len))));
    return curve;
}

Result<SigningKey> SigningKey::fromPem(const QByteArray &pem, const QByteArray &passphrase)
{
    if (pem.size() > (1 << 20))
        return makeError(Error::Code::LimitExceeded, Tr::tr("private key file larger than 1 MiB"));
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return cryptoError(Tr::tr("out of memory"));
    PassphraseData pd { &passphrase };
    ERR_clear_error();
    ossl::PKeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pd));
    if (!key) {
        if (pd.asked && passphrase.isEmpty()) {
            ossl::drainErrors();
            return makeError(
                Error::Code::Crypto, Tr::tr("the private key is encrypted: a passphrase is needed"));
        }
        if (pd.asked)
            return cryptoError(Tr::tr("cannot decrypt the private key (wrong passphrase?)"));
        return cryptoError(Tr::tr("not a PEM private key"));
    }
    auto curve = checkKeyType(key.get());
    if (!curve)
        return std::unexpected(curve.error());
    SigningKey k;
    k.d = std::make_unique<Private>();
    k.d->key = std::move(key);
    k.d->curve = *curve;
    return k;
}

Result<SigningKey> SigningKey::generate(const QString &curveName)
{
    const QString curve = normalizeCurve(curveName);
    if (curve.isEmpty())
        return makeError(Error::Code::Usage,
            Tr::tr("curve '%1' is not supported: use secp384r1, prime256v1 or secp521r1").arg(curveName));
    ossl::PKeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return cryptoError(Tr::tr("cannot start EC key generation"));
    const QByteArray group = curve.toLatin1();
    if (EVP_PKEY_CTX_set_group_name(ctx.get(), group.constData()) != 1)
        return cryptoError(Tr::tr("cannot select curve %1").arg(curve));
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return cryptoError(Tr::tr("EC key generation failed"));
    SigningKey k;
    k.d = std::make_unique<Private>();
    k.d->key.reset(raw);
    k.d->curve = curve;
    return k;
}

bool SigningKey::isValid() const
{
    return d && d->key;
}

QString SigningKey::curveName() const
{
    return d ? d->curve : QString();
}

CoseAlgorithm SigningKey::coseAlgorithm() const
{
    const QString c = curveName();
    if (c == u"prime256v1")
        return CoseAlgorithm::ES256;
    if (c == u"secp384r1")
        return CoseAlgorithm::ES384;
    if (c == u"secp521r1")
        return CoseAlgorithm::ES512;
    return CoseAlgorithm::Unknown;
}

int SigningKey::coordinateBytes() const
{
    switch (coseAlgorithm()) {
    case CoseAlgorithm::ES256:
        return 32;
    case CoseAlgorithm::ES384:
        return 48;
    case CoseAlgorithm::ES512:
        return 66;
    default:
        return 0;
    }
}

bool SigningKey::matches(const X509Certificate &certificate) const
{
    if (!isValid() || !certificate.isValid())
        return false;
    EVP_PKEY *pub = X509_get0_pubkey(static_cast<X509 *>(certificate.nativeHandle()));
    const bool eq = pub && EVP_PKEY_eq(d->key.get(), pub) == 1;
    ERR_clear_error();
    return eq;
}

Result<QByteArray> SigningKey::signRaw(QByteArrayView message) const
{
    if (!isValid())
        return makeError(Error::Code::Usage, Tr::tr("no key"));
    const EVP_MD *md = nullptr;
    switch (coseAlgorithm()) {
    case CoseAlgorithm::ES256:
        md = EVP_sha256();
        break;
    case CoseAlgorithm::ES384:
        md = EVP_sha384();
        break;
    case CoseAlgorithm::ES512:
        md = EVP_sha512();
        break;
    default:
        return makeError(Error::Code::Unsupported, Tr::tr("unsupported curve"));
    }
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, d->key.get()) != 1)
        return cryptoError(Tr::tr("cannot start ECDSA signing"));
    size_t len = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.data());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, data, size_t(message.size())) != 1)
        return cryptoError(Tr::tr("ECDSA signing failed"));
    QByteArray der(qsizetype(len), Qt::Uninitialized);
    if (EVP_DigestSign(
            ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &len, data, size_t(message.size()))
        != 1)
        return cryptoError(Tr::tr("ECDSA signing failed"));
    der.truncate(qsizetype(len));
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return cryptoError(Tr::tr("OpenSSL returned a malformed ECDSA signature"));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    const int n = coordinateBytes();
    QByteArray raw(2 * n, '\0');
    if (BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), n) != n
        || BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + n, n) != n)
        return cryptoError(Tr::tr("ECDSA signature component too large"));
    return raw;
}

Result<QByteArray> SigningKey::toPem(const QByteArray &passphrase) const
{
    if (!isValid())
        return makeError(Error::Code::Usage, Tr::tr("no key"));
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return cryptoError(Tr::tr("out of memory"));
    int ok;
    if (passphrase.isEmpty()) {
        ok = PEM_write_bio_PrivateKey_traditional(
            bio.get(), d->key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    } else {
        ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), d->key.get(), EVP_aes_256_cbc(), passphrase.constData(),
            int(passphrase.size()), nullptr, nullptr);
    }
    if (ok != 1)
        return cryptoError(Tr::tr("cannot encode the private key"));
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

void *SigningKey::nativeHandle() const
{
    return d ? d->key.get() : nullptr;
}

} // namespace enclave

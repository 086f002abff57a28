#include "eifsigner.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "crypto/opensslptr.h"
#include "cbor/cborencoder.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/eifwriter.h"
#include "eif/pcrcalculator.h"

namespace enclave {

namespace {

struct CurveInfo {
    int alg;
    const EVP_MD *md;
    int coordinateBytes;
};

std::optional<CurveInfo> curveInfo(EVP_PKEY *key)
{
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &len) != 1)
        return std::nullopt;
    const QByteArray name(group, qsizetype(len));
    if (name == "prime256v1" || name == "P-256")
        return CurveInfo { -7, EVP_sha256(), 32 };
    if (name == "secp384r1" || name == "P-384")
        return CurveInfo { -35, EVP_sha384(), 48 };
    if (name == "secp521r1" || name == "P-521")
        return CurveInfo { -36, EVP_sha512(), 66 };
    return std::nullopt;
}

QByteArray toPem(int (*write)(BIO *, void *), void *object)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get(), object) != 1)
        return {};
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(n));
}

int writeCert(BIO *bio, void *x)
{
    return PEM_write_bio_X509(bio, static_cast<X509 *>(x));
}
int writeKey(BIO *bio, void *k)
{
    return PEM_write_bio_PrivateKey(bio, static_cast<EVP_PKEY *>(k), nullptr, nullptr, 0, nullptr, nullptr);
}

} // namespace

Result<SigningIdentity> EifSigner::generateSelfSigned(const QString &commonName, int curveBits, int validDays)
{
    const char *curve = curveBits == 256 ? "P-256" : curveBits == 521 ? "P-521" : "P-384";
    ossl::PKeyPtr key(EVP_EC_gen(curve));
    if (!key)
        return makeError(
            Error::Code::Crypto, QStringLiteral("EC key generation failed: %1").arg(ossl::drainErrors()));
    ossl::X509Ptr cert(X509_new());
    if (!cert)
        return makeError(Error::Code::Crypto, QStringLiteral("out of memory"));
    X509_set_version(cert.get(), X509_VERSION_3);
    ossl::BigNumPtr serial(BN_new());
    BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const EVP_MD *md = curveBits == 256 ? EVP_sha256() : curveBits == 521 ? EVP_sha512() : EVP_sha384();
    if (X509_sign(cert.get(), key.get(), md) <= 0)
        return makeError(
            Error::Code::Crypto, QStringLiteral("certificate signing failed: %1").arg(ossl::drainErrors()));
    SigningIdentity id { toPem(writeCert, cert.get()), toPem(writeKey, key.get()) };
    if (id.certificatePem.isEmpty() || id.privateKeyPem.isEmpty())
        return makeError(
            Error::Code::Crypto, QStringLiteral("PEM encoding failed: %1").arg(ossl::drainErrors()));
    return id;
}

Result<QByteArray> EifSigner::signCose(
    const QByteArray &payload, const QByteArray &privateKeyPem, std::optional<int> protectedAlgorithm)
{
    ossl::BioPtr bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    ossl::PKeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return makeError(
            Error::Code::Crypto, QStringLiteral("cannot read the private key: %1").arg(ossl::drainErrors()));
    const auto info = curveInfo(key.get());
    if (!info)
        return makeError(
            Error::Code::Unsupported, QStringLiteral("the key is not EC on P-256, P-384 or P-521"));

    CborEncoder prot;
    prot.mapHeader(1).unsignedInt(1).negativeInt(protectedAlgorithm.value_or(info->alg));
    CborEncoder sigStructure;
    sigStructure.arrayHeader(4).text("Signature1").bytes(prot.data()).bytes({}).bytes(payload);

    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t derLen = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, info->md, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &derLen,
               reinterpret_cast<const unsigned char *>(sigStructure.data().constData()),
               size_t(sigStructure.data().size()))
            != 1) {
        return makeError(
            Error::Code::Crypto, QStringLiteral("ECDSA signing failed: %1").arg(ossl::drainErrors()));
    }
    QByteArray der(qsizetype(derLen), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &derLen,
            reinterpret_cast<const unsigned char *>(sigStructure.data().constData()),
            size_t(sigStructure.data().size()))
        != 1) {
        return makeError(
            Error::Code::Crypto, QStringLiteral("ECDSA signing failed: %1").arg(ossl::drainErrors()));
    }
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(derLen)));
    if (!sig)
        return makeError(Error::Code::Crypto, QStringLiteral("bad ECDSA signature encoding"));
    // COSE wants r||s, each left-padded to the curve's size, not DER.
    QByteArray rs(2 * info->coordinateBytes, '\0');
    BN_bn2binpad(
        ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char *>(rs.data()), info->coordinateBytes);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()),
        reinterpret_cast<unsigned char *>(rs.data()) + info->coordinateBytes, info->coordinateBytes);

    CborEncoder cose;
    cose.arrayHeader(4).bytes(prot.data()).mapHeader(0).bytes(payload).bytes(rs);
    return cose.data();
}

Result<QByteArray> EifSigner::signatureSection(const QByteArray &pcr0, const SigningIdentity &identity)
{
    auto cose = signCose(EifSignature::encodePcrInfo(0, pcr0), identity.privateKeyPem);
    if (!cose)
        return std::unexpected(cose.error());
    return EifSignature::encodeSection(identity.certificatePem, *cose);
}

Result<EifMeasurements> EifSigner::signEif(
    const QString &inputPath, const QString &outputPath, const SigningIdentity &identity)
{
    auto reader = EifReader::open(inputPath);
    if (!reader)
        return std::unexpected(reader.error());
    PcrCalculator before(*reader);
    auto measured = before.compute();
    if (!measured)
        return std::unexpected(measured.error());
    auto section = signatureSection(measured->pcr0, identity);
    if (!section)
        return std::unexpected(section.error());
    if (auto w = EifWriter::writeSignatureSection(inputPath, outputPath, *section); !w)
        return std::unexpected(w.error());
    auto signedReader = EifReader::open(outputPath);
    if (!signedReader)
        return std::unexpected(signedReader.error());
    PcrCalculator after(*signedReader);
    return after.compute();
}

} // namespace enclave

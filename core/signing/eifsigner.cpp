#include "eifsigner.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "crypto/cosesign1.h"
#include "crypto/opensslptr.h"
#include "crypto/signingkey.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/eifwriter.h"
#include "eif/pcrcalculator.h"

namespace enclave {

namespace {

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
    auto key = SigningKey::fromPem(privateKeyPem);
    if (!key)
        return std::unexpected(key.error());
    return CoseSign1::sign(payload, *key, protectedAlgorithm);
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

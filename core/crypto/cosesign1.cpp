#include "cosesign1.h"

#include <QCoreApplication>

#include <cbor.h>
#include <openssl/err.h>

#include "cbor/cborencoder.h"
#include "cbor/cbortree_p.h"
#include "crypto/signingkey.h"
#include "opensslptr.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CoseSign1)
};

using Code = Error::Code;

constexpr quint64 kCoseSign1Tag = 18;

// The content of a definite byte string, taken from the original buffer.
Result<QByteArray> definiteBytes(
    const cbor::Node &node, QByteArrayView data, qint64 base, const QString &what)
{
    if (!cbor_isa_bytestring(node.item))
        return makeError(
            Code::Malformed, Tr::tr("COSE_Sign1 %1 is not a byte string").arg(what), node.span.offset);
    if (cbor_bytestring_is_indefinite(node.item))
        return makeError(Code::Unsupported,
            Tr::tr("COSE_Sign1 %1 is a chunked byte string (not accepted: its bytes are signed as sent)")
                .arg(what),
            node.span.offset);
    const qint64 at = node.span.contentOffset() - base;
    return QByteArray(data.data() + at, qsizetype(node.span.contentLength()));
}

struct CurveSpec {
    const char *group;
    const char *digest;
    int bytes;
};

std::optional<CurveSpec> curveFor(CoseAlgorithm alg)
{
    switch (alg) {
    case CoseAlgorithm::ES256:
        return CurveSpec { "prime256v1", "SHA256", 32 };
    case CoseAlgorithm::ES384:
        return CurveSpec { "secp384r1", "SHA384", 48 };
    case CoseAlgorithm::ES512:
        return CurveSpec { "secp521r1", "SHA512", 66 };
    case CoseAlgorithm::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace

QString coseAlgorithmName(CoseAlgorithm algorithm)
{
    switch (algorithm) {
    case CoseAlgorithm::ES256:
        return QStringLiteral("ES256");
    case CoseAlgorithm::ES384:
        return QStringLiteral("ES384");
    case CoseAlgorithm::ES512:
        return QStringLiteral("ES512");
    case CoseAlgorithm::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Result<CoseSign1> CoseSign1::parse(QByteArrayView data, qint64 baseOffset, const cbor::Limits &limits)
{
    auto tree = cbor::Tree::parse(data, baseOffset, limits);
    if (!tree)
        return std::unexpected(tree.error());

    CoseSign1 cose;
    const cbor::Node *node = &tree->root();
    if (cbor_isa_tag(node->item)) {
        const quint64 tag = cbor_tag_value(node->item);
        if (tag != kCoseSign1Tag)
            return makeError(Code::Malformed,
                Tr::tr("CBOR tag %1 where COSE_Sign1 (tag 18 or none) was expected").arg(tag),
                node->span.offset);
        cose.m_tagged = true;
        node = &node->children.front();
    }
    if (!cbor_isa_array(node->item))
        return makeError(Code::Malformed, Tr::tr("COSE_Sign1 is not a CBOR array"), node->span.offset);
    if (cbor_array_is_indefinite(node->item))
        return makeError(
            Code::Malformed, Tr::tr("COSE_Sign1 is an indefinite-length array"), node->span.offset);
    if (node->children.size() != 4)
        return makeError(Code::Malformed,
            Tr::tr("COSE_Sign1 array has %1 elements instead of 4").arg(node->children.size()),
            node->span.offset);

    const cbor::Node &prot = node->children[0];
    const cbor::Node &unprot = node->children[1];
    const cbor::Node &payload = node->children[2];
    const cbor::Node &sig = node->children[3];

    auto protectedBytes = definiteBytes(prot, data, baseOffset, QStringLiteral("protected header"));
    if (!protectedBytes)
        return std::unexpected(protectedBytes.error());
    if (!cbor_isa_map(unprot.item))
        return makeError(
            Code::Malformed, Tr::tr("COSE_Sign1 unprotected header is not a map"), unprot.span.offset);
    auto payloadBytes = definiteBytes(payload, data, baseOffset, QStringLiteral("payload"));
    if (!payloadBytes)
        return std::unexpected(payloadBytes.error());
    auto signature = definiteBytes(sig, data, baseOffset, QStringLiteral("signature"));
    if (!signature)
        return std::unexpected(signature.error());

    cose.m_protected = *protectedBytes;
    cose.m_payload = *payloadBytes;
    cose.m_signature = *signature;
    cose.m_unprotectedEntries = int(unprot.children.size() / 2);
    cose.m_protectedSpan = prot.span;
    cose.m_unprotectedSpan = unprot.span;
    cose.m_payloadSpan = payload.span;
    cose.m_signatureSpan = sig.span;

    // The protected header must be exactly one entry {1: alg}; anything else could smuggle in
    // parameters we would not honour.
    const qint64 protOffset = prot.span.contentOffset();
    if (cose.m_protected.isEmpty())
        return makeError(
            Code::Malformed, Tr::tr("COSE_Sign1 protected header is empty (no algorithm)"), protOffset);
    auto header = cbor::Tree::parse(cose.m_protected, protOffset, limits);
    if (!header)
        return std::unexpected(header.error());
    const cbor::Node &map = header->root();
    if (!cbor_isa_map(map.item))
        return makeError(Code::Malformed, Tr::tr("COSE_Sign1 protected header is not a map"), protOffset);
    if (map.children.size() != 2)
        return makeError(Code::Malformed,
            Tr::tr("COSE_Sign1 protected header has %1 entries; only {1: alg} is accepted")
                .arg(map.children.size() / 2),
            protOffset);
    const cbor::Node &key = map.children[0];
    const cbor::Node &value = map.children[1];
    if (!cbor_isa_uint(key.item) || cbor_get_int(key.item) != 1)
        return makeError(
            Code::Malformed, Tr::tr("COSE_Sign1 protected header key is not 1 (alg)"), key.span.offset);
    if (cbor_isa_negint(value.item)) {
        const quint64 n = cbor_get_int(value.item);
        if (n > 0x7ffffffe)
            return makeError(Code::Unsupported, Tr::tr("COSE algorithm out of range"), value.span.offset);
        cose.m_algorithmValue = -1 - int(n);
    } else if (cbor_isa_uint(value.item)) {
        const quint64 n = cbor_get_int(value.item);
        if (n > 0x7fffffff)
            return makeError(Code::Unsupported, Tr::tr("COSE algorithm out of range"), value.span.offset);
        cose.m_algorithmValue = int(n);
    } else {
        return makeError(Code::Malformed, Tr::tr("COSE algorithm is not an integer"), value.span.offset);
    }
    switch (cose.m_algorithmValue) {
    case int(CoseAlgorithm::ES256):
    case int(CoseAlgorithm::ES384):
    case int(CoseAlgorithm::ES512):
        cose.m_algorithm = CoseAlgorithm(cose.m_algorithmValue);
        break;
    default:
        cose.m_algorithm = CoseAlgorithm::Unknown;
        break;
    }
    return cose;
}

Result<QByteArray> CoseSign1::sign(
    QByteArrayView payload, const SigningKey &key, std::optional<int> protectedAlgorithm)
{
    CborEncoder protectedHeader;
    protectedHeader.mapHeader(1).unsignedInt(1).negativeInt(
        protectedAlgorithm.value_or(int(key.coseAlgorithm())));
    CoseSign1 unsignedCose;
    unsignedCose.m_protected = protectedHeader.data();
    unsignedCose.m_payload = payload.toByteArray();
    auto rs = key.signRaw(unsignedCose.sigStructure());
    if (!rs)
        return std::unexpected(rs.error());
    CborEncoder cose;
    cose.arrayHeader(4).bytes(unsignedCose.m_protected).mapHeader(0).bytes(payload).bytes(*rs);
    return cose.data();
}

QByteArray CoseSign1::sigStructure() const
{
    CborEncoder out;
    out.arrayHeader(4)
        .text("Signature1")
        .bytes(m_protected)
        .bytes({}) /* external_aad = h'' */.bytes(m_payload);
    return out.data();
}

Result<void> CoseSign1::verify(const X509Certificate &signer) const
{
    const auto curve = curveFor(m_algorithm);
    if (!curve)
        return makeError(Code::Unsupported, Tr::tr("unsupported COSE algorithm %1").arg(m_algorithmValue),
            m_protectedSpan.contentOffset());
    auto *x509 = static_cast<X509 *>(signer.nativeHandle());
    if (!x509)
        return makeError(Code::Crypto, Tr::tr("no signing certificate"));
    ERR_clear_error();
    EVP_PKEY *key = X509_get0_pubkey(x509);
    if (!key)
        return makeError(Code::Crypto,
            Tr::tr("signing certificate has no usable public key (%1)").arg(ossl::drainErrors()));
    if (!EVP_PKEY_is_a(key, "EC"))
        return makeError(Code::Crypto, Tr::tr("signing key is %1, not EC").arg(signer.publicKeyType()));
    const QString group = signer.curveName();
    if (group != QLatin1StringView(curve->group))
        return makeError(Code::Crypto,
            Tr::tr("%1 requires curve %2 but the signing key is on %3")
                .arg(coseAlgorithmName(m_algorithm), QLatin1StringView(curve->group), group),
            m_protectedSpan.contentOffset());
    if (m_signature.size() != 2 * curve->bytes)
        return makeError(Code::Crypto,
            Tr::tr("%1 signature must be %2 bytes (raw r||s), got %3")
                .arg(coseAlgorithmName(m_algorithm))
                .arg(2 * curve->bytes)
                .arg(m_signature.size()),
            m_signatureSpan.contentOffset());

    // COSE carries raw r||s; OpenSSL verifies DER ECDSA-Sig-Value.
    const auto *raw = reinterpret_cast<const unsigned char *>(m_signature.constData());
    ossl::BigNumPtr r(BN_bin2bn(raw, curve->bytes, nullptr));
    ossl::BigNumPtr s(BN_bin2bn(raw + curve->bytes, curve->bytes, nullptr));
    ossl::EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig)
        return makeError(Code::Crypto, Tr::tr("out of memory"));
    if (BN_is_zero(r.get()) || BN_is_zero(s.get()))
        return makeError(
            Code::Crypto, Tr::tr("signature has a zero r or s"), m_signatureSpan.contentOffset());
    ECDSA_SIG_set0(sig.get(), r.release(), s.release());
    unsigned char *der = nullptr;
    const int derLen = i2d_ECDSA_SIG(sig.get(), &der);
    if (derLen <= 0)
        return makeError(Code::Crypto, Tr::tr("cannot encode the signature (%1)").arg(ossl::drainErrors()));
    const QByteArray derSig(reinterpret_cast<const char *>(der), derLen);
    OPENSSL_free(der);

    const QByteArray tbs = sigStructure();
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx
        || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, curve->digest, nullptr, nullptr, key, nullptr) != 1)
        return makeError(
            Code::Crypto, Tr::tr("cannot set up signature verification (%1)").arg(ossl::drainErrors()));
    const int rc = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(derSig.constData()),
        size_t(derSig.size()), reinterpret_cast<const unsigned char *>(tbs.constData()), size_t(tbs.size()));
    const QString why = ossl::drainErrors();
    if (rc == 1)
        return {};
    if (rc == 0)
        return makeError(Code::Crypto,
            Tr::tr("%1 signature does not verify with the signing certificate's key")
                .arg(coseAlgorithmName(m_algorithm)),
            m_signatureSpan.contentOffset());
    return makeError(
        Code::Crypto, Tr::tr("signature verification failed (%1)").arg(why), m_signatureSpan.contentOffset());
}

} // namespace enclave

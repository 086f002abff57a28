#include "eifsignature.h"

#include <cbor.h>

#include <QCoreApplication>

#include "cbor/cborencoder.h"
#include "cbor/cbortree_p.h"
#include "crypto/cosesign1.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EifSignature)
};

QByteArray textOf(const cbor::Node &node)
{
    if (!cbor_isa_string(node.item) || !cbor_string_is_definite(node.item))
        return {};
    return QByteArray(reinterpret_cast<const char *>(cbor_string_handle(node.item)),
        qsizetype(cbor_string_length(node.item)));
}

// serde's Vec<u8> is an array of uints 0..255; a byte string is accepted too.
Result<QByteArray> bytesOf(const cbor::Node &node, const QString &what)
{
    if (cbor_isa_bytestring(node.item) && cbor_bytestring_is_definite(node.item)) {
        return QByteArray(reinterpret_cast<const char *>(cbor_bytestring_handle(node.item)),
            qsizetype(cbor_bytestring_length(node.item)));
    }
    if (!cbor_isa_array(node.item)) {
        return makeError(Error::Code::Malformed,
            Tr::tr("signature section: %1 is not an array of bytes").arg(what), node.span.offset);
    }
    QByteArray out;
    out.reserve(qsizetype(node.children.size()));
    for (const cbor::Node &child : node.children) {
        if (!cbor_isa_uint(child.item) || cbor_get_int(child.item) > 0xff) {
            return makeError(Error::Code::Malformed,
                Tr::tr("signature section: %1 holds an element that is not a byte").arg(what),
                child.span.offset);
        }
        out.append(char(cbor_get_int(child.item)));
    }
    return out;
}

} // namespace

Result<EifSignature> EifSignature::parse(QByteArrayView sectionData, qint64 baseOffset)
{
    cbor::Limits limits;
    limits.maxDepth = 8;
    limits.maxTotalSize = 32768 * 2;
    auto tree = cbor::Tree::parse(sectionData, baseOffset, limits);
    if (!tree) {
        Error e = tree.error();
        e.message = Tr::tr("signature section: bad CBOR: %1").arg(e.message);
        return std::unexpected(e);
    }
    const cbor::Node &root = tree->root();
    if (!cbor_isa_array(root.item) || root.children.empty()) {
        return makeError(Error::Code::Malformed,
            Tr::tr("signature section: expected a non-empty CBOR array of PcrSignature"), root.span.offset);
    }
    EifSignature sig;
    sig.m_entries = int(root.children.size());
    const cbor::Node &entry = root.children.front();
    if (!cbor_isa_map(entry.item)) {
        return makeError(
            Error::Code::Malformed, Tr::tr("signature section: entry 0 is not a map"), entry.span.offset);
    }
    const cbor::Node *certNode = nullptr;
    const cbor::Node *coseNode = nullptr;
    for (size_t i = 0; i + 1 < entry.children.size(); i += 2) {
        const QByteArray key = textOf(entry.children[i]);
        if (key == "signing_certificate")
            certNode = &entry.children[i + 1];
        else if (key == "signature")
            coseNode = &entry.children[i + 1];
    }
    if (!certNode || !coseNode) {
        return makeError(Error::Code::Malformed,
            Tr::tr("signature section: entry 0 lacks %1")
                .arg(certNode ? QStringLiteral("\"signature\"") : QStringLiteral("\"signing_certificate\"")),
            entry.span.offset);
    }
    auto pem = bytesOf(*certNode, QStringLiteral("signing_certificate"));
    if (!pem)
        return std::unexpected(pem.error());
    auto cose = bytesOf(*coseNode, QStringLiteral("signature"));
    if (!cose)
        return std::unexpected(cose.error());
    sig.m_certificatePem = *pem;
    sig.m_cose = *cose;
    sig.m_certificateSpan = { certNode->span.offset, certNode->span.length };
    sig.m_coseSpan = { coseNode->span.offset, coseNode->span.length };
    // The COSE bytes are decoded from an array of uints, so their file offsets are not contiguous:
    // errors inside it name the start of that array.
    sig.m_coseOffset = coseNode->span.offset;

    if (!sig.m_certificatePem.contains("-----BEGIN CERTIFICATE-----")) {
        return makeError(Error::Code::Malformed,
            Tr::tr("signature section: signing_certificate is not a PEM certificate"), certNode->span.offset);
    }
    auto cert = X509Certificate::fromPem(sig.m_certificatePem);
    if (!cert) {
        return makeError(Error::Code::Malformed,
            Tr::tr("signature section: signing_certificate: %1").arg(cert.error().message),
            certNode->span.offset);
    }
    sig.m_certificate = *cert;

    auto parsed = CoseSign1::parse(sig.m_cose);
    if (!parsed) {
        return makeError(Error::Code::Malformed,
            Tr::tr("signature section: COSE_Sign1: %1").arg(parsed.error().toString()),
            coseNode->span.offset);
    }
    if (parsed->algorithm() == CoseAlgorithm::Unknown) {
        return makeError(Error::Code::Unsupported,
            Tr::tr("signature section: COSE algorithm %1 is not ES256, ES384 or ES512")
                .arg(parsed->algorithmValue()),
            coseNode->span.offset);
    }
    sig.m_algorithmName = coseAlgorithmName(parsed->algorithm());
    sig.m_algorithmValue = parsed->algorithmValue();
    sig.m_payload = parsed->payload();
    return sig;
}

Result<bool> EifSignature::verify(const QByteArray &pcr0) const
{
    auto parsed = CoseSign1::parse(m_cose);
    if (!parsed)
        return makeError(Error::Code::Malformed,
            QStringLiteral("COSE_Sign1: %1").arg(parsed.error().toString()), m_coseOffset);
    if (auto ok = parsed->verify(m_certificate); !ok) {
        return makeError(Error::Code::Crypto,
            QStringLiteral("signature section: COSE_Sign1 does not verify with the signing "
                           "certificate: %1")
                .arg(ok.error().message),
            m_coseOffset);
    }
    return parsed->payload() == encodePcrInfo(0, pcr0);
}

EifFieldList EifSignature::fields() const
{
    return {
        { QStringLiteral("signing_certificate"), m_certificateSpan,
            QStringLiteral("PEM, %1 bytes: %2").arg(m_certificatePem.size()).arg(m_certificate.subject()) },
        { QStringLiteral("signature"), m_coseSpan,
            QStringLiteral("COSE_Sign1 %1, %2 bytes").arg(m_algorithmName).arg(m_cose.size()) },
    };
}

QByteArray EifSignature::encodePcrInfo(quint32 index, const QByteArray &value)
{
    CborEncoder e;
    e.mapHeader(2).text("register_index").unsignedInt(index).text("register_value").byteArrayAsUints(value);
    return e.data();
}

QByteArray EifSignature::encodeSection(const QByteArray &certificatePem, const QByteArray &coseSign1)
{
    CborEncoder e;
    e.arrayHeader(1).mapHeader(2);
    e.text("signing_certificate").byteArrayAsUints(certificatePem);
    e.text("signature").byteArrayAsUints(coseSign1);
    return e.data();
}

} // namespace enclave

#include "attestation/attestationdocument.h"

#include <QCoreApplication>

#include <cbor.h>

#include <QMap>
#include <QSet>
#include <QStringDecoder>

#include "cbor/cbortree_p.h"
#include "common/hex.h"
#include "crypto/cosesign1.h"
#include "crypto/x509certificate.h"

using namespace Qt::StringLiterals;

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AttestationDocument)
};

// AWS CDDL/"check content" bounds (attestation_process.md 3.2.2) plus caps of our own where the
// spec has none; every one is checked before the value is copied.
constexpr qint64 MaxPayloadSize = 16384;
constexpr qint64 MaxCertificateSize = 1024;
constexpr qint64 MaxOptionalSize = 1024;
constexpr qint64 SoftOptionalSize = 512;
constexpr qint64 MaxModuleIdSize = 256;
constexpr int MaxPcrCount = 32;
constexpr int MaxBundleCount = 16;
constexpr qsizetype SignatureSize = 96;
// 9999-12-31T23:59:59.999Z: beyond it a timestamp cannot be a date.
constexpr quint64 MaxTimestampMs = 253402300799999ULL;

const QByteArray &expectedProtected()
{
    static const QByteArray bytes("\xa1\x01\x38\x22", 4); // {1: -35}
    return bytes;
}

FieldSpan wholeSpan(const cbor::Span &s)
{
    return { s.offset, s.length };
}

FieldSpan contentSpan(const cbor::Span &s)
{
    return { s.contentOffset(), s.contentLength() };
}

// libcbor 0.8's cbor_is_null/cbor_is_bool assert (abort) when handed a float: only simple values
// (width 0) may reach cbor_ctrl_value.
bool isSimple(const cbor_item_t *item)
{
    return cbor_isa_float_ctrl(item) && cbor_float_get_width(item) == CBOR_FLOAT_0;
}

bool isNull(const cbor_item_t *item)
{
    return isSimple(item) && cbor_ctrl_value(item) == CBOR_CTRL_NULL;
}

QString typeName(const cbor_item_t *item)
{
    switch (cbor_typeof(item)) {
    case CBOR_TYPE_UINT:
        return u"uint"_s;
    case CBOR_TYPE_NEGINT:
        return u"nint"_s;
    case CBOR_TYPE_BYTESTRING:
        return u"bytes"_s;
    case CBOR_TYPE_STRING:
        return u"text"_s;
    case CBOR_TYPE_ARRAY:
        return u"array"_s;
    case CBOR_TYPE_MAP:
        return u"map"_s;
    case CBOR_TYPE_TAG:
        return u"tag"_s;
    case CBOR_TYPE_FLOAT_CTRL:
        if (!isSimple(item))
            return u"float"_s;
        switch (cbor_ctrl_value(item)) {
        case CBOR_CTRL_NULL:
            return u"null"_s;
        case CBOR_CTRL_UNDEF:
            return u"undefined"_s;
        case CBOR_CTRL_TRUE:
        case CBOR_CTRL_FALSE:
            return u"bool"_s;
        default:
            return u"simple"_s;
        }
    }
    return u"unknown"_s;
}

bool strictUtf8(QByteArrayView bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = decoder(bytes);
    if (decoder.hasError())
        return false;
    *out = s;
    return true;
}

QString shortHex(const QByteArray &bytes)
{
    constexpr qsizetype Max = 64;
    if (bytes.size() <= Max)
        return hex::encode(bytes);
    return hex::encode(bytes.left(Max)) + Tr::tr("... (%1 bytes)").arg(bytes.size());
}

// Text that is printable shows as text, anything else as hex (public_key, user_data, nonce).
QString bytesDisplay(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return u"(empty)"_s;
    QString text;
    if (strictUtf8(bytes, &text)) {
        bool printable = true;
        for (QChar c : std::as_const(text)) {
            if (!c.isPrint() && c != u'\n' && c != u'\t') {
                printable = false;
                break;
            }
        }
        if (printable)
            return u"\"%1\" (%2 bytes, text)"_s.arg(text).arg(bytes.size());
    }
    return shortHex(bytes) + (bytes.size() <= 64 ? u" (%1 bytes)"_s.arg(bytes.size()) : QString());
}

class PayloadParser {
public:
    explicit PayloadParser(const QByteArray &document)
        : m_doc(document)
    {
    }

    Result<QByteArray> bytes(
        const cbor::Node &node, const QString &what, qint64 minSize, qint64 maxSize) const
    {
        if (!cbor_isa_bytestring(node.item))
            return makeError(Error::Code::Malformed,
                Tr::tr("%1 must be a byte string, found %2").arg(what, typeName(node.item)),
                node.span.offset);
        if (!cbor_bytestring_is_definite(node.item))
            return makeError(Error::Code::Malformed,
                Tr::tr("%1 must be a definite-length byte string (chunked strings are not accepted)")
                    .arg(what),
                node.span.offset);
        const qint64 size = node.span.contentLength();
        if (size < minSize || size > maxSize)
            return makeError(
                minSize > 0 && size < minSize ? Error::Code::Malformed : Error::Code::LimitExceeded,
                Tr::tr("%1 is %2 bytes, allowed %3..%4").arg(what).arg(size).arg(minSize).arg(maxSize),
                node.span.offset);
        return slice(node.span);
    }

    Result<QString> text(const cbor::Node &node, const QString &what, qint64 maxSize) const
    {
        if (!cbor_isa_string(node.item))
            return makeError(Error::Code::Malformed,
                Tr::tr("%1 must be a text string, found %2").arg(what, typeName(node.item)),
                node.span.offset);
        if (!cbor_string_is_definite(node.item))
            return makeError(Error::Code::Malformed,
                Tr::tr("%1 must be a definite-length text string (chunked strings are not accepted)")
                    .arg(what),
                node.span.offset);
        if (node.span.contentLength() > maxSize)
            return makeError(Error::Code::LimitExceeded,
                Tr::tr("%1 is %2 bytes, at most %3 allowed")
                    .arg(what)
                    .arg(node.span.contentLength())
                    .arg(maxSize),
                node.span.offset);
        QString s;
        if (!strictUtf8(slice(node.span), &s))
            return makeError(
                Error::Code::Malformed, Tr::tr("%1 is not valid UTF-8").arg(what), node.span.offset);
        return s;
    }

    QByteArray slice(const cbor::Span &span) const
    {
        return m_doc.mid(span.contentOffset(), span.contentLength());
    }

    // A display tree for any item (unknown keys, the unprotected header).
    AttestationField generic(const QString &name, const cbor::Node &node, int depth = 0) const
    {
        AttestationField f;
        f.name = name;
        f.type = typeName(node.item);
        f.span = wholeSpan(node.span);
        switch (cbor_typeof(node.item)) {
        case CBOR_TYPE_UINT:
            f.display = QString::number(cbor_get_int(node.item));
            break;
        case CBOR_TYPE_NEGINT:
            f.display = u"-1-%1"_s.arg(cbor_get_int(node.item));
            break;
        case CBOR_TYPE_BYTESTRING:
            if (cbor_bytestring_is_definite(node.item)) {
                f.contentSpan = contentSpan(node.span);
                f.display = bytesDisplay(slice(node.span));
            } else {
                f.display = Tr::tr("(chunked byte string)");
            }
            break;
        case CBOR_TYPE_STRING:
            if (cbor_string_is_definite(node.item)) {
                f.contentSpan = contentSpan(node.span);
                QString s;
                f.display = strictUtf8(slice(node.span), &s) ? u"\"%1\""_s.arg(s) : u"(invalid UTF-8)"_s;
            } else {
                f.display = Tr::tr("(chunked text string)");
            }
            break;
        case CBOR_TYPE_MAP:
            f.display = u"%1 entries"_s.arg(node.children.size() / 2);
            break;
        case CBOR_TYPE_ARRAY:
            f.display = u"%1 items"_s.arg(node.children.size());
            break;
        case CBOR_TYPE_TAG:
            f.display = u"tag %1"_s.arg(cbor_tag_value(node.item));
            break;
        case CBOR_TYPE_FLOAT_CTRL:
            f.display = f.type;
            if (isSimple(node.item) && cbor_ctrl_value(node.item) == CBOR_CTRL_TRUE)
                f.display = u"true"_s;
            else if (isSimple(node.item) && cbor_ctrl_value(node.item) == CBOR_CTRL_FALSE)
                f.display = u"false"_s;
            break;
        }
        if (depth > 8)
            return f;
        if (cbor_isa_map(node.item)) {
            for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
                const AttestationField key = generic(u"key"_s, node.children[i], depth + 1);
                AttestationField value = generic(key.display, node.children[i + 1], depth + 1);
                value.keySpan = key.span;
                f.children.append(value);
            }
        } else if (cbor_isa_array(node.item) || cbor_isa_tag(node.item)) {
            for (size_t i = 0; i < node.children.size(); ++i)
                f.children.append(generic(u"[%1]"_s.arg(i), node.children[i], depth + 1));
        }
        return f;
    }

private:
    const QByteArray &m_doc;
};

// A COSE_Sign1 from the NSM is [bstr protected, map unprotected, bstr payload, bstr(96)
// signature]. When the envelope does not decode, the declared lengths still tell whether the data
// is simply too short for them: a cut-short or damaged copy then gets "truncated by N bytes"
// instead of whatever the bytes after the payload happen to decode as.
std::optional<Error> envelopeTruncation(QByteArrayView data)
{
    qint64 pos = 0;
    const qint64 size = data.size();
    auto byte = [&](qint64 at) { return at < size ? int(uint8_t(data[at])) : -1; };
    // A definite byte-string head at pos: its content length, pos moved past the head.
    auto bstrHead = [&](quint64 *length) {
        const int b = byte(pos);
        if (b < 0x40 || b > 0x5b)
            return false;
        const int ai = b & 31;
        const int n = ai < 24 ? 0 : 1 << (ai - 24);
        if (pos + 1 + n > size)
            return false;
        quint64 v = ai < 24 ? quint64(ai) : 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | quint64(byte(pos + 1 + i));
        *length = v;
        pos += 1 + n;
        return true;
    };
    if (byte(0) == 0xd2)
        pos = 1;
    else if (byte(0) == 0xd8 && byte(1) == 18)
        pos = 2;
    if (byte(pos) != 0x84)
        return std::nullopt;
    ++pos;
    quint64 length = 0;
    if (!bstrHead(&length) || length > quint64(size))
        return std::nullopt;
    pos += qint64(length);
    if (byte(pos) != 0xa0) // only the empty unprotected map (all the NSM writes) has a known size
        return std::nullopt;
    ++pos;
    const qint64 payloadHead = pos;
    if (!bstrHead(&length) || length > quint64(AttestationDocument::MaxDocumentSize))
        return std::nullopt;
    const qint64 payloadLength = qint64(length);
    const qint64 needed = pos + payloadLength + 2 + SignatureSize;
    if (needed <= size)
        return std::nullopt;
    return Error { Error::Code::Truncated, payloadHead,
        Tr::tr("truncated by %1 bytes: the payload's length (%2 bytes) and the %3-byte signature run past "
               "the end of the data (%4 bytes)")
            .arg(needed - size)
            .arg(payloadLength)
            .arg(SignatureSize)
            .arg(size) };
}

} // namespace

struct AttestationDocument::Private {
    QByteArray bytes;
    CoseSign1 cose;
    Kind kind = Kind::NitroEnclave;
    QString moduleId;
    QString digest;
    quint64 timestampMs = 0;
    bool indefiniteMap = false;
    QList<AttestationPcr> pcrs;
    QByteArray certificateDer;
    QList<QByteArray> cabundleDer;
    X509Certificate certificate;
    QList<X509Certificate> cabundle;
    std::optional<QByteArray> publicKey;
    std::optional<QByteArray> userData;
    std::optional<QByteArray> nonce;
    QStringList keyOrder;
    QStringList unknownKeys;
    QStringList warnings;
    AttestationField tree;
    QMap<QString, FieldSpan> fieldSpans;
};

AttestationDocument::AttestationDocument() = default;
AttestationDocument::~AttestationDocument() = default;
AttestationDocument::AttestationDocument(const AttestationDocument &) = default;
AttestationDocument &AttestationDocument::operator=(const AttestationDocument &) = default;

Result<AttestationDocument> AttestationDocument::parse(QByteArrayView data)
{
    if (data.isEmpty())
        return makeError(Error::Code::Truncated, Tr::tr("empty attestation document"), 0);
    if (data.size() > MaxDocumentSize)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("document is %1 bytes, at most %2 accepted").arg(data.size()).arg(MaxDocumentSize), 0);

    auto d = std::make_shared<Private>();
    d->bytes = data.toByteArray();

    // The envelope: array(4) of bstr, map, bstr, bstr, one level of tag at most.
    cbor::Limits outerLimits;
    outerLimits.maxDepth = 4;
    outerLimits.maxItems = 1024;
    outerLimits.maxStringLength = MaxDocumentSize;
    outerLimits.maxTotalSize = MaxDocumentSize;
    auto cose = CoseSign1::parse(QByteArrayView(d->bytes), 0, outerLimits);
    if (!cose) {
        if (auto truncated = envelopeTruncation(QByteArrayView(d->bytes)))
            return std::unexpected(*truncated);
        return std::unexpected(cose.error());
    }
    d->cose = std::move(*cose);
    const CoseSign1 &c = d->cose;

    // Exactly {1: -35}, byte for byte: the only header the NSM emits (ES384).
    if (c.protectedBytes() != expectedProtected()
        || c.protectedSpan().contentLength() != expectedProtected().size()) {
        QString found = hex::encode(c.protectedBytes().left(16));
        if (c.algorithm() != CoseAlgorithm::ES384 && c.algorithmValue() != 0)
            found += u" (alg %1)"_s.arg(c.algorithmValue());
        return makeError(Error::Code::Unsupported,
            Tr::tr("protected header must be exactly a1013822 ({1: -35}, ES384), found %1").arg(found),
            c.protectedSpan().offset);
    }
    if (c.signature().size() != SignatureSize || c.signatureSpan().contentLength() != SignatureSize)
        return makeError(Error::Code::Malformed,
            Tr::tr("signature must be a 96-byte ES384 r||s, found %1 bytes").arg(c.signature().size()),
            c.signatureSpan().offset);
    if (c.payload().isEmpty() || c.payload().size() > MaxPayloadSize)
        return makeError(c.payload().isEmpty() ? Error::Code::Malformed : Error::Code::LimitExceeded,
            Tr::tr("payload is %1 bytes, allowed 1..%2").arg(c.payload().size()).arg(MaxPayloadSize),
            c.payloadSpan().offset);
    // A chunked payload has no single byte range the signature could be over as received.
    if (c.payloadSpan().contentLength() != c.payload().size())
        return makeError(Error::Code::Malformed, Tr::tr("payload must be a definite-length byte string"),
            c.payloadSpan().offset);
    if (c.unprotectedEntries() != 0)
        d->warnings
            << Tr::tr("unprotected header has %1 entries (not signed, ignored)").arg(c.unprotectedEntries());

    // The payload map, parsed from the exact payload bytes with absolute offsets.
    cbor::Limits payloadLimits;
    payloadLimits.maxDepth = 4;
    payloadLimits.maxItems = 512;
    payloadLimits.maxStringLength = MaxPayloadSize;
    payloadLimits.maxTotalSize = MaxPayloadSize;
    const qint64 base = c.payloadSpan().contentOffset();
    auto tree = cbor::Tree::parse(QByteArrayView(c.payload()), base, payloadLimits);
    if (!tree) {
        Error e = tree.error();
        e.message = u"payload: "_s + e.message;
        return std::unexpected(e);
    }
    const cbor::Node &root = tree->root();
    if (!cbor_isa_map(root.item))
        return makeError(Error::Code::Malformed,
            Tr::tr("payload must be a CBOR map, found %1").arg(typeName(root.item)), root.span.offset);
    d->indefiniteMap = cbor_map_is_indefinite(root.item);

    PayloadParser p(d->bytes);
    AttestationField payloadField;
    payloadField.name = u"payload"_s;
    payloadField.type = u"map"_s;
    payloadField.span = wholeSpan(root.span);
    payloadField.contentSpan = contentSpan(c.payloadSpan());

    QSet<QString> seen;
    bool hasPcrs = false, hasTpmPcrs = false, hasCert = false, hasBundle = false;
    bool hasModule = false, hasDigest = false, hasTimestamp = false;
    for (size_t i = 0; i + 1 < root.children.size(); i += 2) {
        const cbor::Node &keyNode = root.children[i];
        const cbor::Node &value = root.children[i + 1];
        auto key = p.text(keyNode, u"payload key"_s, 64);
        if (!key)
            return std::unexpected(key.error());
        if (seen.contains(*key))
            return makeError(
                Error::Code::Malformed, Tr::tr("duplicate payload key '%1'").arg(*key), keyNode.span.offset);
        seen.insert(*key);
        d->keyOrder << *key;
        d->fieldSpans.insert(*key, wholeSpan(value.span));

        AttestationField f;
        f.name = *key;
        f.type = typeName(value.item);
        f.span = wholeSpan(value.span);
        f.keySpan = wholeSpan(keyNode.span);
        const bool valueIsNull = isNull(value.item);

        if (*key == u"module_id") {
            auto s = p.text(value, u"module_id"_s, MaxModuleIdSize);
            if (!s)
                return std::unexpected(s.error());
            if (s->isEmpty())
                return makeError(Error::Code::Malformed, Tr::tr("module_id is empty"), value.span.offset);
            d->moduleId = *s;
            hasModule = true;
            f.display = *s;
            f.contentSpan = contentSpan(value.span);
        } else if (*key == u"digest") {
            auto s = p.text(value, u"digest"_s, 16);
            if (!s)
                return std::unexpected(s.error());
            if (*s != u"SHA384")
                return makeError(Error::Code::Unsupported,
                    Tr::tr("digest must be \"SHA384\", found \"%1\"").arg(*s), value.span.offset);
            d->digest = *s;
            hasDigest = true;
            f.display = *s;
            f.contentSpan = contentSpan(value.span);
        } else if (*key == u"timestamp") {
            if (!cbor_isa_uint(value.item))
                return makeError(Error::Code::Malformed,
                    Tr::tr("timestamp must be an unsigned integer, found %1").arg(typeName(value.item)),
                    value.span.offset);
            const quint64 ms = cbor_get_int(value.item);
            if (ms == 0 || ms > MaxTimestampMs)
                return makeError(Error::Code::Malformed, Tr::tr("timestamp %1 ms is not a date").arg(ms),
                    value.span.offset);
            d->timestampMs = ms;
            hasTimestamp = true;
            f.display = u"%1 ms = %2"_s.arg(ms).arg(
                QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODateWithMs));
        } else if (*key == u"pcrs" || *key == u"nitrotpm_pcrs") {
            const bool tpm = *key == u"nitrotpm_pcrs";
            if (!cbor_isa_map(value.item))
                return makeError(Error::Code::Malformed,
                    Tr::tr("%1 must be a map, found %2").arg(*key, typeName(value.item)), value.span.offset);
            const int count = int(value.children.size() / 2);
            if (count < 1 || count > MaxPcrCount)
                return makeError(Error::Code::Malformed,
                    Tr::tr("%1 has %2 entries, allowed 1..32").arg(*key).arg(count), value.span.offset);
            QList<AttestationPcr> pcrs;
            for (size_t j = 0; j + 1 < value.children.size(); j += 2) {
                const cbor::Node &k = value.children[j];
                const cbor::Node &v = value.children[j + 1];
                if (!cbor_isa_uint(k.item) || cbor_get_int(k.item) >= quint64(MaxPcrCount))
                    return makeError(Error::Code::Malformed,
                        Tr::tr("PCR index must be an unsigned integer below 32"), k.span.offset);
                const int index = int(cbor_get_int(k.item));
                for (const AttestationPcr &other : std::as_const(pcrs)) {
                    if (other.index == index)
                        return makeError(Error::Code::Malformed, Tr::tr("duplicate PCR index %1").arg(index),
                            k.span.offset);
                }
                auto b = p.bytes(v, u"PCR%1"_s.arg(index), 32, 64);
                if (!b)
                    return std::unexpected(b.error());
                if (b->size() != 32 && b->size() != 48 && b->size() != 64)
                    return makeError(Error::Code::Malformed,
                        Tr::tr("PCR%1 is %2 bytes, must be 32, 48 or 64").arg(index).arg(b->size()),
                        v.span.offset);
                pcrs.append({ index, *b, wholeSpan(v.span) });
                AttestationField pf;
                pf.name = u"%1"_s.arg(index);
                pf.type = u"bytes"_s;
                pf.display = hex::encode(*b);
                pf.span = wholeSpan(v.span);
                pf.keySpan = wholeSpan(k.span);
                pf.contentSpan = contentSpan(v.span);
                f.children.append(pf);
            }
            std::sort(pcrs.begin(), pcrs.end(),
                [](const AttestationPcr &a, const AttestationPcr &b) { return a.index < b.index; });
            d->pcrs = pcrs;
            f.display = u"%1 PCRs"_s.arg(count);
            if (tpm) {
                hasTpmPcrs = true;
                d->kind = Kind::NitroTpm;
                f.display += u" (NitroTPM)"_s;
            } else {
                hasPcrs = true;
            }
        } else if (*key == u"certificate") {
            auto b = p.bytes(value, u"certificate"_s, 1, MaxCertificateSize);
            if (!b)
                return std::unexpected(b.error());
            auto cert = X509Certificate::fromDer(*b);
            if (!cert)
                return makeError(Error::Code::Malformed,
                    Tr::tr("certificate is not one DER X.509 certificate: %1").arg(cert.error().message),
                    value.span.offset);
            d->certificateDer = *b;
            d->certificate = *cert;
            hasCert = true;
            f.display = cert->subject();
            f.contentSpan = contentSpan(value.span);
        } else if (*key == u"cabundle") {
            if (!cbor_isa_array(value.item))
                return makeError(Error::Code::Malformed,
                    Tr::tr("cabundle must be an array, found %1").arg(typeName(value.item)),
                    value.span.offset);
            const int count = int(value.children.size());
            if (count < 1 || count > MaxBundleCount)
                return makeError(Error::Code::Malformed,
                    Tr::tr("cabundle has %1 certificates, allowed 1..%2").arg(count).arg(MaxBundleCount),
                    value.span.offset);
            for (int j = 0; j < count; ++j) {
                const cbor::Node &v = value.children[size_t(j)];
                const QString what = u"cabundle[%1]"_s.arg(j);
                auto b = p.bytes(v, what, 1, MaxCertificateSize);
                if (!b)
                    return std::unexpected(b.error());
                auto cert = X509Certificate::fromDer(*b);
                if (!cert)
                    return makeError(Error::Code::Malformed,
                        Tr::tr("%1 is not one DER X.509 certificate: %2").arg(what, cert.error().message),
                        v.span.offset);
                d->cabundleDer << *b;
                d->cabundle << *cert;
                AttestationField cf;
                cf.name = what;
                cf.type = u"bytes"_s;
                cf.display = cert->subject();
                cf.span = wholeSpan(v.span);
                cf.contentSpan = contentSpan(v.span);
                f.children.append(cf);
            }
            hasBundle = true;
            f.display = u"%1 certificates"_s.arg(count);
        } else if (*key == u"public_key" || *key == u"user_data" || *key == u"nonce") {
            if (valueIsNull) {
                f.display = u"null (absent)"_s;
            } else {
                auto b = p.bytes(value, *key, 0, MaxOptionalSize);
                if (!b)
                    return std::unexpected(b.error());
                if (*key == u"public_key") {
                    d->publicKey = *b;
                    if (b->isEmpty())
                        d->warnings << Tr::tr(
                            "public_key is an empty byte string (AWS requires 1..1024 bytes)");
                } else {
                    (*key == u"user_data" ? d->userData : d->nonce) = *b;
                    if (b->size() > SoftOptionalSize)
                        d->warnings
                            << Tr::tr("%1 is %2 bytes, above AWS's documented 512").arg(*key).arg(b->size());
                }
                f.display = bytesDisplay(*b);
                f.contentSpan = contentSpan(value.span);
            }
        } else {
            d->unknownKeys << *key;
            f = p.generic(*key, value);
            f.keySpan = wholeSpan(keyNode.span);
            f.display = u"(unknown key) "_s + f.display;
        }
        payloadField.children.append(f);
    }

    const qint64 mapOffset = root.span.offset;
    auto missing = [&](const char *name) {
        return makeError(
            Error::Code::Malformed, Tr::tr("payload has no '%1'").arg(QLatin1StringView(name)), mapOffset);
    };
    if (hasPcrs && hasTpmPcrs)
        return makeError(
            Error::Code::Malformed, Tr::tr("payload has both 'pcrs' and 'nitrotpm_pcrs'"), mapOffset);
    if (!hasModule)
        return missing("module_id");
    if (!hasDigest)
        return missing("digest");
    if (!hasTimestamp)
        return missing("timestamp");
    if (!hasPcrs && !hasTpmPcrs)
        return missing("pcrs");
    if (!hasCert)
        return missing("certificate");
    if (!hasBundle)
        return missing("cabundle");

    payloadField.display
        = Tr::tr("%1, %2 fields, %3 map")
              .arg(d->kind == Kind::NitroTpm ? u"NitroTPM document"_s : u"AttestationDocument"_s)
              .arg(d->keyOrder.size())
              .arg(d->indefiniteMap ? u"indefinite-length"_s : u"definite-length"_s);

    // The inspector tree.
    AttestationField top;
    top.name = u"COSE_Sign1"_s;
    top.type = c.isTagged() ? u"tag"_s : u"array"_s;
    top.display = c.isTagged() ? Tr::tr("tag 18, 4 items") : Tr::tr("untagged, 4 items");
    top.span = { 0, qint64(d->bytes.size()) };
    AttestationField prot;
    prot.name = u"protected"_s;
    prot.type = u"bytes"_s;
    prot.display = u"{1: -35} (alg ES384)"_s;
    prot.span = wholeSpan(c.protectedSpan());
    prot.contentSpan = contentSpan(c.protectedSpan());
    AttestationField unprot;
    unprot.name = u"unprotected"_s;
    unprot.type = u"map"_s;
    unprot.display = u"%1 entries"_s.arg(c.unprotectedEntries());
    unprot.span = wholeSpan(c.unprotectedSpan());
    AttestationField sig;
    sig.name = u"signature"_s;
    sig.type = u"bytes"_s;
    sig.display = hex::encode(c.signature());
    sig.span = wholeSpan(c.signatureSpan());
    sig.contentSpan = contentSpan(c.signatureSpan());
    top.children = { prot, unprot, payloadField, sig };
    d->tree = top;

    AttestationDocument doc;
    doc.d = std::move(d);
    return doc;
}

bool AttestationDocument::isValid() const
{
    return bool(d);
}
QByteArray AttestationDocument::bytes() const
{
    return d ? d->bytes : QByteArray();
}
bool AttestationDocument::isTagged() const
{
    return d && d->cose.isTagged();
}
QByteArray AttestationDocument::protectedHeader() const
{
    return d ? d->cose.protectedBytes() : QByteArray();
}
int AttestationDocument::unprotectedEntries() const
{
    return d ? d->cose.unprotectedEntries() : 0;
}
QByteArray AttestationDocument::payload() const
{
    return d ? d->cose.payload() : QByteArray();
}
QByteArray AttestationDocument::signature() const
{
    return d ? d->cose.signature() : QByteArray();
}
QByteArray AttestationDocument::sigStructure() const
{
    return d ? d->cose.sigStructure() : QByteArray();
}

Result<void> AttestationDocument::verifySignature(const X509Certificate &signer) const
{
    if (!d)
        return makeError(Error::Code::Usage, Tr::tr("no document"));
    return d->cose.verify(signer);
}

AttestationDocument::Kind AttestationDocument::kind() const
{
    return d ? d->kind : Kind::NitroEnclave;
}

QString AttestationDocument::kindName() const
{
    return kind() == Kind::NitroTpm ? u"NitroTPM"_s : u"Nitro Enclaves"_s;
}

QString AttestationDocument::moduleId() const
{
    return d ? d->moduleId : QString();
}
QString AttestationDocument::digest() const
{
    return d ? d->digest : QString();
}
quint64 AttestationDocument::timestampMs() const
{
    return d ? d->timestampMs : 0;
}

QDateTime AttestationDocument::timestamp() const
{
    return d ? QDateTime::fromMSecsSinceEpoch(qint64(d->timestampMs), Qt::UTC) : QDateTime();
}

bool AttestationDocument::isIndefiniteMap() const
{
    return d && d->indefiniteMap;
}
QList<AttestationPcr> AttestationDocument::pcrs() const
{
    return d ? d->pcrs : QList<AttestationPcr>();
}

std::optional<QByteArray> AttestationDocument::pcr(int index) const
{
    if (d) {
        for (const AttestationPcr &p : d->pcrs) {
            if (p.index == index)
                return p.value;
        }
    }
    return std::nullopt;
}

bool AttestationDocument::isDebugMode() const
{
    for (int i = 0; i < 3; ++i) {
        const auto v = pcr(i);
        if (!v || v->count('\0') != v->size())
            return false;
    }
    return true;
}

QByteArray AttestationDocument::certificateDer() const
{
    return d ? d->certificateDer : QByteArray();
}
QList<QByteArray> AttestationDocument::cabundleDer() const
{
    return d ? d->cabundleDer : QList<QByteArray>();
}
X509Certificate AttestationDocument::certificate() const
{
    return d ? d->certificate : X509Certificate();
}
QList<X509Certificate> AttestationDocument::cabundle() const
{
    return d ? d->cabundle : QList<X509Certificate>();
}
std::optional<QByteArray> AttestationDocument::publicKey() const
{
    return d ? d->publicKey : std::nullopt;
}
std::optional<QByteArray> AttestationDocument::userData() const
{
    return d ? d->userData : std::nullopt;
}
std::optional<QByteArray> AttestationDocument::nonce() const
{
    return d ? d->nonce : std::nullopt;
}
QStringList AttestationDocument::keyOrder() const
{
    return d ? d->keyOrder : QStringList();
}
QStringList AttestationDocument::unknownKeys() const
{
    return d ? d->unknownKeys : QStringList();
}
QStringList AttestationDocument::warnings() const
{
    return d ? d->warnings : QStringList();
}
AttestationField AttestationDocument::tree() const
{
    return d ? d->tree : AttestationField();
}

FieldSpan AttestationDocument::fieldSpan(const QString &key) const
{
    return d ? d->fieldSpans.value(key) : FieldSpan();
}

} // namespace enclave

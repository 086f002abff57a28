#include "attestation/attestationinput.h"

#include <QCoreApplication>
#include <QList>

#include "attestation/attestationdocument.h"

using namespace Qt::StringLiterals;

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AttestationInput)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isBase64(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '/'
        || c == '-' || c == '_' || c == '=';
}
} // namespace

Result<QByteArray> decodeAttestationInput(QByteArrayView input, QString *encoding, AttestationEncoding as)
{
    // Text forms are at most twice the binary limit; anything bigger is refused before decoding.
    static_assert(MaxAttestationInputSize == 2 * AttestationDocument::MaxDocumentSize + 4096);
    if (input.size() > MaxAttestationInputSize)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("input is %1 bytes, too large for an attestation document").arg(input.size()), 0);
    const bool detect = as == AttestationEncoding::Detect;
    if (detect) {
        if (input.isEmpty())
            return makeError(Error::Code::Truncated, Tr::tr("empty input"), 0);
        const auto first = quint8(input.front());
        if (first == 0x84 || first == 0xd2 || first < 0x20 || first >= 0x7f) {
            if (encoding)
                *encoding = u"cbor"_s;
            return input.toByteArray();
        }
    }
    // "0x" in front of hex text (as printed by many tools).
    qsizetype start = 0;
    while (start < input.size() && isSpace(input.at(start)))
        ++start;
    if (as != AttestationEncoding::Base64
        && (input.sliced(start).startsWith("0x") || input.sliced(start).startsWith("0X")))
        start += 2;
    QByteArray compact;
    compact.reserve(input.size());
    QList<qsizetype> offsets; // of each compact character in input, for base64 padding errors
    bool allHex = true;
    for (qsizetype i = start; i < input.size(); ++i) {
        const char c = input.at(i);
        if (isSpace(c))
            continue;
        allHex = allHex && isHex(c);
        const bool ok = as == AttestationEncoding::Hex ? isHex(c) : isBase64(c);
        if (!ok) {
            const QString hexCode = u"%1"_s.arg(uint(quint8(c)), 2, 16, QChar(u'0'));
            return makeError(Error::Code::Malformed,
                detect ? Tr::tr("not CBOR, hex or base64 (unexpected character 0x%1)").arg(hexCode)
                       : Tr::tr("unexpected character 0x%1 in %2 text")
                             .arg(hexCode, as == AttestationEncoding::Hex ? u"hex"_s : u"base64"_s),
                i);
        }
        compact.append(c);
        offsets.append(i);
    }
    if (compact.isEmpty())
        return makeError(Error::Code::Truncated, Tr::tr("input holds only whitespace"), input.size());

    const auto startsLikeCose = [&] {
        const QByteArray firstByte = compact.left(2).toLower();
        return firstByte == "84" || firstByte == "d2";
    };
    const bool hex = as == AttestationEncoding::Hex
        || (detect && allHex && (compact.size() % 2 == 0 || startsLikeCose()));
    if (hex) {
        if (compact.size() % 2 != 0)
            return makeError(Error::Code::Truncated, Tr::tr("odd number of hex digits"), input.size());
        if (encoding)
            *encoding = u"hex"_s;
        return QByteArray::fromHex(compact);
    }
    // '=' only pads the end: name the first character after padding.
    if (const qsizetype pad = compact.indexOf('='); pad >= 0) {
        for (qsizetype i = pad; i < compact.size(); ++i) {
            if (compact.at(i) != '=')
                return makeError(Error::Code::Malformed, Tr::tr("invalid base64 padding"), offsets.at(i));
        }
    }
    const bool url = compact.contains('-') || compact.contains('_');
    auto decoded = QByteArray::fromBase64Encoding(compact,
        (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) // an incomplete last group or too much padding: the end of the text is wrong
        return makeError(Error::Code::Malformed, Tr::tr("invalid base64 text"), input.size());
    if (encoding)
        *encoding = u"base64"_s;
    return decoded.decoded;
}

} // namespace enclave

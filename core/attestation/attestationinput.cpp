#include "attestation/attestationinput.h"

#include <QCoreApplication>

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

Result<QByteArray> decodeAttestationInput(const QByteArray &input, QString *encoding)
{
    // Text forms are at most twice the binary limit; anything bigger is refused before decoding.
    static_assert(MaxAttestationInputSize == 2 * AttestationDocument::MaxDocumentSize + 4096);
    if (input.size() > MaxAttestationInputSize)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("input is %1 bytes, too large for an attestation document").arg(input.size()), 0);
    if (input.isEmpty())
        return makeError(Error::Code::Truncated, Tr::tr("empty input"), 0);
    const auto first = quint8(input.at(0));
    if (first == 0x84 || first == 0xd2 || first < 0x20 || first >= 0x7f) {
        if (encoding)
            *encoding = u"cbor"_s;
        return input;
    }
    // "0x" in front of hex text (as printed by many tools).
    qsizetype start = 0;
    while (start < input.size() && isSpace(input.at(start)))
        ++start;
    if (input.mid(start, 2) == "0x" || input.mid(start, 2) == "0X")
        start += 2;
    QByteArray compact;
    compact.reserve(input.size());
    bool allHex = true;
    bool allBase64 = true;
    for (qsizetype i = start; i < input.size(); ++i) {
        const char c = input.at(i);
        if (isSpace(c))
            continue;
        allHex = allHex && isHex(c);
        allBase64 = allBase64 && isBase64(c);
        if (!allBase64)
            return makeError(Error::Code::Malformed,
                Tr::tr("not CBOR, hex or base64 (unexpected character 0x%1)")
                    .arg(uint(quint8(c)), 2, 16, QChar(u'0')),
                i);
        compact.append(c);
    }
    if (compact.isEmpty())
        return makeError(Error::Code::Truncated, Tr::tr("input holds only whitespace"), 0);
    if (allHex && compact.size() % 2 == 0) {
        if (encoding)
            *encoding = u"hex"_s;
        return QByteArray::fromHex(compact);
    }
    const bool url = compact.contains('-') || compact.contains('_');
    auto decoded = QByteArray::fromBase64Encoding(compact,
        (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(Error::Code::Malformed, Tr::tr("invalid base64 text"), 0);
    if (encoding)
        *encoding = u"base64"_s;
    return decoded.decoded;
}

} // namespace enclave

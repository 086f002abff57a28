#include "shell/filetype.h"

#include <QCoreApplication>

namespace enclave::ui {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '-' || c == '_' || c == '=';
}

QByteArray compact(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (!isSpace(c))
            out.append(c);
    }
    return out;
}

bool startsLikeCose(unsigned char first)
{
    return first == 0x84 || first == 0xd2;
}

} // namespace

FileType FileTypeDetector::detect(QByteArrayView head)
{
    if (head.isEmpty())
        return FileType::Empty;
    if (head.startsWith(QByteArrayView(".eif")))
        return FileType::Eif;
    const auto first = static_cast<unsigned char>(head.front());
    if (startsLikeCose(first))
        return FileType::CoseCbor;

    // Text: judged on the leading run of hex or base64 characters, so a document with a stray
    // character later still opens as text and decodeText() names the offending offset.
    const QByteArray text = compact(head.first(std::min<qsizetype>(head.size(), HeadSize)));
    qsizetype hexRun = 0;
    while (hexRun < text.size() && isHexDigit(text.at(hexRun)))
        ++hexRun;
    qsizetype base64Run = 0;
    while (base64Run < text.size() && isBase64Char(text.at(base64Run)))
        ++base64Run;
    constexpr qsizetype MinRun = 8;
    if (hexRun >= MinRun) {
        const QByteArray firstByte = QByteArray::fromHex(text.left(2));
        if (startsLikeCose(static_cast<unsigned char>(firstByte.at(0))))
            return FileType::CoseHex;
    }
    if (base64Run >= MinRun) {
        for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const auto decoded = QByteArray::fromBase64Encoding(text.left(MinRun),
                                                                options | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && !decoded.decoded.isEmpty()
                && startsLikeCose(static_cast<unsigned char>(decoded.decoded.at(0))))
                return FileType::CoseBase64;
        }
    }
    return FileType::Unknown;
}

Result<QByteArray> FileTypeDetector::decodeText(FileType type, QByteArrayView text)
{
    if (type != FileType::CoseBase64 && type != FileType::CoseHex)
        return text.toByteArray();
    if (text.size() > MaxTextSize) {
        return makeError(Error::Code::LimitExceeded,
                         QCoreApplication::translate("FileTypeDetector", "text document larger than %1 bytes")
                             .arg(MaxTextSize));
    }
    // Find the first byte that breaks the encoding, so the error names its offset in the file.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const bool ok = isSpace(c) || (type == FileType::CoseHex ? isHexDigit(c) : isBase64Char(c));
        if (!ok) {
            return makeError(Error::Code::Malformed,
                             QCoreApplication::translate("FileTypeDetector", "unexpected character 0x%1 in %2 text")
                                 .arg(uint(static_cast<unsigned char>(c)), 2, 16, QLatin1Char('0'))
                                 .arg(type == FileType::CoseHex ? QStringLiteral("hex") : QStringLiteral("base64")),
                             i);
        }
    }
    const QByteArray clean = compact(text);
    if (type == FileType::CoseHex) {
        if (clean.size() % 2 != 0) {
            return makeError(Error::Code::Truncated,
                             QCoreApplication::translate("FileTypeDetector", "odd number of hex digits"),
                             text.size());
        }
        return QByteArray::fromHex(clean);
    }
    const bool url = clean.contains('-') || clean.contains('_');
    auto decoded = QByteArray::fromBase64Encoding(
        clean, (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return makeError(Error::Code::Malformed,
                         QCoreApplication::translate("FileTypeDetector", "invalid base64 padding"), text.size());
    }
    return decoded.decoded;
}

QString FileTypeDetector::displayName(FileType type)
{
    switch (type) {
    case FileType::Unknown: return QCoreApplication::translate("FileTypeDetector", "Unknown");
    case FileType::Empty: return QCoreApplication::translate("FileTypeDetector", "Empty file");
    case FileType::Eif: return QCoreApplication::translate("FileTypeDetector", "Enclave image (EIF)");
    case FileType::CoseCbor: return QCoreApplication::translate("FileTypeDetector", "Attestation document (CBOR)");
    case FileType::CoseBase64: return QCoreApplication::translate("FileTypeDetector", "Attestation document (base64)");
    case FileType::CoseHex: return QCoreApplication::translate("FileTypeDetector", "Attestation document (hex)");
    }
    return {};
}

} // namespace enclave::ui

#include "measure/inputdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "attestation/attestationinput.h"
#include "common/readfile.h"
#include "measure/measurementsjsonparser.h"

namespace enclave {

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

bool startsLikeJson(QByteArrayView content)
{
    for (char c : content) {
        if (isSpace(c))
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

InputKind fromSourceType(Measurements::SourceType type)
{
    using T = Measurements::SourceType;
    switch (type) {
    case T::NitroCliJson:
        return InputKind::NitroCliJson;
    case T::DescribeEifJson:
        return InputKind::DescribeEifJson;
    case T::KmsKeyPolicy:
        return InputKind::KmsKeyPolicy;
    case T::Expectations:
        return InputKind::Expectations;
    default:
        return InputKind::Unknown;
    }
}

// Attestation documents as text: judged on the leading run of hex or base64 characters, so a
// document with a stray character later still opens as text and the decoder names the offset.
InputKind detectCoseText(QByteArrayView head)
{
    QByteArray text = compact(head.first(std::min<qsizetype>(head.size(), InputDetector::HeadSize)));
    // "0x" in front of hex text, as decodeAttestationInput accepts it (the CLI and File > Open agree).
    if (text.startsWith("0x") || text.startsWith("0X"))
        text.remove(0, 2);
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
            return InputKind::CoseHex;
    }
    if (base64Run >= MinRun) {
        for (auto options : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
            const auto decoded = QByteArray::fromBase64Encoding(
                text.left(MinRun), options | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && !decoded.decoded.isEmpty()
                && startsLikeCose(static_cast<unsigned char>(decoded.decoded.at(0))))
                return InputKind::CoseBase64;
        }
    }
    return InputKind::Unknown;
}

} // namespace

qsizetype InputDetector::jsonOffset(QByteArrayView content)
{
    if (startsLikeJson(content))
        return 0;
    // `nitro-cli build-enclave ... > out.txt 2>&1` puts progress lines before the JSON: the JSON
    // starts at the first line that opens an object, if what comes before is text.
    const qsizetype brace = content.indexOf(QByteArrayView("\n{"));
    if (brace < 0 || !content.first(brace).isValidUtf8())
        return -1;
    return brace + 1;
}

InputKind InputDetector::detect(QByteArrayView content)
{
    if (content.isEmpty())
        return InputKind::Empty;
    if (content.startsWith(QByteArrayView(".eif")))
        return InputKind::Eif;
    if (startsLikeCose(static_cast<unsigned char>(content.front())))
        return InputKind::CoseCbor;
    if (const qsizetype json = jsonOffset(content); json >= 0) {
        const InputKind kind
            = fromSourceType(MeasurementsJsonParser::detect(content.sliced(json).toByteArray()));
        if (kind != InputKind::Unknown || json == 0)
            return kind;
    }
    return detectCoseText(content);
}

Result<InputKind> InputDetector::detectFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(Error::Code::Io,
            QCoreApplication::translate("enclave::InputDetector", "cannot open: not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
            QCoreApplication::translate("enclave::InputDetector", "cannot open: %1").arg(file.errorString()));
    const QByteArray head = file.read(HeadSize);
    const InputKind kind = detect(head);
    // JSON shapes need the whole document; a larger file is no measurements JSON we would parse.
    if (kind != InputKind::Unknown || file.size() <= head.size() || file.size() > MaxWholeFileSize
        || jsonOffset(head) < 0)
        return kind;
    file.close();
    auto whole = readFileLimited(path, MaxWholeFileSize);
    if (!whole)
        return std::unexpected(whole.error());
    return detect(*whole);
}

qint64 InputDetector::maxSize(InputKind kind)
{
    switch (kind) {
    case InputKind::Eif:
        return -1;
    case InputKind::CoseCbor:
    case InputKind::CoseBase64:
    case InputKind::CoseHex:
        return MaxAttestationInputSize;
    case InputKind::NitroCliJson:
    case InputKind::DescribeEifJson:
    case InputKind::KmsKeyPolicy:
    case InputKind::Expectations:
        return MeasurementsJsonParser::MaxJsonSize;
    case InputKind::Empty:
    case InputKind::Unknown:
        break;
    }
    return MaxWholeFileSize;
}

Result<QByteArray> InputDetector::decodeText(InputKind kind, QByteArrayView text)
{
    if (kind != InputKind::CoseBase64 && kind != InputKind::CoseHex)
        return text.toByteArray();
    return decodeAttestationInput(
        text, nullptr, kind == InputKind::CoseHex ? AttestationEncoding::Hex : AttestationEncoding::Base64);
}

Measurements::SourceType InputDetector::sourceType(InputKind kind)
{
    using T = Measurements::SourceType;
    switch (kind) {
    case InputKind::Eif:
        return T::Eif;
    case InputKind::CoseCbor:
    case InputKind::CoseBase64:
    case InputKind::CoseHex:
        return T::AttestationDocument;
    case InputKind::NitroCliJson:
        return T::NitroCliJson;
    case InputKind::DescribeEifJson:
        return T::DescribeEifJson;
    case InputKind::KmsKeyPolicy:
        return T::KmsKeyPolicy;
    case InputKind::Expectations:
        return T::Expectations;
    case InputKind::Empty:
    case InputKind::Unknown:
        break;
    }
    return T::Unknown;
}

} // namespace enclave

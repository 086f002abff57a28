#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "common/error.h"
#include "measure/measurements.h"

namespace enclave {

// What an input is, decided from its bytes (never from its name). The one rule set for the GUI's
// File > Open, the measurements loader (diff, kms-policy --from, Compare) and the CLI:
// - an EIF starts with the magic ".eif";
// - an attestation document is COSE_Sign1 in CBOR (untagged array of four 0x84, or tag 18 0xd2),
//   or the hex or base64 (standard or URL alphabet) text of one;
// - JSON (possibly after text lines, as `nitro-cli build-enclave ... 2>&1` writes) is one of
//   MeasurementsJsonParser's shapes: nitro-cli output, describe-eif JSON, a KMS key policy or an
//   expectations file.
enum class InputKind {
    Unknown,
    Empty,
    Eif,
    CoseCbor, // binary COSE_Sign1 (attestation document)
    CoseBase64, // base64 text of a COSE_Sign1
    CoseHex, // hex text of a COSE_Sign1
    NitroCliJson, // nitro-cli build-enclave / sign-eif / describe-eif / describe-enclaves
    DescribeEifJson, // enclave-tool describe-eif
    KmsKeyPolicy,
    Expectations, // {"PCR0": "...", ...}
};

class InputDetector final {
public:
    // Bytes of the head the binary and text forms are judged on.
    static constexpr qsizetype HeadSize = 4096;
    // The one cap for inputs read whole (everything but EIFs, which are streamed): the largest
    // of maxSize() over the kinds, so the detector never reads more than a parser would accept.
    static constexpr qint64 MaxWholeFileSize = 4 << 20;

    // `content` is the whole input or its first bytes: binary and text forms are recognised from
    // HeadSize bytes; a JSON shape only from the complete JSON (a prefix of JSON is Unknown).
    static InputKind detect(QByteArrayView content);
    // Reads the head of the file, and the whole file (at most MaxWholeFileSize) when it may be
    // JSON. Errors only when the file cannot be read; an unrecognised file is Unknown.
    static Result<InputKind> detectFile(const QString &path);

    // Where the JSON starts: 0 for JSON, after the last text line for captured nitro-cli output;
    // -1 when the content holds no JSON object or array.
    static qsizetype jsonOffset(QByteArrayView content);
    // Largest input of this kind a parser accepts (read whole); -1 for EIFs (streamed).
    static qint64 maxSize(InputKind kind);

    static bool isAttestation(InputKind kind)
    {
        return kind == InputKind::CoseCbor || kind == InputKind::CoseBase64 || kind == InputKind::CoseHex;
    }
    static bool isMeasurementsJson(InputKind kind)
    {
        return kind == InputKind::NitroCliJson || kind == InputKind::DescribeEifJson
            || kind == InputKind::KmsKeyPolicy || kind == InputKind::Expectations;
    }
    // Decodes the text form of an attestation document (CoseBase64, CoseHex) to its binary
    // document with decodeAttestationInput (errors name offsets in `text`, the user's file); other
    // kinds are returned as they are.
    static Result<QByteArray> decodeText(InputKind kind, QByteArrayView text);

    // The Measurements source type of a kind (Unknown for Empty/Unknown).
    static Measurements::SourceType sourceType(InputKind kind);
};

} // namespace enclave

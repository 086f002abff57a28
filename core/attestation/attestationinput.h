#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "common/error.h"

namespace enclave {

// Attestation documents travel as raw CBOR, base64 or hex text: decodeAttestationInput returns the
// binary document. It is the one decoder of the text forms (the CLI, the measurements loader, the
// posture inputs and, through InputDetector::decodeText, the app's File > Open).
//
// Text forms are at most twice the binary limit (AttestationDocument::MaxDocumentSize, 64 KiB)
// plus whitespace: anything bigger is refused before decoding.
inline constexpr qint64 MaxAttestationInputSize = 2 * (64 * 1024) + 4096;

enum class AttestationEncoding {
    // Decided from the bytes: raw CBOR by its first byte (0x84 array(4), 0xd2 tag 18, or any
    // control or non-ASCII byte); otherwise the text, ignoring whitespace, must be entirely hex
    // (an even number of digits, or an odd number starting like a COSE_Sign1, "84"/"d2", which is
    // then reported as missing a digit) or entirely base64 (standard or URL alphabet).
    Detect,
    Hex, // the caller knows it is hex text (InputDetector said CoseHex)
    Base64, // the caller knows it is base64 text (InputDetector said CoseBase64)
};

// Error offsets are offsets in `input`, the user's file, so that a hex view can mark them: the
// first character that breaks the encoding, or input.size() when something is missing at the end
// (an odd hex digit, an incomplete base64 group). Errors found later, while parsing the decoded
// document, have offsets in the decoded bytes; callers say so.
// `encoding` is set to "cbor", "hex" or "base64". A "0x" in front of hex text is skipped.
// Worst-case cost: input over 2 x 64 KiB + 4 KiB is refused first; then one pass to classify and
// one to decode: linear time, output <= input bytes plus one copy without whitespace.
Result<QByteArray> decodeAttestationInput(
    QByteArrayView input, QString *encoding = nullptr, AttestationEncoding as = AttestationEncoding::Detect);

} // namespace enclave

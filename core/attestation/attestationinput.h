#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace enclave {

// Attestation documents travel as raw CBOR, base64 or hex text: returns the binary document.
// Raw CBOR is recognised by its first byte (0x84 array(4) or 0xd2 tag 18); otherwise the text,
// ignoring whitespace, must be entirely hex or entirely base64. `encoding` is set to "cbor",
// "hex" or "base64".
// Text forms are at most twice the binary limit (AttestationDocument::MaxDocumentSize, 64 KiB)
// plus whitespace: anything bigger is refused before decoding.
inline constexpr qint64 MaxAttestationInputSize = 2 * (64 * 1024) + 4096;

// Worst-case cost: input over 2 x 64 KiB + 4 KiB is refused first; then one pass to classify and
// one to decode: linear time, output <= input bytes plus one copy without whitespace.
Result<QByteArray> decodeAttestationInput(const QByteArray &input, QString *encoding = nullptr);

} // namespace enclave

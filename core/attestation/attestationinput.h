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

Result<QByteArray> decodeAttestationInput(const QByteArray &input, QString *encoding = nullptr);

} // namespace enclave

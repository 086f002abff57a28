#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "common/error.h"

namespace enclave::ui {

// What a file is, decided from its bytes (never from its name): EIF images start with the magic
// ".eif"; attestation documents are COSE_Sign1 in CBOR, either an untagged array of four (0x84) or
// tag 18 (0xd2); the same documents are often passed around as base64 or hex text.
enum class FileType {
    Unknown,
    Empty,
    Eif,
    CoseCbor,   // binary COSE_Sign1 (attestation document)
    CoseBase64, // base64 (standard or URL alphabet) of a COSE_Sign1
    CoseHex,    // hex text of a COSE_Sign1
};

class FileTypeDetector final
{
public:
    // Bytes of the head the decision needs (text forms are judged on a prefix).
    static constexpr qsizetype HeadSize = 4096;
    // Text forms are decoded whole; attestation documents are a few KiB, so this is generous.
    static constexpr qint64 MaxTextSize = 4 * 1024 * 1024;

    static FileType detect(QByteArrayView head);
    // Decodes a text form (CoseBase64/CoseHex) to the binary document; other types are returned as is.
    static Result<QByteArray> decodeText(FileType type, QByteArrayView text);
    static QString displayName(FileType type);
};

} // namespace enclave::ui

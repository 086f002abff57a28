#pragma once

#include <QList>
#include <QString>

namespace enclave {

// Where a decoded item sits in the attestation document (absolute offsets into the binary COSE
// document, i.e. after base64/hex text input has been decoded). offset < 0 means "no bytes".
struct FieldSpan {
    qint64 offset = -1;
    qint64 length = 0;
    bool isValid() const { return offset >= 0; }
    qint64 end() const { return offset + length; }
    bool operator==(const FieldSpan &) const = default;
};

// One node of the inspector tree: the COSE envelope, the payload map, each field, each PCR and
// certificate. Plain value type so widgets/ can build models on it without parsing bytes.
struct AttestationField {
    QString name; // "payload", "module_id", "pcrs", "16", "cabundle[0]", ...
    QString type; // CBOR type: "array", "map", "bytes", "text", "uint", "nint", "null", "tag"
    QString display; // ready-to-show value (text, hex, number, summary)
    FieldSpan span; // the whole encoded item (head + content)
    FieldSpan keySpan; // the map key that names it, when it is a map value
    FieldSpan contentSpan; // the content of a byte/text string (the bytes a hex view highlights)
    QList<AttestationField> children;
};

} // namespace enclave

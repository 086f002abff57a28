#pragma once

#include <QtGlobal>

// CBOR limits and byte spans: plain values, safe for any header (no libcbor type here; the decoded
// tree that holds libcbor items is core-private, see cbortree_p.h).

namespace enclave::cbor {

// Checked on the raw bytes before libcbor allocates anything.
struct Limits {
    int maxDepth = 16;
    qint64 maxItems = 200000;
    qint64 maxStringLength = 1 << 20;
    qint64 maxTotalSize = 64 << 20;
    bool allowIndefinite = true; // indefinite maps/arrays/strings (real 2025+ attestations use maps)
};

// Where an item's bytes are: offset of its first head byte (absolute: includes the caller's base
// offset), its whole encoded length, and the length of its head (so a definite byte/text string's
// content starts at offset + headerLength).
struct Span {
    qint64 offset = 0;
    qint64 length = 0;
    qint64 headerLength = 0;
    qint64 contentOffset() const { return offset + headerLength; }
    qint64 contentLength() const { return length - headerLength; }
};

} // namespace enclave::cbor

#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QByteArrayView>

#include "common/error.h"

// Internal to core: exposes libcbor's item type, so never include this from a public header
// that widgets/ uses.
struct cbor_item_t;

namespace enclave::cbor {

// Checked on the raw bytes before libcbor allocates anything.
struct Limits
{
    int maxDepth = 16;
    qint64 maxItems = 200000;
    qint64 maxStringLength = 1 << 20;
    qint64 maxTotalSize = 64 << 20;
    bool allowIndefinite = true;     // indefinite maps/arrays/strings (real 2025+ attestations use maps)
};

// Where an item's bytes are: offset of its first head byte (absolute: includes the caller's base
// offset), its whole encoded length, and the length of its head (so a definite byte/text string's
// content starts at offset + headerLength).
struct Span
{
    qint64 offset = 0;
    qint64 length = 0;
    qint64 headerLength = 0;
    qint64 contentOffset() const { return offset + headerLength; }
    qint64 contentLength() const { return length - headerLength; }
};

// One decoded item with its span. Children: array elements; map entries as key, value, key,
// value...; a tag's single tagged item; an indefinite string's chunks. `item` is owned by the Tree.
struct Node
{
    cbor_item_t *item = nullptr;
    Span span;
    std::vector<Node> children;
};

// A decoded CBOR item that owns its libcbor tree (cbor_decref on destruction).
// Worst-case cost: two linear passes (the Scanner checks every head against the remaining bytes,
// then libcbor decodes): O(n) time. Memory is one Node (~56 bytes) plus one libcbor item (~64
// bytes) per CBOR item, and an item can be one byte, so up to ~120-200 bytes per input byte,
// capped by Limits::maxItems (200 000 items, ~40 MB) and maxTotalSize (64 MiB).
class Tree final
{
public:
    Tree() = default;
    Tree(Tree &&) noexcept = default;
    Tree &operator=(Tree &&) noexcept = default;
    ~Tree() = default;

    const Node &root() const { return m_root; }

    // Decodes exactly one item that must span all of `data` (trailing bytes are an error).
    // `baseOffset` is added to every span and error offset (the position of `data` in its file).
    // Errors name the byte offset of the offending head.
    static Result<Tree> parse(QByteArrayView data, qint64 baseOffset = 0, const Limits &limits = {});

private:
    struct Deleter
    {
        void operator()(cbor_item_t *item) const;
    };
    std::unique_ptr<cbor_item_t, Deleter> m_owner;
    Node m_root;
};

} // namespace enclave::cbor

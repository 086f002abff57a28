#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QByteArrayView>

#include "common/error.h"

// Private to core's .cpp files (the _p suffix): it exposes libcbor's item type, so no header may
// include it. Headers use cbor/cborspan.h for limits and spans.
#include "cbor/cborspan.h"

struct cbor_item_t;

namespace enclave::cbor {

// One decoded item with its span. Children: array elements; map entries as key, value, key,
// value...; a tag's single tagged item; an indefinite string's chunks. `item` is owned by the Tree.
struct Node {
    cbor_item_t *item = nullptr;
    Span span;
    std::vector<Node> children;
};

// A decoded CBOR item that owns its libcbor tree (cbor_decref on destruction).
class Tree final {
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
    struct Deleter {
        void operator()(cbor_item_t *item) const;
    };
    std::unique_ptr<cbor_item_t, Deleter> m_owner;
    Node m_root;
};

} // namespace enclave::cbor

// Target 3: the CBOR decoder every CBOR input goes through (attestation documents, EIF signature
// sections), with its default limits: depth, item count, string length and total size are checked
// on the raw bytes before libcbor allocates. Walks the tree to touch every span.

#include "fuzzsupport.h"

#include "cbor/cbortree_p.h"

using namespace enclave;

namespace {
qint64 walk(const cbor::Node &node, qint64 end)
{
    // Every child lies inside its parent: a span outside the input would mislead the hex view.
    if (node.span.offset < 0 || node.span.length < 0 || node.span.offset + node.span.length > end
        || node.span.headerLength > node.span.length)
        std::abort();
    qint64 count = 1;
    for (const cbor::Node &child : node.children)
        count += walk(child, end);
    return count;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    const Result<cbor::Tree> tree = cbor::Tree::parse(input);
    if (tree) {
        if (tree->root().span.offset != 0 || tree->root().span.length != qint64(size))
            std::abort(); // exactly one item spanning the whole input, else parse() must fail
        (void)walk(tree->root(), qint64(size));
    } else if (tree.error().offset > qint64(size)) {
        std::abort(); // an error offset past the input would point the hex view nowhere
    }
    return 0;
}

#include "cbortree_p.h"

#include <QCoreApplication>

#include <cbor.h>

namespace enclave::cbor {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CborTree)
};

using Code = Error::Code;

// Walks the encoded bytes once, before libcbor sees them, so that every length, count and depth
// is checked against the bytes that actually remain: libcbor allocates a definite array's
// pointer table up front, and a lying count must never reach it.
class Scanner {
public:
    Scanner(QByteArrayView data, qint64 base, const Limits &limits)
        : m_data(data)
        , m_base(base)
        , m_limits(limits)
    {
    }

    Result<Node> item(int depth)
    {
        const qint64 start = m_pos;
        // Data that ends where an item is due is truncated, whatever depth the item would have
        // had: checked before the limits so a cut-short document is not reported as too deep.
        if (m_pos >= m_data.size())
            return fail(Code::Truncated, Tr::tr("CBOR data ends where an item was expected"), start);
        if (depth > m_limits.maxDepth)
            return fail(
                Code::LimitExceeded, Tr::tr("CBOR nesting deeper than %1").arg(m_limits.maxDepth), start);
        if (++m_items > m_limits.maxItems)
            return fail(Code::LimitExceeded, Tr::tr("more than %1 CBOR items").arg(m_limits.maxItems), start);
        auto head = readHead();
        if (!head)
            return std::unexpected(head.error());
        const auto [major, ai, value] = *head;
        Node node;
        node.span.offset = m_base + start;
        node.span.headerLength = m_pos - start;
        const bool indefinite = ai == 31;
        if (indefinite && !m_limits.allowIndefinite && major >= 2 && major <= 5)
            return fail(Code::Unsupported, Tr::tr("indefinite-length CBOR item not allowed here"), start);

        switch (major) {
        case 0:
        case 1:
            break;
        case 2:
        case 3:
            if (indefinite) {
                while (true) {
                    if (m_pos >= m_data.size())
                        return fail(Code::Truncated, Tr::tr("indefinite string without break"), m_pos);
                    if (uint8_t(m_data[m_pos]) == 0xff) {
                        ++m_pos;
                        break;
                    }
                    const qint64 chunkStart = m_pos;
                    auto chunk = item(depth + 1);
                    if (!chunk)
                        return chunk;
                    const uint8_t first = uint8_t(m_data[chunkStart]);
                    if ((first >> 5) != major || (first & 31) == 31)
                        return fail(
                            Code::Malformed, Tr::tr("bad chunk in indefinite-length string"), chunkStart);
                    node.children.push_back(std::move(*chunk));
                }
            } else {
                if (value > quint64(m_limits.maxStringLength))
                    return fail(Code::LimitExceeded,
                        Tr::tr("CBOR string of %1 bytes exceeds the limit of %2")
                            .arg(value)
                            .arg(m_limits.maxStringLength),
                        start);
                if (value > quint64(m_data.size() - m_pos))
                    return fail(Code::Truncated,
                        Tr::tr("CBOR string of %1 bytes, but only %2 bytes remain")
                            .arg(value)
                            .arg(m_data.size() - m_pos),
                        start);
                m_pos += qint64(value);
            }
            break;
        case 4:
        case 5: {
            const quint64 per = major == 5 ? 2 : 1;
            if (!indefinite) {
                // Every item takes at least one byte: a count larger than what remains is a lie.
                if (value > quint64(m_data.size() - m_pos) / per)
                    return fail(Code::Truncated,
                        Tr::tr("CBOR %1 claims %2 entries, but only %3 bytes remain")
                            .arg(major == 4 ? QStringLiteral("array") : QStringLiteral("map"))
                            .arg(value)
                            .arg(m_data.size() - m_pos),
                        start);
                node.children.reserve(size_t(value * per));
                for (quint64 i = 0; i < value * per; ++i) {
                    auto child = item(depth + 1);
                    if (!child)
                        return child;
                    node.children.push_back(std::move(*child));
                }
            } else {
                while (true) {
                    if (m_pos >= m_data.size())
                        return fail(
                            Code::Truncated, Tr::tr("indefinite-length container without break"), m_pos);
                    if (uint8_t(m_data[m_pos]) == 0xff) {
                        ++m_pos;
                        break;
                    }
                    auto child = item(depth + 1);
                    if (!child)
                        return child;
                    node.children.push_back(std::move(*child));
                }
                if (major == 5 && node.children.size() % 2 != 0)
                    return fail(
                        Code::Malformed, Tr::tr("indefinite-length map with a key but no value"), start);
            }
            break;
        }
        case 6: {
            if (ai >= 6 && ai <= 20)
                m_shortTags.push_back(start);
            auto child = item(depth + 1);
            if (!child)
                return child;
            node.children.push_back(std::move(*child));
            break;
        }
        case 7:
            if (ai == 31)
                return fail(Code::Malformed, Tr::tr("unexpected CBOR break"), start);
            if (ai == 24 && value < 32)
                return fail(Code::Malformed, Tr::tr("invalid two-byte CBOR simple value"), start);
            // Simple values other than false/true/null/undefined are unassigned; libcbor 0.8 refuses
            // them, so say so here, at their own offset (fuzz_cbor found the mismatch).
            if (ai < 20 || ai == 24)
                return fail(Code::Unsupported, Tr::tr("unassigned CBOR simple value %1").arg(value), start);
            break;
        }
        node.span.length = m_pos - start;
        return node;
    }

    qint64 position() const { return m_pos; }
    qint64 items() const { return m_items; }
    // Offsets of one-byte tag heads for tags 6..20 (0xc6..0xd4), which libcbor 0.8 rejects as
    // reserved although RFC 8949 allows them, COSE_Sign1's tag 18 (0xd2) among them.
    const std::vector<qint64> &shortTags() const { return m_shortTags; }

private:
    struct Head {
        int major;
        int ai;
        quint64 value;
    };

    std::unexpected<Error> fail(Code code, QString message, qint64 localOffset) const
    {
        return makeError(code, std::move(message), m_base + localOffset);
    }

    Result<Head> readHead()
    {
        const qint64 start = m_pos;
        if (m_pos >= m_data.size())
            return fail(Code::Truncated, Tr::tr("CBOR data ends where an item was expected"), start);
        const uint8_t b = uint8_t(m_data[m_pos++]);
        const int major = b >> 5;
        const int ai = b & 31;
        quint64 value = 0;
        if (ai < 24) {
            value = quint64(ai);
        } else if (ai <= 27) {
            const int n = 1 << (ai - 24);
            if (m_data.size() - m_pos < n)
                return fail(Code::Truncated, Tr::tr("CBOR item head truncated"), start);
            for (int i = 0; i < n; ++i)
                value = (value << 8) | uint8_t(m_data[m_pos++]);
        } else if (ai == 31) {
            if (major == 0 || major == 1 || major == 6)
                return fail(Code::Malformed,
                    Tr::tr("indefinite length is not allowed for CBOR major type %1").arg(major), start);
        } else {
            return fail(Code::Malformed, Tr::tr("reserved CBOR additional information %1").arg(ai), start);
        }
        return Head { major, ai, value };
    }

    QByteArrayView m_data;
    qint64 m_base;
    Limits m_limits;
    qint64 m_pos = 0;
    qint64 m_items = 0;
    std::vector<qint64> m_shortTags;
};

// The same items with every one-byte tag 6..20 head rewritten as 0xd8 NN, for libcbor. Spans
// and offsets still come from the scanner over the original bytes.
QByteArray widenShortTags(QByteArrayView data, const std::vector<qint64> &positions)
{
    QByteArray out;
    out.reserve(data.size() + qsizetype(positions.size()));
    qint64 from = 0;
    for (qint64 at : positions) {
        out.append(data.data() + from, qsizetype(at - from));
        out.append(char(0xd8));
        out.append(char(uint8_t(data[at]) & 31));
        from = at + 1;
    }
    out.append(data.data() + from, qsizetype(data.size() - from));
    return out;
}

// The offset in the original bytes of a position in widenShortTags()'s copy: every widened tag
// before it added one byte (a position on an added byte maps to its tag's head).
qint64 unwidenedOffset(qint64 position, const std::vector<qint64> &positions)
{
    qint64 added = 0;
    for (size_t k = 0; k < positions.size() && positions[k] + qint64(k) + 1 <= position; ++k)
        ++added;
    return position - added;
}

// libcbor 0.8's accessor returns a new reference; the tag keeps its own, so the pointer stays
// valid for the tree's lifetime once ours is dropped.
cbor_item_t *taggedItem(const cbor_item_t *tag)
{
    cbor_item_t *reference = cbor_tag_item(tag);
    cbor_item_t *borrowed = reference;
    cbor_decref(&reference); // nulls `reference`, hence the copy
    return borrowed;
}

// Attaches libcbor's items to the scanned nodes; both trees have the same shape by construction.
bool attach(Node &node, cbor_item_t *item)
{
    node.item = item;
    switch (cbor_typeof(item)) {
    case CBOR_TYPE_ARRAY: {
        if (cbor_array_size(item) != node.children.size())
            return false;
        cbor_item_t **handle = cbor_array_handle(item);
        for (size_t i = 0; i < node.children.size(); ++i) {
            if (!attach(node.children[i], handle[i]))
                return false;
        }
        return true;
    }
    case CBOR_TYPE_MAP: {
        if (cbor_map_size(item) * 2 != node.children.size())
            return false;
        cbor_pair *pairs = cbor_map_handle(item);
        for (size_t i = 0; i < cbor_map_size(item); ++i) {
            if (!attach(node.children[2 * i], pairs[i].key)
                || !attach(node.children[2 * i + 1], pairs[i].value))
                return false;
        }
        return true;
    }
    case CBOR_TYPE_TAG: {
        if (node.children.size() != 1)
            return false;
        return attach(node.children[0], taggedItem(item));
    }
    case CBOR_TYPE_BYTESTRING:
    case CBOR_TYPE_STRING: {
        const bool indefinite = cbor_typeof(item) == CBOR_TYPE_BYTESTRING
            ? cbor_bytestring_is_indefinite(item)
            : cbor_string_is_indefinite(item);
        if (!indefinite)
            return node.children.empty();
        const size_t count = cbor_typeof(item) == CBOR_TYPE_BYTESTRING ? cbor_bytestring_chunk_count(item)
                                                                       : cbor_string_chunk_count(item);
        cbor_item_t **chunks = cbor_typeof(item) == CBOR_TYPE_BYTESTRING ? cbor_bytestring_chunks_handle(item)
                                                                         : cbor_string_chunks_handle(item);
        if (count != node.children.size())
            return false;
        for (size_t i = 0; i < count; ++i) {
            if (!attach(node.children[i], chunks[i]))
                return false;
        }
        return true;
    }
    default:
        return node.children.empty();
    }
}

} // namespace

void Tree::Deleter::operator()(cbor_item_t *item) const
{
    cbor_decref(&item);
}

Result<Tree> Tree::parse(QByteArrayView data, qint64 baseOffset, const Limits &limits)
{
    if (data.size() > limits.maxTotalSize)
        return makeError(Code::LimitExceeded,
            Tr::tr("CBOR data of %1 bytes exceeds the limit of %2").arg(data.size()).arg(limits.maxTotalSize),
            baseOffset);
    Scanner scanner(data, baseOffset, limits);
    auto root = scanner.item(0);
    if (!root)
        return std::unexpected(root.error());
    if (scanner.position() != data.size())
        return makeError(Code::Malformed,
            Tr::tr("%1 trailing bytes after the CBOR item").arg(data.size() - scanner.position()),
            baseOffset + scanner.position());

    QByteArray widened;
    QByteArrayView forLibcbor = data;
    if (!scanner.shortTags().empty()) {
        widened = widenShortTags(data, scanner.shortTags());
        forLibcbor = widened;
    }
    cbor_load_result result {};
    cbor_item_t *item
        = cbor_load(reinterpret_cast<cbor_data>(forLibcbor.data()), size_t(forLibcbor.size()), &result);
    Tree tree;
    tree.m_owner.reset(item);
    if (!item || result.error.code != CBOR_ERR_NONE) {
        // libcbor counts in the widened copy; errors name offsets in the caller's bytes.
        const qint64 at = baseOffset
            + qMin(unwidenedOffset(qint64(result.error.position), scanner.shortTags()), qint64(data.size()));
        switch (result.error.code) {
        case CBOR_ERR_MEMERROR:
            return makeError(Code::LimitExceeded, Tr::tr("out of memory decoding CBOR"), at);
        case CBOR_ERR_NOTENOUGHDATA:
            return makeError(Code::Truncated, Tr::tr("CBOR data truncated"), at);
        default:
            return makeError(Code::Malformed, Tr::tr("malformed CBOR"), at);
        }
    }
    if (result.read != size_t(forLibcbor.size()))
        return makeError(Code::Malformed, Tr::tr("trailing bytes after the CBOR item"),
            baseOffset + unwidenedOffset(qint64(result.read), scanner.shortTags()));
    tree.m_root = std::move(*root);
    if (!attach(tree.m_root, item))
        return makeError(Code::Malformed, Tr::tr("CBOR structure not understood"), baseOffset);
    return tree;
}

} // namespace enclave::cbor

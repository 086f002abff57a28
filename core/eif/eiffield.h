#pragma once

#include <QList>
#include <QString>

namespace enclave {

// Where a parsed item's bytes are in the file: the inspector's hex view highlights [offset, offset+length).
struct ByteSpan {
    qint64 offset = 0;
    qint64 length = 0;
    qint64 end() const { return offset + length; }
    bool contains(qint64 position) const { return position >= offset && position < end(); }
    friend bool operator==(const ByteSpan &, const ByteSpan &) = default;
};

// One named field of a parsed structure, ready for a tree view beside a hex pane.
struct EifField {
    QString name; // e.g. "version", "section_offsets[2]"
    ByteSpan span;
    QString value; // display text, e.g. "4" or "0x40000000 (1 GiB)"
};

using EifFieldList = QList<EifField>;

// Something that does not stop the image from being read but that a reviewer should see
// (the hypervisor or nitro-cli would treat the file differently from the way we read it).
struct EifWarning {
    qint64 offset = -1;
    QString message;
    QString toString() const
    {
        return offset >= 0 ? QStringLiteral("offset %1: %2").arg(offset).arg(message) : message;
    }
};

} // namespace enclave

#pragma once

#include <QByteArray>

// Tests lie in cpio headers by patching the output of the EIF module's CpioWriter (which writes
// mtime 0 and owner 0:0), never by writing archives by hand.
namespace cpiopatch {

enum Field {
    Ino = 1,
    Mode,
    Uid,
    Gid,
    Nlink,
    Mtime,
    FileSize,
    DevMajor,
    DevMinor,
    RdevMajor,
    RdevMinor,
    NameSize,
    Check
};

// Offset of the newc header of the entry named `name` (the name follows its 110-byte header).
inline qsizetype headerOf(const QByteArray &archive, const QByteArray &name)
{
    const qsizetype at = archive.indexOf(QByteArray(name + '\0'));
    Q_ASSERT(at >= 110);
    return at - 110;
}

inline void setField(QByteArray &archive, const QByteArray &name, int field, const QByteArray &text)
{
    Q_ASSERT(text.size() == 8);
    archive.replace(headerOf(archive, name) + 6 + (field - 1) * 8, 8, text);
}

inline void setField(QByteArray &archive, const QByteArray &name, int field, quint32 value)
{
    setField(archive, name, field, QByteArray::number(value, 16).rightJustified(8, '0'));
}

} // namespace cpiopatch

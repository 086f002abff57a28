#pragma once

#include <optional>

#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "cpio/cpioentry.h"

namespace enclave {

// How one path differs between two ramdisks.
struct FileChange {
    enum class Kind { Added, Removed, Changed };
    enum class Aspect : quint32 {
        Content = 0x01, // data bytes (SHA-256)
        Type = 0x02, // file / directory / symlink ...
        Mode = 0x04, // permission bits
        Owner = 0x08, // uid or gid
        Mtime = 0x10,
        LinkTarget = 0x20,
        Device = 0x40, // rdev major/minor of device nodes
        Inode = 0x80, // c_ino / c_nlink / c_dev: archive bookkeeping (counted, not listed)
    };
    Q_DECLARE_FLAGS(Aspects, Aspect)

    Kind kind = Kind::Changed;
    QByteArray rawPath;
    std::optional<CpioEntry> left;
    std::optional<CpioEntry> right;
    Aspects aspects;

    QString path() const { return QString::fromUtf8(rawPath); }
    // Only mtime, owner and/or archive bookkeeping (inode numbers) differ: the file extracts with the same
    // bytes and permissions, yet the ramdisk hash (and so PCR0 and PCR1/PCR2) changes.
    bool isMtimeOrOwnerOnly() const;
    // "content, mode", as named in the JSON output ("content", "type", "mode", "owner", "mtime",
    // "link-target", "device", "inode").
    static QStringList aspectIds(Aspects aspects);
    // One line for people: "mode 0644 -> 0755; mtime 2024-01-01T00:00:00Z -> ...".
    QString describe() const;
    QJsonObject toJson() const;
    static QString kindId(Kind kind); // "added", "removed", "changed"
};
Q_DECLARE_OPERATORS_FOR_FLAGS(FileChange::Aspects)

// Entry-by-entry comparison of two listed cpio archives, matched by stored path (the last entry of
// a path wins, as when the kernel unpacks). Also explains a byte difference no entry shows: order,
// inode numbers, duplicates.
// Worst-case cost: two hash indexes of the listings and one pass over each: linear in the number of
// entries (expected; QHash), memory one FileChange per differing path (the entries are copied).
class RamdiskDiff final {
public:
    static RamdiskDiff compare(const QList<CpioEntry> &left, const QList<CpioEntry> &right);

    const QList<FileChange> &changes() const { return m_changes; }
    QStringList notes() const { return m_notes; }
    int contentChanges() const; // changes other than mtime/owner-only
    int mtimeOrOwnerOnlyChanges() const;
    // Every change is mtime/owner only (and there is at least one).
    bool onlyMtimeOrOwner() const { return !m_changes.isEmpty() && contentChanges() == 0; }
    bool entryOrderDiffers() const { return m_orderDiffers; }
    // Entries equal but for inode number / link count (not listed in changes()).
    int inodeOnlyDifferences() const { return m_inodeOnly; }

private:
    QList<FileChange> m_changes;
    QStringList m_notes;
    bool m_orderDiffers = false;
    int m_inodeOnly = 0;
};

} // namespace enclave

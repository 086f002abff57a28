#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace enclave {

// Builds a cpio "newc" archive (magic 070701) in memory, as linuxkit writes EIF ramdisks:
// entries in the order added, mtime 0, uid/gid 0, then the TRAILER!!! entry. For tests, the
// sample EIF and small ramdisks; optionally gzip-compressed like nitro-cli <= 1.3.1 ramdisks.
class CpioWriter final {
public:
    void addDirectory(const QString &path, quint32 permissions = 0755);
    void addFile(const QString &path, const QByteArray &data, quint32 permissions = 0644);
    void addSymlink(const QString &path, const QString &target);

    // The archive so far plus the trailer (the writer can keep being used).
    QByteArray finish() const;
    int entryCount() const { return m_entries; }

    // gzip (RFC 1952) of `data` via zlib.
    static Result<QByteArray> gzip(QByteArrayView data, int level = 6);

private:
    void addEntry(const QString &path, quint32 mode, const QByteArray &data);
    static void appendEntry(QByteArray &out, quint32 ino, const QByteArray &name, quint32 mode, quint32 nlink,
        const QByteArray &data);

    QByteArray m_archive;
    quint32 m_nextInode = 1;
    int m_entries = 0;
};

} // namespace enclave

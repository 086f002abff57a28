#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace enclave {

// One member of a cpio "newc" archive as stored. The path is kept byte-for-byte: it is shown and
// compared, never used to open anything.
struct CpioEntry {
    enum class Type { Regular, Directory, Symlink, CharDevice, BlockDevice, Fifo, Socket, Unknown };

    int index = -1; // position in the archive, trailer excluded
    QByteArray rawPath; // as stored, without the terminating NUL
    Type type = Type::Unknown;
    quint32 mode = 0; // full st_mode (type bits + permissions)
    quint32 uid = 0;
    quint32 gid = 0;
    quint32 nlink = 0;
    quint32 inode = 0;
    qint64 mtime = 0; // seconds since the epoch
    qint64 size = 0; // data bytes (the link target for a symlink)
    quint32 devMajor = 0;
    quint32 devMinor = 0;
    quint32 rdevMajor = 0;
    quint32 rdevMinor = 0;
    QByteArray linkTarget; // symlinks only
    QByteArray sha256; // of the data bytes; empty when the reader was told not to hash
    qint64 headerOffset = -1; // in the (decompressed) archive stream
    qint64 dataOffset = -1; // idem

    // The path for display: UTF-8 decoded, invalid bytes replaced; rawPath stays exact.
    QString path() const { return QString::fromUtf8(rawPath); }
    quint32 permissions() const { return mode & 07777; }

    static Type typeFromMode(quint32 mode);
    static QString typeName(Type type);
    // "-rwxr-xr-x" style, with setuid/setgid/sticky as ls prints them.
    static QString modeString(quint32 mode);
};

} // namespace enclave

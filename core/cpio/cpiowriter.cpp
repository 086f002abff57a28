#include "cpiowriter.h"

#include <zlib.h>

namespace enclave {

namespace {
constexpr quint32 kDir = 0040000;
constexpr quint32 kFile = 0100000;
constexpr quint32 kSymlink = 0120000;

void pad4(QByteArray &out)
{
    while (out.size() % 4)
        out.append('\0');
}
} // namespace

void CpioWriter::appendEntry(
    QByteArray &out, quint32 ino, const QByteArray &name, quint32 mode, quint32 nlink, const QByteArray &data)
{
    const quint32 fields[13]
        = { ino, mode, 0, 0, nlink, 0, quint32(data.size()), 0, 0, 0, 0, quint32(name.size() + 1), 0 };
    out.append("070701");
    for (quint32 f : fields)
        out.append(QByteArray::number(f, 16).rightJustified(8, '0').toUpper());
    out.append(name);
    out.append('\0');
    pad4(out);
    out.append(data);
    pad4(out);
}

void CpioWriter::addEntry(const QString &path, quint32 mode, const QByteArray &data)
{
    QString name = path;
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    while (name.endsWith(u'/'))
        name.chop(1);
    const bool dir = (mode & 0170000) == kDir;
    appendEntry(m_archive, m_nextInode++, name.toUtf8(), mode, dir ? 2 : 1, data);
    ++m_entries;
}

void CpioWriter::addDirectory(const QString &path, quint32 permissions)
{
    addEntry(path, kDir | (permissions & 07777), {});
}

void CpioWriter::addFile(const QString &path, const QByteArray &data, quint32 permissions)
{
    addEntry(path, kFile | (permissions & 07777), data);
}

void CpioWriter::addSymlink(const QString &path, const QString &target)
{
    addEntry(path, kSymlink | 0777, target.toUtf8());
}

QByteArray CpioWriter::finish() const
{
    QByteArray out = m_archive;
    appendEntry(out, 0, QByteArrayLiteral("TRAILER!!!"), 0, 1, {});
    return out;
}

Result<QByteArray> CpioWriter::gzip(QByteArrayView data, int level)
{
    if (quint64(data.size()) > 0xffffffffULL)
        return makeError(Error::Code::LimitExceeded, QStringLiteral("gzip input over 4 GiB"));
    z_stream zs {};
    // windowBits 15 + 16 selects the gzip wrapper.
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return makeError(Error::Code::Io, QStringLiteral("zlib deflateInit2 failed"));
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return makeError(Error::Code::Io, QStringLiteral("zlib deflate failed (%1)").arg(rc));
    out.resize(written);
    return out;
}

} // namespace enclave

#include "agent/consolelog.h"

#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QSaveFile>

namespace enclave::agent {

namespace {
QByteArray header(qint64 first)
{
    QByteArray h
        = QByteArrayLiteral("ENCLAVE-CONSOLE 1 first=") + QByteArray::number(first).rightJustified(20, '0');
    h = h.leftJustified(ConsoleLog::kHeaderBytes - 1, ' ');
    h.append('\n');
    return h;
}

std::optional<qint64> parseHeader(const QByteArray &h)
{
    static const QByteArray prefix = QByteArrayLiteral("ENCLAVE-CONSOLE 1 first=");
    if (h.size() != ConsoleLog::kHeaderBytes || !h.startsWith(prefix) || !h.endsWith('\n'))
        return std::nullopt;
    bool ok = false;
    const qint64 v = h.mid(prefix.size(), 20).toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const char *p, qsizetype n)
{
    while (n > 0) {
        const ssize_t w = ::write(fd, p, size_t(n));
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += w;
        n -= w;
    }
    return true;
}

QString closedPath(const QString &path)
{
    return path + QStringLiteral(".closed");
}
} // namespace

Result<ConsoleLog> ConsoleLog::create(const QString &path, qint64 capacity)
{
    ConsoleLog log;
    log.m_path = path;
    log.m_capacity = qMax<qint64>(capacity, 4096);
    const QByteArray native = QFile::encodeName(path);
    log.m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (log.m_fd < 0)
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, errnoText()));
    const QByteArray h = header(0);
    if (!writeAll(log.m_fd, h.constData(), h.size()))
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, errnoText()));
    QFile::remove(closedPath(path));
    return log;
}

Result<ConsoleLog> ConsoleLog::open(const QString &path, qint64 capacity)
{
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly))
        return create(path, capacity);
    const auto first = parseHeader(existing.read(kHeaderBytes));
    if (!first)
        return create(path, capacity);
    ConsoleLog log;
    log.m_path = path;
    log.m_capacity = qMax<qint64>(capacity, 4096);
    log.m_first = *first;
    log.m_size = qMax<qint64>(existing.size() - kHeaderBytes, 0);
    log.m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (log.m_fd < 0)
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, errnoText()));
    QFile::remove(closedPath(path));
    return log;
}

ConsoleLog::ConsoleLog(ConsoleLog &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_capacity(other.m_capacity)
    , m_first(other.m_first)
    , m_size(other.m_size)
    , m_fd(std::exchange(other.m_fd, -1))
{
}

ConsoleLog &ConsoleLog::operator=(ConsoleLog &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_path = std::move(other.m_path);
        m_capacity = other.m_capacity;
        m_first = other.m_first;
        m_size = other.m_size;
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

ConsoleLog::~ConsoleLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<void> ConsoleLog::append(const QByteArray &bytes)
{
    if (m_fd < 0)
        return makeError(Error::Code::Io, QStringLiteral("console log is closed"));
    if (!writeAll(m_fd, bytes.constData(), bytes.size()))
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(m_path, errnoText()));
    m_size += bytes.size();
    if (m_size > m_capacity)
        return compact();
    return {};
}

Result<void> ConsoleLog::compact()
{
    // Keep the newest half: readers that fell further behind get a gap, never stale bytes.
    const qint64 keep = m_capacity / 2;
    const qint64 drop = m_size - keep;
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(kHeaderBytes + drop))
        return makeError(Error::Code::Io, QStringLiteral("%1: cannot reread for compaction").arg(m_path));
    const QByteArray tail = in.read(keep);
    in.close();
    const QString tmp = m_path + QStringLiteral(".compact");
    const QByteArray tmpNative = QFile::encodeName(tmp);
    const int fd = ::open(tmpNative.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(tmp, errnoText()));
    const QByteArray h = header(m_first + drop);
    if (!writeAll(fd, h.constData(), h.size()) || !writeAll(fd, tail.constData(), tail.size())
        || ::rename(tmpNative.constData(), QFile::encodeName(m_path).constData()) != 0) {
        const QString err = errnoText();
        ::close(fd);
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(tmp, err));
    }
    ::close(m_fd);
    m_fd = fd;
    m_first += drop;
    m_size = tail.size();
    return {};
}

Result<void> ConsoleLog::close(const QString &reason)
{
    if (m_fd >= 0) {
        ::fsync(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }
    return markClosed(m_path, reason);
}

Result<void> ConsoleLog::markClosed(const QString &path, const QString &reason)
{
    if (QFile::exists(closedPath(path)))
        return {};
    QSaveFile f(closedPath(path));
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
    f.write(reason.left(200).toUtf8());
    if (!f.commit())
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

bool ConsoleLog::exists(const QString &path)
{
    return QFile::exists(path);
}

Result<ConsoleChunk> ConsoleLog::read(const QString &path, qint64 fromSeq, qsizetype maxBytes)
{
    // Look for the closed marker first: it is written after the last byte, so if it exists
    // now, everything the enclave printed is already in the file we are about to read.
    QFile marker(closedPath(path));
    const bool closed = marker.open(QIODevice::ReadOnly);
    ConsoleChunk chunk;
    if (closed)
        chunk.closeReason = QString::fromUtf8(marker.read(200));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, f.errorString()));
    const auto first = parseHeader(f.read(kHeaderBytes));
    if (!first)
        return makeError(Error::Code::Malformed, QStringLiteral("%1: not a console log").arg(path), 0);
    const qint64 size = f.size() - kHeaderBytes;
    chunk.firstSeq = *first;
    chunk.endSeq = *first + qMax<qint64>(size, 0);
    qint64 seq = fromSeq;
    if (seq < chunk.firstSeq) {
        chunk.gap = chunk.firstSeq - seq;
        seq = chunk.firstSeq;
    }
    if (seq > chunk.endSeq)
        return makeError(Error::Code::Usage,
            QStringLiteral("sequence %1 is beyond the end of the console (%2)")
                .arg(fromSeq)
                .arg(chunk.endSeq));
    chunk.seq = seq;
    const qint64 want = qMin<qint64>(maxBytes, chunk.endSeq - seq);
    if (want > 0) {
        if (!f.seek(kHeaderBytes + (seq - chunk.firstSeq)))
            return makeError(Error::Code::Io, QStringLiteral("%1: seek failed").arg(path));
        chunk.data = f.read(want);
    }
    chunk.closed = closed && seq + chunk.data.size() >= chunk.endSeq;
    return chunk;
}

} // namespace enclave::agent

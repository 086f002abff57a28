#include "atomicfilewriter.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

AtomicFileWriter::AtomicFileWriter(QString path, int permissions)
    : m_path(std::move(path))
    , m_permissions(permissions)
{
}

AtomicFileWriter::~AtomicFileWriter()
{
    discard();
}

Result<void> AtomicFileWriter::open()
{
    if (m_fd >= 0)
        return {};
    const QFileInfo info(m_path);
    if (info.isDir())
        return makeError(Error::Code::Io, Tr::tr("is a directory"));
    // mkstemp creates the file O_EXCL with mode 0600: nobody else can open it before the fchmod
    // below sets the final (equal or wider) mode.
    QByteArray templ = QFile::encodeName(info.absolutePath() + u"/." + info.fileName() + u".tmp-XXXXXX");
    const int fd = ::mkostemp(templ.data(), O_CLOEXEC);
    if (fd < 0)
        return makeError(
            Error::Code::Io, Tr::tr("cannot create a file next to it: %1").arg(errnoText(errno)));
    m_fd = fd;
    m_tempPath = QFile::decodeName(templ);
    if (::fchmod(m_fd, mode_t(m_permissions)) != 0) {
        const int err = errno;
        discard();
        return makeError(Error::Code::Io, Tr::tr("cannot set permissions: %1").arg(errnoText(err)));
    }
    m_size = 0;
    return {};
}

Result<void> AtomicFileWriter::write(QByteArrayView bytes)
{
    if (auto r = writeAt(m_size, bytes); !r)
        return r;
    return {};
}

Result<void> AtomicFileWriter::writeAt(qint64 offset, QByteArrayView bytes)
{
    if (m_fd < 0)
        return makeError(Error::Code::Io, Tr::tr("not open"));
    const char *p = bytes.data();
    qint64 left = bytes.size();
    qint64 at = offset;
    while (left > 0) {
        const ssize_t n = ::pwrite(m_fd, p, size_t(left), off_t(at));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return makeError(Error::Code::Io, Tr::tr("write failed: %1").arg(errnoText(errno)), at);
        }
        p += n;
        left -= n;
        at += n;
    }
    m_size = std::max(m_size, at);
    return {};
}

Result<void> AtomicFileWriter::commit(Commit mode)
{
    if (m_fd < 0)
        return makeError(Error::Code::Io, Tr::tr("not open"));
    if (::fsync(m_fd) != 0) {
        const int err = errno;
        discard();
        return makeError(Error::Code::Io, Tr::tr("fsync failed: %1").arg(errnoText(err)));
    }
    ::close(m_fd);
    m_fd = -1;
    const QByteArray from = QFile::encodeName(m_tempPath);
    const QByteArray to = QFile::encodeName(QFileInfo(m_path).absoluteFilePath());
    int rc;
    if (mode == Commit::Replace) {
        rc = ::rename(from.constData(), to.constData());
    } else {
        // link() fails with EEXIST if the target appeared meanwhile: no window for a clobber.
        rc = ::link(from.constData(), to.constData());
        if (rc == 0)
            ::unlink(from.constData());
    }
    if (rc != 0) {
        const int err = errno;
        ::unlink(from.constData());
        m_tempPath.clear();
        if (err == EEXIST)
            return makeError(Error::Code::Io, Tr::tr("already exists; refusing to overwrite it"));
        return makeError(
            Error::Code::Io, Tr::tr("cannot move the new file into place: %1").arg(errnoText(err)));
    }
    m_tempPath.clear();
    // Make the rename itself durable.
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

void AtomicFileWriter::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempPath.isEmpty()) {
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
    }
}

Result<void> AtomicFileWriter::writeFile(
    const QString &path, QByteArrayView bytes, int permissions, Commit mode)
{
    AtomicFileWriter w(path, permissions);
    if (auto r = w.open(); !r)
        return r;
    if (auto r = w.write(bytes); !r)
        return r;
    return w.commit(mode);
}

} // namespace enclave

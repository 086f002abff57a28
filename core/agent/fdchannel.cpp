#include "agent/fdchannel.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QSocketNotifier>

namespace enclave::agent {

namespace {
void setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

bool isSocket(int fd)
{
    struct stat st { };
    return ::fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode);
}
} // namespace

FdChannel::FdChannel(int readFd, int writeFd, bool connecting, QObject *parent)
    : QObject(parent)
    , m_readFd(readFd)
    , m_writeFd(writeFd)
    , m_sameFd(readFd == writeFd && readFd >= 0)
    , m_connecting(connecting)
{
    if (m_readFd >= 0) {
        setNonBlocking(m_readFd);
        m_readNotifier = new QSocketNotifier(qintptr(m_readFd), QSocketNotifier::Read, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &FdChannel::onReadable);
        m_readNotifier->setEnabled(!m_connecting);
    }
    if (m_writeFd >= 0) {
        if (!m_sameFd)
            setNonBlocking(m_writeFd);
        m_writeIsSocket = isSocket(m_writeFd);
        m_writeNotifier = new QSocketNotifier(qintptr(m_writeFd), QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &FdChannel::onWritable);
        m_writeNotifier->setEnabled(m_connecting);
    }
}

FdChannel::~FdChannel()
{
    close();
}

void FdChannel::write(const QByteArray &bytes)
{
    if (m_writeFd < 0 || bytes.isEmpty() || m_closeWriteWhenDrained)
        return;
    m_queue.append(bytes);
    m_pending += bytes.size();
    if (!m_connecting)
        flush();
}

void FdChannel::setReadPaused(bool paused)
{
    m_paused = paused;
    if (m_readNotifier && !m_connecting)
        m_readNotifier->setEnabled(!paused);
}

void FdChannel::closeWrite()
{
    m_closeWriteWhenDrained = true;
    if (m_pending == 0 && !m_connecting)
        closeWriteNow();
}

void FdChannel::close()
{
    closeRead();
    if (m_writeFd >= 0) {
        delete m_writeNotifier;
        m_writeNotifier = nullptr;
        ::close(m_writeFd);
        m_writeFd = -1;
    }
    m_queue.clear();
    m_pending = 0;
}

void FdChannel::closeRead()
{
    if (m_readFd < 0)
        return;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    if (!m_sameFd || m_writeFd < 0)
        ::close(m_readFd);
    m_readFd = -1;
}

void FdChannel::closeWriteNow()
{
    if (m_writeFd < 0)
        return;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_sameFd && m_readFd >= 0) {
        ::shutdown(m_writeFd, SHUT_WR);
    } else if (m_sameFd) {
        ::close(m_writeFd);
    } else {
        ::close(m_writeFd);
    }
    m_writeFd = -1;
}

void FdChannel::finishConnect()
{
    int err = 0;
    socklen_t len = sizeof(err);
    if (::getsockopt(m_writeFd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
        err = errno;
    if (err == EINPROGRESS || err == EALREADY)
        return;
    m_connecting = false;
    if (err != 0) {
        const QString message = QString::fromLocal8Bit(std::strerror(err));
        close();
        Q_EMIT failed(message);
        return;
    }
    if (m_readNotifier)
        m_readNotifier->setEnabled(!m_paused);
    Q_EMIT connected();
    flush();
    if (m_pending == 0 && m_closeWriteWhenDrained)
        closeWriteNow();
}

void FdChannel::onReadable()
{
    if (m_readFd < 0)
        return;
    QByteArray buf(m_readChunk, Qt::Uninitialized);
    const ssize_t n = ::read(m_readFd, buf.data(), size_t(buf.size()));
    if (n > 0) {
        buf.truncate(qsizetype(n));
        Q_EMIT dataRead(buf);
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (n < 0) {
        const QString message = QString::fromLocal8Bit(std::strerror(errno));
        closeRead();
        Q_EMIT failed(message);
        return;
    }
    closeRead();
    Q_EMIT readFinished();
}

void FdChannel::onWritable()
{
    if (m_connecting) {
        finishConnect();
        return;
    }
    flush();
}

void FdChannel::flush()
{
    while (!m_queue.isEmpty() && m_writeFd >= 0) {
        const QByteArray &head = m_queue.first();
        const char *p = head.constData() + m_headOffset;
        const size_t left = size_t(head.size() - m_headOffset);
        ssize_t n;
        if (m_writeIsSocket)
            n = ::send(m_writeFd, p, left, MSG_NOSIGNAL);
        else
            n = ::write(m_writeFd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            if (errno == ENOTSOCK) {
                n = ::write(m_writeFd, p, left);
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    break;
            }
            if (n < 0) {
                const QString message = QString::fromLocal8Bit(std::strerror(errno));
                m_queue.clear();
                m_pending = 0;
                closeWriteNow();
                Q_EMIT failed(message);
                return;
            }
        }
        m_pending -= n;
        m_headOffset += n;
        if (m_headOffset == head.size()) {
            m_queue.removeFirst();
            m_headOffset = 0;
        }
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_queue.isEmpty());
    if (m_queue.isEmpty()) {
        if (m_closeWriteWhenDrained)
            closeWriteNow();
        Q_EMIT writeDrained();
    }
}

} // namespace enclave::agent

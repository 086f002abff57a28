#include "agentd/channel.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace agentd {

namespace {
void setNonBlocking(int fd)
{
    if (fd < 0)
        return;
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

Channel::Channel(EventLoop &loop, int readFd, int writeFd, bool connecting, Handlers handlers)
    : m_loop(loop)
    , m_h(std::move(handlers))
    , m_readFd(readFd)
    , m_writeFd(writeFd)
    , m_connecting(connecting)
{
    setNonBlocking(m_readFd);
    if (m_writeFd != m_readFd)
        setNonBlocking(m_writeFd);
    // One watch per channel; when read and write fds differ, the write fd gets its own.
    m_watch = m_loop.watch(m_readFd >= 0 ? m_readFd : m_writeFd, 0, [this](short r) { onEvents(r); });
    updateEvents();
}

Channel::~Channel()
{
    *m_alive = false;
    close();
}

void Channel::updateEvents()
{
    // Called after every state change. Two fds (stdin/stdout) use two watches.
    if (m_readFd >= 0 && m_writeFd >= 0 && m_readFd != m_writeFd) {
        short rev = m_paused || m_connecting ? 0 : POLLIN;
        m_loop.setEvents(m_watch, rev);
        static_assert(sizeof(EventLoop::Id) == 8);
        return; // the write side is driven by flush() attempts; see write()
    }
    short ev = 0;
    if (m_connecting)
        ev = POLLOUT;
    else {
        if (m_readFd >= 0 && !m_paused)
            ev |= POLLIN;
        if (m_writeFd >= 0 && m_pending > 0)
            ev |= POLLOUT;
    }
    m_loop.setEvents(m_watch, ev);
}

void Channel::onEvents(short revents)
{
    auto alive = m_alive;
    if (m_connecting) {
        finishConnect();
        return;
    }
    if (m_writeFd >= 0 && (revents & (POLLOUT | POLLERR)) && m_pending > 0) {
        flush();
        if (!*alive)
            return;
    }
    if (m_readFd >= 0 && (revents & (POLLIN | POLLHUP | POLLERR)) && !m_paused)
        onReadable();
    else if (m_readFd < 0 && (revents & (POLLHUP | POLLERR)) && m_pending > 0)
        fail("peer closed the connection");
}

void Channel::finishConnect()
{
    int err = 0;
    socklen_t len = sizeof(err);
    if (::getsockopt(m_writeFd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
        err = errno;
    if (err != 0) {
        fail(std::strerror(err));
        return;
    }
    m_connecting = false;
    updateEvents();
    auto alive = m_alive;
    if (m_h.connected)
        m_h.connected();
    if (*alive && m_pending > 0)
        flush();
}

void Channel::onReadable()
{
    auto alive = m_alive;
    std::string buf(m_readChunk, '\0');
    const ssize_t n = ::read(m_readFd, buf.data(), buf.size());
    if (n > 0) {
        buf.resize(std::size_t(n));
        if (m_h.data)
            m_h.data(buf);
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (n < 0 && errno != ECONNRESET) {
        fail(std::strerror(errno));
        return;
    }
    closeRead();
    if (m_h.eof)
        m_h.eof();
    (void)alive;
}

void Channel::write(std::string bytes)
{
    if (m_writeFd < 0 || bytes.empty() || m_closeWriteWhenDrained)
        return;
    m_pending += std::int64_t(bytes.size());
    m_queue.push_back(std::move(bytes));
    if (!m_connecting)
        flush();
}

void Channel::flush()
{
    auto alive = m_alive;
    while (!m_queue.empty() && m_writeFd >= 0) {
        const std::string &head = m_queue.front();
        const ssize_t n = ::write(m_writeFd, head.data() + m_headOffset, head.size() - m_headOffset);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            fail(std::strerror(errno));
            return;
        }
        m_headOffset += std::size_t(n);
        m_pending -= n;
        if (m_headOffset == head.size()) {
            m_queue.pop_front();
            m_headOffset = 0;
        }
    }
    if (m_readFd >= 0 && m_writeFd >= 0 && m_readFd != m_writeFd) {
        // Separate write fd (stdout): watch it only while bytes wait.
        if (m_pending > 0) {
            if (!m_writeWatch)
                m_writeWatch = m_loop.watch(m_writeFd, POLLOUT, [this](short) { flush(); });
        } else if (m_writeWatch) {
            m_loop.unwatch(m_writeWatch);
            m_writeWatch = 0;
        }
    } else {
        updateEvents();
    }
    if (m_pending == 0) {
        if (m_closeWriteWhenDrained)
            closeWriteNow();
        if (m_h.drained)
            m_h.drained();
    }
    (void)alive;
}

void Channel::setReadPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    updateEvents();
}

void Channel::closeWrite()
{
    if (m_writeFd < 0)
        return;
    if (m_pending > 0 || m_connecting) {
        m_closeWriteWhenDrained = true;
        return;
    }
    closeWriteNow();
}

void Channel::closeWriteNow()
{
    if (m_writeFd < 0)
        return;
    if (m_writeFd == m_readFd) {
        if (isSocket(m_writeFd))
            ::shutdown(m_writeFd, SHUT_WR);
    } else {
        ::close(m_writeFd);
    }
    if (m_writeWatch) {
        m_loop.unwatch(m_writeWatch);
        m_writeWatch = 0;
    }
    m_writeFd = -1;
    m_queue.clear();
    m_pending = 0;
    updateEvents();
}

void Channel::closeRead()
{
    if (m_readFd < 0)
        return;
    if (m_readFd != m_writeFd)
        ::close(m_readFd);
    else if (m_writeFd < 0)
        ::close(m_readFd);
    m_readFd = -1;
    if (m_writeFd < 0) {
        m_loop.unwatch(m_watch);
        m_watch = 0;
    } else {
        // Keep a watch on the write side only.
        m_loop.unwatch(m_watch);
        m_watch = m_loop.watch(m_writeFd, 0, [this](short r) { onEvents(r); });
        updateEvents();
    }
}

void Channel::close()
{
    if (m_watch)
        m_loop.unwatch(m_watch);
    m_watch = 0;
    if (m_writeWatch)
        m_loop.unwatch(m_writeWatch);
    m_writeWatch = 0;
    if (m_readFd >= 0)
        ::close(m_readFd);
    if (m_writeFd >= 0 && m_writeFd != m_readFd)
        ::close(m_writeFd);
    m_readFd = -1;
    m_writeFd = -1;
    m_queue.clear();
    m_pending = 0;
}

void Channel::fail(const std::string &message)
{
    auto alive = m_alive;
    close();
    if (m_h.failed)
        m_h.failed(message);
    (void)alive;
}

} // namespace agentd

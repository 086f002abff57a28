#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "agentd/eventloop.h"

namespace agentd {

// A non-blocking byte pipe over file descriptors (a socket, a child's pipe, stdin/stdout) on
// the EventLoop. Writes are queued without a bound here: callers bound what they queue with
// pendingWriteBytes() (backpressure is their policy). Any callback may destroy the channel.
class Channel final {
public:
    struct Handlers {
        std::function<void()> connected;
        std::function<void(std::string_view)> data;
        std::function<void()> eof;
        std::function<void()> drained;
        std::function<void(const std::string &)> failed;
    };

    // Owns both descriptors (the same one for a socket; -1 for a side not used). With
    // connecting, the socket is in a non-blocking connect() and connected fires once it is up.
    Channel(EventLoop &loop, int readFd, int writeFd, bool connecting, Handlers handlers);
    ~Channel();
    Channel(const Channel &) = delete;
    Channel &operator=(const Channel &) = delete;

    void write(std::string bytes);
    std::int64_t pendingWriteBytes() const { return m_pending; }
    void setReadPaused(bool paused);
    // Half-close once the queue drained (shutdown(SHUT_WR) on a socket, close() on a pipe).
    void closeWrite();
    void close();
    bool isOpen() const { return m_readFd >= 0 || m_writeFd >= 0; }
    void setReadChunk(std::size_t bytes) { m_readChunk = bytes; }

private:
    void onEvents(short revents);
    void onReadable();
    void flush();
    void finishConnect();
    void updateEvents();
    void closeRead();
    void closeWriteNow();
    void fail(const std::string &message);

    EventLoop &m_loop;
    Handlers m_h;
    int m_readFd;
    int m_writeFd;
    EventLoop::Id m_watch = 0;
    EventLoop::Id m_writeWatch = 0; // only when the write fd differs from the read fd
    bool m_connecting;
    bool m_paused = false;
    bool m_closeWriteWhenDrained = false;
    std::size_t m_readChunk = 64 * 1024;
    std::deque<std::string> m_queue;
    std::size_t m_headOffset = 0;
    std::int64_t m_pending = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace agentd

#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>

namespace agentd {

// The agent's single-threaded poll(2) loop: file descriptor watches, timers and deferred calls.
// Handlers may add or remove watches and timers (their own included) while they run.
class EventLoop final {
public:
    using Id = std::uint64_t;
    using Clock = std::chrono::steady_clock;

    // events: POLLIN / POLLOUT; 0 keeps the watch but leaves the fd out of poll().
    Id watch(int fd, short events, std::function<void(short revents)> handler);
    void setEvents(Id id, short events);
    void unwatch(Id id);

    Id addTimer(int ms, std::function<void()> handler, bool repeat = false);
    void cancelTimer(Id id);
    bool timerActive(Id id) const { return m_timers.count(id) != 0; }

    // Runs fn on the next iteration (after the current handler returned).
    void post(std::function<void()> fn);

    int run();
    void quit(int exitCode);
    bool quitting() const { return m_quit; }

    static std::int64_t msSince(Clock::time_point t);

private:
    struct Watch {
        int fd;
        short events;
        std::function<void(short)> handler;
    };
    struct Timer {
        Clock::time_point due;
        int intervalMs;
        bool repeat;
        std::function<void()> handler;
    };

    Id m_next = 1;
    std::map<Id, Watch> m_watches;
    std::map<Id, Timer> m_timers;
    std::deque<std::function<void()>> m_posted;
    bool m_quit = false;
    int m_exitCode = 0;
};

} // namespace agentd

#include "agentd/eventloop.h"

#include <algorithm>
#include <cerrno>
#include <vector>

#include <poll.h>

namespace agentd {

EventLoop::Id EventLoop::watch(int fd, short events, std::function<void(short)> handler)
{
    const Id id = m_next++;
    m_watches.emplace(id, Watch { fd, events, std::move(handler) });
    return id;
}

void EventLoop::setEvents(Id id, short events)
{
    auto it = m_watches.find(id);
    if (it != m_watches.end())
        it->second.events = events;
}

void EventLoop::unwatch(Id id)
{
    m_watches.erase(id);
}

EventLoop::Id EventLoop::addTimer(int ms, std::function<void()> handler, bool repeat)
{
    const Id id = m_next++;
    m_timers.emplace(
        id, Timer { Clock::now() + std::chrono::milliseconds(ms), ms, repeat, std::move(handler) });
    return id;
}

void EventLoop::cancelTimer(Id id)
{
    m_timers.erase(id);
}

void EventLoop::post(std::function<void()> fn)
{
    m_posted.push_back(std::move(fn));
}

void EventLoop::quit(int exitCode)
{
    if (!m_quit)
        m_exitCode = exitCode;
    m_quit = true;
}

std::int64_t EventLoop::msSince(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count();
}

int EventLoop::run()
{
    std::vector<pollfd> fds;
    std::vector<Id> ids;
    while (!m_quit) {
        while (!m_posted.empty() && !m_quit) {
            auto fn = std::move(m_posted.front());
            m_posted.pop_front();
            fn();
        }
        if (m_quit)
            break;
        int timeout = -1;
        const auto now = Clock::now();
        for (const auto &[id, t] : m_timers) {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.due - now).count();
            const int wait = int(std::clamp<std::int64_t>(ms + 1, 0, 60000));
            timeout = timeout < 0 ? wait : std::min(timeout, wait);
        }
        if (!m_posted.empty())
            timeout = 0;
        fds.clear();
        ids.clear();
        for (const auto &[id, w] : m_watches) {
            if (w.events == 0)
                continue;
            fds.push_back(pollfd { w.fd, w.events, 0 });
            ids.push_back(id);
        }
        const int n = ::poll(fds.data(), fds.size(), timeout);
        if (n < 0 && errno != EINTR)
            return 1;
        for (std::size_t i = 0; n > 0 && i < fds.size() && !m_quit; ++i) {
            if (fds[i].revents == 0)
                continue;
            auto it = m_watches.find(ids[i]);
            if (it == m_watches.end() || it->second.events == 0)
                continue; // removed or paused by an earlier handler in this round
            auto handler = it->second.handler; // the handler may unwatch itself
            handler(fds[i].revents);
        }
        // Due timers, earliest first; each looked up again since handlers change the table.
        const auto after = Clock::now();
        std::vector<Id> due;
        for (const auto &[id, t] : m_timers)
            if (t.due <= after)
                due.push_back(id);
        for (Id id : due) {
            if (m_quit)
                break;
            auto it = m_timers.find(id);
            if (it == m_timers.end())
                continue;
            auto handler = it->second.handler;
            if (it->second.repeat)
                it->second.due = after + std::chrono::milliseconds(it->second.intervalMs);
            else
                m_timers.erase(it);
            handler();
        }
    }
    return m_exitCode;
}

} // namespace agentd

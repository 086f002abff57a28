#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "agentd/consolelog.h"
#include "agentd/eventloop.h"
#include "agentd/nitroclibackend.h"
#include "agentd/output.h"

namespace agentd {

// The console.data notification for chunk as one JSON line (see consolefeed.cpp).
std::string consoleDataLine(
    const std::string &subscription, const std::string &enclaveId, const ConsoleChunk &chunk);

// console.subscribe / console.unsubscribe of one session: reads each subscribed console log
// from its next sequence number and sends console.data / console.closed while the client keeps
// up. inotify on the console directory wakes it when a log grows; a 250 ms timer is the fallback.
class ConsoleFeed final {
public:
    ConsoleFeed(EventLoop &loop, NitroCliBackend &backend, Output &out);
    ~ConsoleFeed();
    ConsoleFeed(const ConsoleFeed &) = delete;
    ConsoleFeed &operator=(const ConsoleFeed &) = delete;

    void subscribe(const json &params, const Respond &respond);
    void unsubscribe(const json &params, const Respond &respond);
    // Sends what is there (the client drained its queue, or a log changed).
    void schedulePump();
    void stop();

private:
    struct Subscription {
        std::string enclaveId;
        ConsoleReader log;
        std::int64_t nextSeq = 0;
    };
    void pump();
    void closeSubscription(std::map<std::string, Subscription>::iterator it, const std::string &reason);
    void watchDirectory(const std::string &dir);
    void stopTimers();

    EventLoop &m_loop;
    NitroCliBackend &m_backend;
    Output &m_out;
    std::map<std::string, Subscription> m_subs;
    std::uint64_t m_counter = 0;
    int m_inotify = -1;
    EventLoop::Id m_inotifyWatch = 0;
    std::map<std::string, int> m_watchedDirs;
    EventLoop::Id m_pollTimer = 0;
    EventLoop::Id m_refreshTimer = 0;
    bool m_pumpQueued = false;
    bool m_stopped = false;
};

} // namespace agentd

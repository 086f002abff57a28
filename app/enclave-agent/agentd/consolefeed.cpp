#include "agentd/consolefeed.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "agentd/base64.h"
#include "agentd/files.h"
#include "agentd/params.h"

namespace agentd {

namespace {
constexpr int kPollFallbackMs = 250;
constexpr int kRefreshMs = 2000; // how often enclaves are checked while consoles are open

} // namespace

// The console.data notification as one line, built in a single buffer: the base64 of up to
// kConsoleChunkBytes goes straight into it instead of through a json value and its dump (a copy
// and a per-character escape pass of the largest thing the agent sends). Keys in the order
// nlohmann-json writes them (sorted), so the line equals encodeLine(notification(...)).
std::string consoleDataLine(
    const std::string &subscription, const std::string &enclaveId, const ConsoleChunk &chunk)
{
    const std::string enclave = json(enclaveId).dump(-1, ' ', false, json::error_handler_t::replace);
    const std::string sub = json(subscription).dump(-1, ' ', false, json::error_handler_t::replace);
    std::string line;
    line.reserve(160 + enclave.size() + sub.size() + (chunk.data.size() + 2) / 3 * 4);
    line += R"({"jsonrpc":"2.0","method":")";
    line += wire::notification::kConsoleData;
    line += R"(","params":{"data":")";
    base64::encodeAppend(line, chunk.data);
    line += R"(","enclaveId":)";
    line += enclave;
    if (chunk.gap > 0) {
        line += R"(,"gap":)";
        line += std::to_string(chunk.gap);
    }
    line += R"(,"seq":)";
    line += std::to_string(chunk.seq);
    line += R"(,"subscription":)";
    line += sub;
    line += "}}\n";
    return line;
}
ConsoleFeed::ConsoleFeed(EventLoop &loop, NitroCliBackend &backend, Output &out)
    : m_loop(loop)
    , m_backend(backend)
    , m_out(out)
{
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_inotify >= 0) {
        m_inotifyWatch = m_loop.watch(m_inotify, POLLIN, [this](short) {
            char buf[4096];
            while (::read(m_inotify, buf, sizeof(buf)) > 0) { }
            schedulePump();
        });
    }
}

ConsoleFeed::~ConsoleFeed()
{
    stop();
    if (m_inotifyWatch)
        m_loop.unwatch(m_inotifyWatch);
    if (m_inotify >= 0)
        ::close(m_inotify);
}

void ConsoleFeed::stop()
{
    m_stopped = true;
    m_subs.clear();
    stopTimers();
}

void ConsoleFeed::stopTimers()
{
    if (m_pollTimer)
        m_loop.cancelTimer(m_pollTimer);
    if (m_refreshTimer)
        m_loop.cancelTimer(m_refreshTimer);
    m_pollTimer = m_refreshTimer = 0;
}

void ConsoleFeed::watchDirectory(const std::string &dir)
{
    if (m_inotify < 0 || m_watchedDirs.count(dir))
        return;
    // The directory, not the file: compaction renames a new file over the log, and the
    // ".closed" marker appears next to it.
    const int wd
        = ::inotify_add_watch(m_inotify, dir.c_str(), IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE);
    if (wd >= 0)
        m_watchedDirs.emplace(dir, wd);
}

void ConsoleFeed::subscribe(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::string enclaveId = pr.enclaveId("enclaveId");
    const std::int64_t fromSeq = pr.integer("fromSeq", 0, wire::kMaxFromSeq, 0);
    pr.allowOnly({ "enclaveId", "fromSeq" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    if (m_subs.size() >= std::size_t(wire::kMaxSubscriptions))
        return respond(rpcFail(wire::error::kLimitExceeded,
            "at most " + std::to_string(wire::kMaxSubscriptions) + " console subscriptions"));
    auto path = m_backend.consoleLog(enclaveId);
    if (!path)
        return respond(std::unexpected(path.error()));
    ConsoleReader reader(*path);
    auto probe = reader.read(fromSeq, 0);
    if (!probe)
        return respond(std::unexpected(probe.error()));
    const std::string id = "console-" + std::to_string(++m_counter);
    m_subs.emplace(id, Subscription { enclaveId, std::move(reader), fromSeq });
    watchDirectory(files::dirName(*path));
    respond(json { { "subscription", id }, { "firstSeq", probe->firstSeq }, { "endSeq", probe->endSeq } });
    if (!m_pollTimer)
        m_pollTimer = m_loop.addTimer(
            kPollFallbackMs, [this] { pump(); }, true);
    if (!m_refreshTimer)
        m_refreshTimer = m_loop.addTimer(
            kRefreshMs,
            [this] {
                // Listing reaps enclaves that disappeared, which closes their consoles.
                m_backend.listEnclaves([](Result<json>) {});
            },
            true);
    schedulePump();
}

void ConsoleFeed::unsubscribe(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::string id = pr.handle("subscription");
    pr.allowOnly({ "subscription" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    if (!m_subs.erase(id))
        return respond(rpcFail(wire::error::kNotFound, "no subscription '" + id + "'"));
    respond(json::object());
}

void ConsoleFeed::schedulePump()
{
    if (m_pumpQueued || m_stopped)
        return;
    m_pumpQueued = true;
    m_loop.post([this] {
        m_pumpQueued = false;
        pump();
    });
}

void ConsoleFeed::closeSubscription(
    std::map<std::string, Subscription>::iterator it, const std::string &reason)
{
    const json note { { "subscription", it->first }, { "enclaveId", it->second.enclaveId },
        { "reason", reason }, { "endSeq", it->second.nextSeq } };
    m_subs.erase(it);
    m_out.send(notification(wire::notification::kConsoleClosed, note));
}

void ConsoleFeed::pump()
{
    if (m_stopped || m_out.ending())
        return;
    if (m_subs.empty()) {
        stopTimers();
        return;
    }
    std::vector<std::string> ids;
    for (const auto &[id, sub] : m_subs)
        ids.push_back(id);
    for (const std::string &id : ids) {
        // Send until the output queue is full; the rest waits for the client to read.
        while (!m_out.backedUp() && !m_out.ending()) {
            auto it = m_subs.find(id);
            if (it == m_subs.end())
                break;
            auto chunk = it->second.log.read(it->second.nextSeq, wire::kConsoleChunkBytes);
            if (!chunk) {
                closeSubscription(it, chunk.error().message);
                break;
            }
            if (!chunk->data.empty() || chunk->gap > 0) {
                it->second.nextSeq = chunk->seq + std::int64_t(chunk->data.size());
                m_out.sendLine(consoleDataLine(id, it->second.enclaveId, *chunk));
                if (m_stopped)
                    return; // sendLine() may end the session
            }
            if (chunk->closed) {
                closeSubscription(m_subs.find(id), chunk->closeReason);
                break;
            }
            if (std::int64_t(chunk->data.size()) < wire::kConsoleChunkBytes)
                break;
        }
    }
}

} // namespace agentd

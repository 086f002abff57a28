#include "agentd/streamtable.h"

#include "agentd/base64.h"
#include "agentd/params.h"

namespace agentd {

void StreamTable::closeStream(const std::string &id, const std::string &reason, bool notify)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    if (it->second.timer)
        m_loop.cancelTimer(it->second.timer);
    // The channel may be the caller (this runs inside its handlers): destroy it later.
    std::shared_ptr<Channel> doomed(std::move(it->second.channel));
    doomed->close();
    m_loop.post([doomed] {});
    m_streams.erase(it);
    if (notify)
        m_out.send(
            notification(wire::notification::kStreamClosed, json { { "stream", id }, { "reason", reason } }));
}

void StreamTable::closeAll()
{
    while (!m_streams.empty())
        closeStream(m_streams.begin()->first, "session ended", false);
}

void StreamTable::resumeReading()
{
    for (auto &[id, s] : m_streams)
        if (s.channel && !s.isHealthCheck)
            s.channel->setReadPaused(false);
}

void StreamTable::open(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::int64_t cid = pr.integer("cid", wire::kMinCid, wire::kMaxCid);
    const std::int64_t port = pr.integer("port", 1, wire::kMaxPort);
    pr.allowOnly({ "cid", "port" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    if (m_streams.size() >= std::size_t(wire::kMaxStreams))
        return respond(rpcFail(
            wire::error::kLimitExceeded, "at most " + std::to_string(wire::kMaxStreams) + " streams"));
    auto fd = m_backend.connectVsock(std::uint32_t(cid), std::uint32_t(port));
    if (!fd)
        return respond(std::unexpected(fd.error()));
    const std::string id = nextId("stream");
    auto answered = std::make_shared<bool>(false);
    Channel::Handlers h;
    h.connected = [this, id, respond, answered] {
        *answered = true;
        auto it = m_streams.find(id);
        if (it != m_streams.end() && it->second.timer) {
            m_loop.cancelTimer(it->second.timer);
            it->second.timer = 0;
        }
        respond(json { { "stream", id } });
    };
    h.data = [this, id](std::string_view bytes) {
        m_out.send(notification(
            wire::notification::kStreamData, json { { "stream", id }, { "data", base64::encode(bytes) } }));
        auto it = m_streams.find(id);
        if (it != m_streams.end() && m_out.backedUp())
            it->second.channel->setReadPaused(true);
    };
    h.eof = [this, id] { closeStream(id, "eof", true); };
    h.failed = [this, id, respond, answered](const std::string &message) {
        if (*answered)
            return closeStream(id, message, true);
        // A connect failure is the vsock.open error, not a stream.closed.
        *answered = true;
        closeStream(id, message, false);
        respond(rpcFail(wire::error::kIoError, "vsock connect: " + message));
    };
    Stream s;
    s.channel = std::make_unique<Channel>(m_loop, *fd, *fd, true, std::move(h));
    s.channel->setReadChunk(std::size_t(wire::kNotifyChunkBytes));
    // An enclave that never accepts must not leave the request hanging.
    s.timer = m_loop.addTimer(wire::kVsockConnectTimeoutMs, [this, id, respond, answered] {
        auto it = m_streams.find(id);
        if (it != m_streams.end())
            it->second.timer = 0;
        if (*answered)
            return;
        *answered = true;
        closeStream(id, {}, false);
        respond(rpcFail(wire::error::kIoError, "vsock connect: no answer within 10 s"));
    });
    m_streams.emplace(id, std::move(s));
}

void StreamTable::write(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::string id = pr.handle("stream");
    std::string data = pr.base64("data", wire::kMaxChunkBytes);
    pr.allowOnly({ "stream", "data" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    auto it = m_streams.find(id);
    if (it == m_streams.end() || it->second.isHealthCheck)
        return respond(rpcFail(wire::error::kNotFound, "no stream '" + id + "'"));
    Channel &ch = *it->second.channel;
    if (ch.pendingWriteBytes() + std::int64_t(data.size()) > wire::kStreamWriteLimit)
        return respond(rpcFail(wire::error::kLimitExceeded,
            "the peer is not reading; " + std::to_string(ch.pendingWriteBytes()) + " bytes already queued"));
    const std::int64_t size = std::int64_t(data.size());
    ch.write(std::move(data));
    // write() may fail the channel, which removes the stream.
    it = m_streams.find(id);
    respond(json { { "queued", it == m_streams.end() ? size : it->second.channel->pendingWriteBytes() } });
}

void StreamTable::close(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::string id = pr.handle("stream");
    const bool abort = pr.boolean("abort", false);
    pr.allowOnly({ "stream", "abort" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    auto it = m_streams.find(id);
    if (it == m_streams.end() || it->second.isHealthCheck)
        return respond(rpcFail(wire::error::kNotFound, "no stream '" + id + "'"));
    if (abort)
        closeStream(id, "closed by client", false);
    else
        it->second.channel->closeWrite(); // half-close: the peer sees EOF and can still answer
    respond(json::object());
}

void StreamTable::healthCheck(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::int64_t cid = pr.integer("cid", wire::kMinCid, wire::kMaxCid);
    const std::int64_t port = pr.integer("port", 1, wire::kMaxPort);
    std::string payload = pr.base64("send", wire::kMaxHealthPayloadBytes, false);
    const std::string expect = pr.base64("expect", wire::kMaxHealthPayloadBytes, false);
    const int timeoutMs
        = int(pr.integer("timeoutMs", 1, wire::kMaxHealthTimeoutMs, wire::kDefaultHealthTimeoutMs));
    pr.allowOnly({ "cid", "port", "send", "expect", "timeoutMs" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    if (m_streams.size() >= std::size_t(wire::kMaxStreams))
        return respond(rpcFail(
            wire::error::kLimitExceeded, "at most " + std::to_string(wire::kMaxStreams) + " streams"));
    const auto started = EventLoop::Clock::now();
    auto report = [respond, started](bool ok, const std::string &error) {
        const double ms
            = double(std::chrono::duration_cast<std::chrono::microseconds>(EventLoop::Clock::now() - started)
                         .count())
            / 1000.0;
        json o { { "ok", ok }, { "latencyMs", ms } };
        if (!error.empty())
            o["error"] = error;
        respond(std::move(o));
    };
    auto fd = m_backend.connectVsock(std::uint32_t(cid), std::uint32_t(port));
    if (!fd)
        return report(false, fd.error().message);
    const std::string id = nextId("health");
    auto received = std::make_shared<std::string>();
    auto done = std::make_shared<bool>(false);
    auto complete = [this, id, report, done](bool ok, const std::string &error) {
        if (*done)
            return;
        *done = true;
        report(ok, error);
        closeStream(id, {}, false);
    };
    Channel::Handlers h;
    h.connected = [this, id, payload, expect, complete] {
        auto it = m_streams.find(id);
        if (it != m_streams.end())
            it->second.channel->write(payload);
        if (expect.empty())
            complete(true, {});
    };
    h.data = [received, expect, complete](std::string_view bytes) {
        if (received->size() < expect.size() + 65536)
            received->append(bytes);
        if (!expect.empty() && received->find(expect) != std::string::npos)
            complete(true, {});
    };
    h.eof = [complete] { complete(false, "connection closed before the expected reply"); };
    h.failed = [complete](const std::string &message) { complete(false, message); };
    Stream s;
    s.isHealthCheck = true;
    s.channel = std::make_unique<Channel>(m_loop, *fd, *fd, true, std::move(h));
    s.timer = m_loop.addTimer(timeoutMs, [this, id, complete, timeoutMs] {
        auto it = m_streams.find(id);
        if (it != m_streams.end())
            it->second.timer = 0;
        complete(false, "no reply within " + std::to_string(timeoutMs) + " ms");
    });
    m_streams.emplace(id, std::move(s));
}

} // namespace agentd

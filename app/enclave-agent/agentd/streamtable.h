#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "agentd/channel.h"
#include "agentd/nitroclibackend.h"
#include "agentd/output.h"

namespace agentd {

// vsock.open / stream.write / stream.close and health.check of one session. A stream is a
// Channel on the socket: its bytes go out as stream.data, reading pauses while the client is
// backed up, and writes towards a peer that does not read are bounded (kStreamWriteLimit).
class StreamTable final {
public:
    StreamTable(EventLoop &loop, NitroCliBackend &backend, Output &out)
        : m_loop(loop)
        , m_backend(backend)
        , m_out(out)
    {
    }
    ~StreamTable() { closeAll(); }
    StreamTable(const StreamTable &) = delete;
    StreamTable &operator=(const StreamTable &) = delete;

    void open(const json &params, const Respond &respond);
    void write(const json &params, const Respond &respond);
    void close(const json &params, const Respond &respond);
    void healthCheck(const json &params, const Respond &respond);
    // The client drained its output: streams may read again.
    void resumeReading();
    void closeAll();

private:
    struct Stream {
        std::unique_ptr<Channel> channel;
        bool isHealthCheck = false;
        EventLoop::Id timer = 0;
    };
    void closeStream(const std::string &id, const std::string &reason, bool notify);
    std::string nextId(const char *prefix) { return std::string(prefix) + "-" + std::to_string(++m_counter); }

    EventLoop &m_loop;
    NitroCliBackend &m_backend;
    Output &m_out;
    std::map<std::string, Stream> m_streams;
    std::uint64_t m_counter = 0;
};

} // namespace agentd

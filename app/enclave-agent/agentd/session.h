#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "agentd/channel.h"
#include "agentd/consolefeed.h"
#include "agentd/imagedir.h"
#include "agentd/linebuffer.h"
#include "agentd/nitroclibackend.h"
#include "agentd/output.h"
#include "agentd/streamtable.h"
#include "agentd/uploadtable.h"

namespace agentd {

struct SessionConfig {
    std::string imageDir;
    std::string hostname;
    std::string version;
    std::string buildId;
    std::string backendName = "nitro-cli";
    std::int64_t maxUploadBytes = wire::kDefaultMaxUploadBytes;
};

// One client connection: JSON-RPC lines on inFd (stdin under sshd), answers on outFd. Checks
// framing (line length, JSON, request shape, id) and dispatches each method to the part that owns
// it; every parameter is validated there before anything acts (see core/agent/PROTOCOL.md).
// Ends the loop when the client goes away (exit 0) or breaks the protocol (exit 1).
class Session final : public Output {
public:
    Session(EventLoop &loop, NitroCliBackend &backend, SessionConfig config, int inFd, int outFd);
    ~Session() override;

    void send(const json &message) override;
    void sendLine(std::string line) override;
    std::int64_t pendingBytes() const override { return m_out ? m_out->pendingWriteBytes() : 0; }
    bool ending() const override { return m_ending; }

private:
    void onInput(std::string_view bytes);
    void handleLine(const std::string &line);
    void dispatch(const std::string &method, const json &params, const Respond &respond);
    void endSession(int exitCode, const std::string &why);
    void onOutputDrained();

    void hello(const json &p, const Respond &r);
    void listEnclaves(const json &p, const Respond &r);
    void runEnclave(const json &p, const Respond &r);
    void terminateEnclave(const json &p, const Respond &r);
    void listImages(const json &p, const Respond &r);
    void describeImage(const json &p, const Respond &r);
    void hostInfo(const json &p, const Respond &r);
    void watch(const json &p, const Respond &r);
    void pollEnclaves();

    EventLoop &m_loop;
    NitroCliBackend &m_backend;
    SessionConfig m_config;
    ImageDir m_images;
    std::unique_ptr<Channel> m_in;
    std::unique_ptr<Channel> m_out;
    LineBuffer m_lines { std::size_t(wire::kMaxLineBytes) };
    ConsoleFeed m_consoles;
    StreamTable m_streams;
    UploadTable m_uploads;
    bool m_ending = false;
    int m_describesRunning = 0;
    int m_exitCode = 0;
    EventLoop::Id m_watchTimer = 0;
    json m_lastEnclaves;
    bool m_watchPolling = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace agentd

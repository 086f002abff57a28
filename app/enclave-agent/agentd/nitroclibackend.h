#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "agentd/enclavestore.h"
#include "agentd/process.h"
#include "agentd/rpc.h"

namespace agentd {

// A validated enclaves.run request (types, ranges and the image path were checked already).
struct RunRequest {
    std::string eifPath; // absolute, canonical, inside the image directory
    std::int64_t cpuCount = 0;
    std::int64_t memoryMiB = 0;
    std::int64_t enclaveCid = 0; // 0 = nitro-cli picks
    bool debugMode = false;
    std::string enclaveName;
};

struct BackendConfig {
    std::string nitroCli = "nitro-cli";
    std::string stateDir;
    std::string selfPath; // this binary, started again as the console capture helper
    std::string vsockUnixDir; // non-empty: vsock (cid, port) is the Unix socket DIR/CID_PORT.sock
    std::string allocatorFile = "/etc/nitro_enclaves/allocator.yaml";
    Environment childEnv; // exported to every nitro-cli child (NITRO_CLI_SIM_STATE_DIR)
    std::string execWrapper; // non-empty: helpers run as "execWrapper selfPath ..." (qemu-user)
};

// Drives nitro-cli with argument vectors and reads its JSON (see nitrocliparse.h). Launches are
// serialized: parallel run-enclave calls collide on the heartbeat port 9000. Right after a
// debug-mode launch a detached capture helper ("enclave-agent --capture-console ID") starts
// reading the console, so its history from boot is kept on disk. Enclaves the agent launched
// that vanish from describe-enclaves are reported with State "EXITED".
class NitroCliBackend final {
public:
    using Reply = std::function<void(Result<json>)>;

    // runner: what starts nitro-cli and the capture helper; null = real processes (ProcessRunner).
    NitroCliBackend(EventLoop &loop, BackendConfig config, std::unique_ptr<CommandRunner> runner = nullptr);

    void listEnclaves(Reply reply);
    void runEnclave(const RunRequest &request, Reply reply);
    void terminateEnclave(const std::string &enclaveId, Reply reply);
    void hostInfo(Reply reply);
    void describeEif(const std::string &path, Reply reply);
    // The console log of an enclave (kept after it exited), or E11 (unknown) / E44 (not debug).
    Result<std::string> consoleLog(const std::string &enclaveId);
    // A non-blocking socket connecting to (cid, port).
    Result<int> connectVsock(std::uint32_t cid, std::uint32_t port);

private:
    struct PendingRun {
        RunRequest request;
        Reply reply;
    };
    void nitroCli(
        std::vector<std::string> args, int timeoutMs, std::function<void(const ProcessResult &)> done);
    void startNextLaunch();
    void startCapture(const std::string &enclaveId);
    void stopCapture(const std::string &enclaveId, const std::string &reason);

    EventLoop &m_loop;
    BackendConfig m_config;
    std::unique_ptr<CommandRunner> m_runner;
    EnclaveStore m_store;
    std::deque<PendingRun> m_launchQueue;
    bool m_launching = false;
};

} // namespace agentd

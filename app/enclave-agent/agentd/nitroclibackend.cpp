#include "agentd/nitroclibackend.h"

#include <set>

#include <unistd.h>

#include "agentd/consolelog.h"
#include "agentd/files.h"
#include "agentd/nitrocliparse.h"
#include "agentd/processprobe.h"
#include "agentd/sockets.h"

namespace agentd {

namespace {
constexpr std::string_view kRunning = "RUNNING";
constexpr std::string_view kExited = "EXITED";

json publicRecord(json r)
{
    r.erase("EifPath");
    r.erase("CapturePID");
    r.erase("Adopted");
    return r;
}

std::int64_t memInfoMiB(const std::string &meminfo, std::string_view key)
{
    const std::string v = files::yamlScalar(meminfo, key); // "123456 kB"
    if (v.empty())
        return -1;
    try {
        return std::stoll(v) / 1024;
    } catch (...) {
        return -1;
    }
}
} // namespace

NitroCliBackend::NitroCliBackend(EventLoop &loop, BackendConfig config, std::unique_ptr<CommandRunner> runner)
    : m_loop(loop)
    , m_config(std::move(config))
    , m_runner(runner ? std::move(runner) : std::make_unique<ProcessRunner>(loop))
    , m_store(m_config.stateDir)
{
}

void NitroCliBackend::nitroCli(
    std::vector<std::string> args, int timeoutMs, std::function<void(const ProcessResult &)> done)
{
    args.insert(args.begin(), m_config.nitroCli);
    m_runner->run(args, m_config.childEnv, timeoutMs, wire::kMaxNitroCliOutputBytes, std::move(done));
}

void NitroCliBackend::listEnclaves(Reply reply)
{
    // Only enclaves recorded before describe-enclaves started can be missing from its answer because
    // they are gone: another session (another agent process) may record a launch while it runs.
    const std::string askedAt = files::utcNow();
    nitroCli(
        { "describe-enclaves" }, wire::kCommandTimeoutMs, [this, reply, askedAt](const ProcessResult &out) {
            auto result = nitrocli::result(out, "nitro-cli describe-enclaves");
            if (!result)
                return reply(result);
            if (!result->is_array())
                return reply(
                    rpcFail(wire::error::kInternalError, "describe-enclaves did not print an array"));
            std::set<std::string> liveIds;
            for (const json &v : *result)
                liveIds.insert(stringField(v, "EnclaveID"));
            std::vector<std::string> vanished;
            std::vector<std::string> pruned;
            auto state = m_store.update([&](json &s) {
                for (json &r : s["enclaves"]) {
                    const std::string id = stringField(r, "EnclaveID");
                    if (stringField(r, "State") != kRunning || liveIds.count(id)
                        || stringField(r, "StartedAt") >= askedAt)
                        continue;
                    // nitro-cli has no "exited" state: the enclave is simply gone.
                    r["State"] = kExited;
                    r["ExitReason"] = "disappeared";
                    r["ExitedAt"] = files::utcNow();
                    vanished.push_back(id);
                }
                pruned = EnclaveStore::pruneExited(
                    s, wire::kKeptExitedEnclaves, files::utcNow(wire::kKeptExitedSeconds));
            });
            for (const auto &id : pruned)
                ConsoleLog::remove(m_store.consolePath(id));
            for (const auto &id : vanished)
                stopCapture(id, "enclave exited");
            json list = *result;
            if (state)
                for (const json &r : (*state)["enclaves"])
                    if (stringField(r, "State") == kExited)
                        list.push_back(publicRecord(r));
            reply(std::move(list));
        });
}

void NitroCliBackend::runEnclave(const RunRequest &request, Reply reply)
{
    m_launchQueue.push_back(PendingRun { request, std::move(reply) });
    startNextLaunch();
}

void NitroCliBackend::startNextLaunch()
{
    if (m_launching || m_launchQueue.empty())
        return;
    m_launching = true;
    PendingRun run = std::move(m_launchQueue.front());
    m_launchQueue.pop_front();
    const RunRequest &req = run.request;
    std::vector<std::string> args { "run-enclave", "--eif-path", req.eifPath, "--memory",
        std::to_string(req.memoryMiB), "--cpu-count", std::to_string(req.cpuCount) };
    if (req.enclaveCid != 0) {
        args.push_back("--enclave-cid");
        args.push_back(std::to_string(req.enclaveCid));
    }
    if (req.debugMode)
        args.push_back("--debug-mode");
    if (!req.enclaveName.empty()) {
        args.push_back("--enclave-name");
        args.push_back(req.enclaveName);
    }
    nitroCli(args, wire::kRunTimeoutMs, [this, run](const ProcessResult &out) {
        auto finishLaunch = [this] {
            m_launching = false;
            m_loop.post([this] { startNextLaunch(); });
        };
        const auto doc = nitrocli::findJson(out.out);
        const json info = doc && doc->is_object() ? *doc : json::object();
        const std::string id = stringField(info, "EnclaveID");
        if (id.empty()) {
            finishLaunch();
            if (auto err = nitrocli::firstError(out.err))
                return run.reply(std::unexpected(*err));
            auto res = nitrocli::result(out, "nitro-cli run-enclave");
            if (!res)
                return run.reply(res);
            return run.reply(rpcFail(wire::error::kInternalError, "run-enclave printed no enclave ID"));
        }
        json record = info;
        record["State"] = kRunning;
        record["Flags"] = run.request.debugMode ? "DEBUG_MODE" : "NONE";
        record["EifPath"] = run.request.eifPath;
        record["StartedAt"] = files::utcNow();
        (void)m_store.update([&](json &s) { EnclaveStore::replaceEnclave(s, record); });
        // Attach to the console at once: the hypervisor keeps nothing for late readers.
        if (run.request.debugMode)
            startCapture(id);
        finishLaunch();
        run.reply(info);
    });
}

void NitroCliBackend::startCapture(const std::string &enclaveId)
{
    // The log exists before the helper starts (which may take a while, e.g. under emulation), so
    // a subscriber never races it; the helper continues the same file and sequence numbers.
    (void)m_store.snapshot(); // creates the console directory
    if (const std::string path = m_store.consolePath(enclaveId); !files::exists(path))
        (void)ConsoleLog::open(path);
    std::vector<std::string> argv { m_config.selfPath, "--capture-console", enclaveId, "--state-dir",
        m_config.stateDir, "--nitro-cli", m_config.nitroCli };
    if (!m_config.execWrapper.empty())
        argv.insert(argv.begin(), m_config.execWrapper);
    const pid_t pid = m_runner->startDetached(argv, m_config.childEnv);
    if (pid <= 0)
        return;
    (void)m_store.update([&](json &s) {
        json r = EnclaveStore::findEnclave(s, enclaveId);
        if (r.is_null())
            return;
        r["CapturePID"] = std::int64_t(pid);
        EnclaveStore::replaceEnclave(s, r);
    });
}

void NitroCliBackend::stopCapture(const std::string &enclaveId, const std::string &reason)
{
    auto state = m_store.snapshot();
    if (!state)
        return;
    const std::int64_t pid = intField(EnclaveStore::findEnclave(*state, enclaveId), "CapturePID");
    // The capture normally ends by itself when the console reaches EOF; give it a moment to
    // store the last bytes before stopping it.
    for (int i = 0; i < 100 && processprobe::isAlive(pid, enclaveId); ++i)
        processprobe::sleepMs(10);
    processprobe::terminate(pid, enclaveId, 500);
    const std::string log = m_store.consolePath(enclaveId);
    // A listing that saw the enclave vanish while our terminate-enclave ran still says who ended it.
    if (files::exists(log))
        (void)ConsoleLog::markClosed(log, ConsoleLog::isTerminating(log) ? "terminated" : reason);
}

void NitroCliBackend::terminateEnclave(const std::string &enclaveId, Reply reply)
{
    // Before nitro-cli acts: the capture sees the console end first and must know why.
    const std::string log = m_store.consolePath(enclaveId);
    const bool hasConsole = files::exists(log);
    if (hasConsole)
        (void)ConsoleLog::markTerminating(log);
    nitroCli({ "terminate-enclave", "--enclave-id", enclaveId }, wire::kCommandTimeoutMs,
        [this, enclaveId, reply, log, hasConsole](const ProcessResult &out) {
            auto result = nitrocli::result(out, "nitro-cli terminate-enclave");
            const bool confirmed = result && result->is_object() && boolField(*result, "Terminated");
            if (!confirmed && hasConsole)
                ConsoleLog::clearTerminating(log); // still running: its end is not ours
            if (!result)
                return reply(result);
            if (!confirmed) {
                if (auto err = nitrocli::firstError(out.err))
                    return reply(std::unexpected(*err));
                return reply(
                    rpcFail(wire::error::kInternalError, "terminate-enclave did not confirm termination"));
            }
            (void)m_store.update([&](json &s) {
                json r = EnclaveStore::findEnclave(s, enclaveId);
                if (r.is_null())
                    return;
                r["State"] = kExited;
                r["ExitReason"] = "terminated";
                r["ExitedAt"] = files::utcNow();
                EnclaveStore::replaceEnclave(s, r);
            });
            stopCapture(enclaveId, "terminated");
            // The console's end is recorded and its capture gone: the marker has done its job.
            if (hasConsole)
                ConsoleLog::clearTerminating(log);
            reply(*result);
        });
}

void NitroCliBackend::hostInfo(Reply reply)
{
    const std::string allocatorFile = m_config.allocatorFile;
    nitroCli({ "--version" }, wire::kCommandTimeoutMs, [reply, allocatorFile](const ProcessResult &out) {
        json allocator = json::object();
        if (const auto text = files::read(allocatorFile, 64 * 1024)) {
            for (const char *key : { "memory_mib", "cpu_count", "cpu_pool" }) {
                const std::string v = files::yamlScalar(*text, key);
                if (v.empty())
                    continue;
                std::size_t used = 0;
                try {
                    const long long n = std::stoll(v, &used);
                    allocator[key] = used == v.size() ? json(n) : json(v);
                } catch (...) {
                    allocator[key] = v;
                }
            }
        }
        const std::string meminfo = files::read("/proc/meminfo", 64 * 1024).value_or(std::string());
        std::string neCpus
            = files::read("/sys/module/nitro_enclaves/parameters/ne_cpus", 4096).value_or(std::string());
        while (!neCpus.empty() && (neCpus.back() == '\n' || neCpus.back() == ' '))
            neCpus.pop_back();
        std::string version = out.exitCode == 0 ? out.out.substr(0, 200) : std::string();
        while (!version.empty() && (version.back() == '\n' || version.back() == ' '))
            version.pop_back();
        const std::int64_t hugeFree = memInfoMiB(meminfo, "HugePages_Free");
        reply(json { { "allocator", allocator }, { "neCpus", neCpus },
            { "memAvailableMiB", memInfoMiB(meminfo, "MemAvailable") },
            { "hugePagesFree", hugeFree < 0 ? -1 : hugeFree * 1024 }, { "nitroCliVersion", version } });
    });
}

void NitroCliBackend::describeEif(const std::string &path, Reply reply)
{
    // nitro-cli hashes the whole image (EIFs reach gigabytes): a run-sized timeout.
    nitroCli({ "describe-eif", "--eif-path", path }, wire::kRunTimeoutMs, [reply](const ProcessResult &out) {
        auto result = nitrocli::result(out, "nitro-cli describe-eif");
        if (result && !result->is_object())
            return reply(rpcFail(wire::error::kInternalError, "describe-eif did not print an object"));
        reply(result);
    });
}

Result<std::string> NitroCliBackend::consoleLog(const std::string &enclaveId)
{
    auto state = m_store.snapshot();
    if (!state)
        return std::unexpected(state.error());
    const std::string path = m_store.consolePath(enclaveId);
    json r = EnclaveStore::findEnclave(*state, enclaveId);
    if (r.is_null()) {
        // Launched by someone else: adopt it. nitro-cli console reports E11 / E44 itself, and the
        // capture stores that reason as the console's close reason. Adoptions are bounded (each
        // starts a capture process); enclaves.list retires the ones that do not exist.
        int adopted = 0;
        for (const json &v : (*state)["enclaves"])
            adopted += boolField(v, "Adopted") && stringField(v, "State") == kRunning;
        if (adopted >= wire::kMaxAdoptedConsoles)
            return std::unexpected(RpcError::nitro("E11",
                "Socket error: " + enclaveId + " is not an enclave this agent launched, and "
                    + std::to_string(wire::kMaxAdoptedConsoles)
                    + " other consoles are already being adopted; list the enclaves first"));
        r = json { { "EnclaveID", enclaveId }, { "State", kRunning }, { "Flags", "DEBUG_MODE" },
            { "Adopted", true }, { "StartedAt", files::utcNow() } };
        (void)m_store.update([&](json &s) { EnclaveStore::replaceEnclave(s, r); });
        startCapture(enclaveId);
    } else if (stringField(r, "Flags") != "DEBUG_MODE") {
        return std::unexpected(RpcError::nitro("E44",
            "Console connection failure. The enclave was not started with the debug "
            "flag set, include '--debug-mode' in the run-enclave command"));
    }
    for (int i = 0; i < 200 && !files::exists(path); ++i)
        processprobe::sleepMs(10);
    if (!files::exists(path))
        return std::unexpected(
            RpcError::nitro("E44", "Console connection failure: no console capture for " + enclaveId));
    return path;
}

Result<int> NitroCliBackend::connectVsock(std::uint32_t cid, std::uint32_t port)
{
    if (!m_config.vsockUnixDir.empty())
        return sockets::connectUnix(
            m_config.vsockUnixDir + "/" + std::to_string(cid) + "_" + std::to_string(port) + ".sock",
            std::to_string(cid) + ":" + std::to_string(port));
    return sockets::connectVsock(cid, port);
}

} // namespace agentd

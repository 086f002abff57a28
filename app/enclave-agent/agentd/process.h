#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <sys/types.h>

#include "agentd/eventloop.h"

namespace agentd {

// What a finished child left: its exit status and (bounded) output.
struct ProcessResult {
    int exitCode = -1;
    bool crashed = false; // killed by a signal, timed out, or could not start
    bool timedOut = false;
    std::string startError; // exec failed: why
    std::string out;
    std::string err;
};

// Environment additions for children ("NAME", "value"); everything else is inherited.
using Environment = std::vector<std::pair<std::string, std::string>>;

// Starts a program with an argument vector (never a shell). stdin is /dev/null. Returns the pid
// and, in *outFd / *errFd, the read ends of its stdout / stderr pipes (close-on-exec).
struct Spawned {
    pid_t pid = -1;
    int outFd = -1;
    int errFd = -1;
    std::string error;
};
Spawned spawnProcess(const std::vector<std::string> &argv, const Environment &env);

// Starts a process that outlives us (its own session, reparented to init, all standard
// streams on /dev/null). Returns its pid or -1.
pid_t spawnDetached(const std::vector<std::string> &argv, const Environment &env);

// What the nitro-cli backend starts: children whose output it reads (nitro-cli), and detached
// helpers (the console capture). ProcessRunner below is the agent's; the dispatcher's fuzz target
// (tests/fuzz/fuzz_agentrequest.cpp) plugs in one that starts nothing and answers with nitro-cli's
// recorded output, so the whole request path runs without touching the host.
class CommandRunner {
public:
    virtual ~CommandRunner() = default;
    // done() runs later, from the EventLoop, never from inside run().
    virtual void run(const std::vector<std::string> &argv, const Environment &env, int timeoutMs,
        std::int64_t maxOutput, std::function<void(const ProcessResult &)> done)
        = 0;
    // A process that outlives us (spawnDetached); its pid or -1.
    virtual pid_t startDetached(const std::vector<std::string> &argv, const Environment &env) = 0;
};

// Runs children asynchronously on the EventLoop: output is collected up to maxOutput bytes per
// stream, a child past its timeout is killed, and done() gets the result from the loop.
class ProcessRunner final : public CommandRunner {
public:
    explicit ProcessRunner(EventLoop &loop);
    ~ProcessRunner() override;
    ProcessRunner(const ProcessRunner &) = delete;
    ProcessRunner &operator=(const ProcessRunner &) = delete;

    void run(const std::vector<std::string> &argv, const Environment &env, int timeoutMs,
        std::int64_t maxOutput, std::function<void(const ProcessResult &)> done) override;
    pid_t startDetached(const std::vector<std::string> &argv, const Environment &env) override
    {
        return spawnDetached(argv, env);
    }

private:
    struct Job;
    void readPipe(std::uint64_t jobId, bool isErr);
    void tryReap(std::uint64_t jobId);
    void finish(std::uint64_t jobId);

    EventLoop &m_loop;
    std::uint64_t m_next = 1;
    std::map<std::uint64_t, std::unique_ptr<Job>> m_jobs;
};

} // namespace agentd

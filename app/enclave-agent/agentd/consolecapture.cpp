#include "agentd/consolecapture.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <utility>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "agentd/consolelog.h"
#include "agentd/enclavestore.h"
#include "agentd/nitrocliparse.h"

namespace agentd {

namespace {
volatile sig_atomic_t g_child = 0;

// SIGTERM from the agent (the enclave was terminated): take nitro-cli console down with us.
void onTerminate(int)
{
    if (g_child > 0)
        ::kill(pid_t(g_child), SIGTERM);
    ::_exit(0);
}
} // namespace

std::string BannerFilter::feed(std::string_view bytes)
{
    if (m_done)
        return std::string(bytes);
    m_head.append(bytes);
    while (!m_done) {
        const std::size_t nl = m_head.find('\n');
        if (nl == std::string::npos) {
            if (m_head.size() > 4096) // no banner after all
                m_done = true;
            break;
        }
        const std::string_view line(m_head.data(), nl);
        if (line.starts_with("Connecting to the console")
            || line.starts_with("Successfully connected to the console")) {
            const bool last = line.starts_with("Successfully");
            m_head.erase(0, nl + 1);
            if (last)
                m_done = true;
            continue;
        }
        m_done = true;
    }
    if (!m_done)
        return {};
    return std::exchange(m_head, std::string());
}

std::string BannerFilter::flush()
{
    m_done = true;
    return std::exchange(m_head, std::string());
}

int runConsoleCapture(const std::string &stateDir, const std::string &enclaveId, const std::string &nitroCli,
    const Environment &env)
{
    EnclaveStore store(stateDir);
    (void)store.snapshot(); // creates the state directories
    auto log = ConsoleLog::open(store.consolePath(enclaveId));
    if (!log) {
        std::fprintf(stderr, "enclave-agent: %s\n", log.error().message.c_str());
        return 1;
    }
    Spawned child = spawnProcess({ nitroCli, "console", "--enclave-id", enclaveId }, env);
    if (child.pid < 0) {
        (void)log->close("cannot run nitro-cli console: " + child.error);
        return 1;
    }
    g_child = child.pid;
    std::signal(SIGTERM, onTerminate);
    BannerFilter banner;
    std::string err;
    pollfd fds[2] = { { child.outFd, POLLIN, 0 }, { child.errFd, POLLIN, 0 } };
    char buf[65536];
    while (fds[0].fd >= 0 || fds[1].fd >= 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            const ssize_t n = ::read(fds[i].fd, buf, sizeof(buf));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                continue;
            }
            if (i == 0) {
                const std::string bytes = banner.feed(std::string_view(buf, std::size_t(n)));
                if (!bytes.empty())
                    (void)log->append(bytes);
            } else if (err.size() < 65536) {
                err.append(buf, std::size_t(std::min<ssize_t>(n, ssize_t(65536 - err.size()))));
            }
        }
    }
    const std::string rest = banner.flush();
    if (!rest.empty())
        (void)log->append(rest);
    int status = 0;
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) { }
    g_child = 0;
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    // Why the console ended: the agent marks an enclave it is terminating before it runs
    // terminate-enclave; otherwise the enclave ended on its own (or nitro-cli said why not).
    std::string reason = "enclave exited";
    if (ConsoleLog::isTerminating(store.consolePath(enclaveId)))
        reason = "terminated";
    else if (auto e = nitrocli::firstError(err))
        reason = e->toString();
    else if (exitCode != 0)
        reason = "nitro-cli console exited with status " + std::to_string(exitCode);
    (void)log->close(reason);
    return 0;
}

} // namespace agentd

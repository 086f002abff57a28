// enclave-agent: the parent-instance daemon of Enclave Studio. A static program (standard
// library, POSIX, nlohmann-json) so it runs on any Linux parent with nothing but nitro-cli.

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

#include "agentd/buildid.h"
#include "agentd/consolecapture.h"
#include "agentd/eventloop.h"
#include "agentd/files.h"
#include "agentd/nitroclibackend.h"
#include "agentd/options.h"
#include "agentd/session.h"

namespace {
std::string env(const char *name)
{
    const char *v = std::getenv(name);
    return v ? v : "";
}

std::string selfPath(const char *argv0)
{
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof(buf) - 1);
    if (n > 0)
        return std::string(buf, std::size_t(n));
    // No /proc (a bare chroot): argv[0] as given, made absolute.
    return agentd::files::absolute(argv0 ? argv0 : "enclave-agent");
}
} // namespace

int main(int argc, char *argv[])
{
    // A client that hangs up must not kill us with SIGPIPE while we clean up.
    std::signal(SIGPIPE, SIG_IGN);

    agentd::Invocation inv;
    for (int i = 1; i < argc; ++i)
        inv.args.emplace_back(argv[i]);
    inv.selfPath = selfPath(argc > 0 ? argv[0] : nullptr);
    inv.home = env("HOME");
    inv.xdgStateHome = env("XDG_STATE_HOME");
    auto options = agentd::parseOptions(inv);
    if (!options) {
        std::fprintf(stderr, "enclave-agent: %s\n", options.error().c_str());
        return 2;
    }
    using Mode = agentd::Options::Mode;
    switch (options->mode) {
    case Mode::Help:
        std::fputs(agentd::usageText().c_str(), stdout);
        return 0;
    case Mode::Version:
        std::printf("enclave-agent %s (build %s)\n", ENCLAVE_VERSION, ENCLAVE_AGENT_BUILD_ID);
        return 0;
    case Mode::Capture:
        return agentd::runConsoleCapture(
            options->stateDir, options->enclaveId, options->nitroCli, options->childEnv);
    case Mode::Stdio:
        break;
    }

    agentd::EventLoop loop;
    agentd::BackendConfig backendConfig;
    backendConfig.nitroCli = options->nitroCli;
    backendConfig.stateDir = options->stateDir;
    backendConfig.selfPath = inv.selfPath;
    backendConfig.vsockUnixDir = options->vsockUnixDir;
    backendConfig.allocatorFile = options->allocatorFile;
    backendConfig.childEnv = options->childEnv;
    backendConfig.execWrapper = options->execWrapper;
    agentd::NitroCliBackend backend(loop, backendConfig);

    agentd::SessionConfig config;
    config.imageDir = options->imageDir;
    config.hostname = agentd::files::hostName();
    config.version = ENCLAVE_VERSION;
    config.buildId = ENCLAVE_AGENT_BUILD_ID;
    config.backendName = options->simulateDir.empty() ? "nitro-cli" : "simulator";
    config.maxUploadBytes = options->maxUploadBytes;
    agentd::files::makePath(config.imageDir);
    agentd::Session session(loop, backend, config, STDIN_FILENO, STDOUT_FILENO);
    return loop.run();
}

#include "agentd/options.h"

#include <charconv>

#include "agentd/files.h"

namespace agentd {

std::string usageText()
{
    return "Usage: enclave-agent --stdio [OPTIONS]\n"
           "       enclave-agent --version | --help\n"
           "\n"
           "Drives nitro-cli and vsock on a Nitro Enclaves parent instance for Enclave Studio.\n"
           "Speaks JSON-RPC (one object per line) on stdin/stdout; ssh runs it. See core/agent/PROTOCOL.md.\n"
           "\n"
           "Options:\n"
           "  --stdio                 serve one client on stdin/stdout\n"
           "  --nitro-cli PATH        nitro-cli program (default: nitro-cli from PATH)\n"
           "  --state-dir DIR         console history and enclave records (default "
           "~/.local/state/enclave-agent)\n"
           "  --image-dir DIR         EIF directory (default ~/enclave-images)\n"
           "  --vsock-unix-dir DIR    vsock (CID, PORT) is the Unix socket DIR/CID_PORT.sock instead of "
           "AF_VSOCK\n"
           "  --max-upload-mib N      largest EIF upload accepted (default 8192)\n"
           "  --simulate STATE_DIR    use nitro-cli-sim: images STATE_DIR/images, state STATE_DIR/agent,\n"
           "                          vsock STATE_DIR/vsock, NITRO_CLI_SIM_STATE_DIR=STATE_DIR for "
           "nitro-cli\n"
           "  --version               print the version and build id\n"
           "  --help                  print this help\n";
}

std::expected<Options, std::string> parseOptions(const Invocation &inv)
{
    Options o;
    bool stdio = false;
    bool version = false;
    bool help = false;
    bool nitroCliGiven = false;
    std::string maxUpload;
    const auto &a = inv.args;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string &arg = a[i];
        auto value = [&](std::string &into) -> bool {
            if (i + 1 >= a.size() || a[i + 1].empty())
                return false;
            into = a[++i];
            return true;
        };
        bool ok = true;
        if (arg == "--stdio")
            stdio = true;
        else if (arg == "--version")
            version = true;
        else if (arg == "--help" || arg == "-h")
            help = true;
        else if (arg == "--nitro-cli")
            ok = value(o.nitroCli), nitroCliGiven = true;
        else if (arg == "--state-dir")
            ok = value(o.stateDir);
        else if (arg == "--image-dir")
            ok = value(o.imageDir);
        else if (arg == "--vsock-unix-dir")
            ok = value(o.vsockUnixDir);
        else if (arg == "--simulate")
            ok = value(o.simulateDir);
        else if (arg == "--max-upload-mib")
            ok = value(maxUpload);
        else if (arg == "--capture-console") // internal: the detached console capture helper
            ok = value(o.enclaveId);
        else if (arg == "--exec-wrapper") // internal: an emulator that runs this binary (no binfmt_misc)
            ok = value(o.execWrapper);
        else
            return std::unexpected("unknown option '" + arg.substr(0, 64) + "' (see --help)");
        if (!ok)
            return std::unexpected(arg + " needs a value");
    }
    if (help) {
        o.mode = Options::Mode::Help;
        return o;
    }
    if (version) {
        o.mode = Options::Mode::Version;
        return o;
    }
    if (!maxUpload.empty()) {
        std::int64_t mib = 0;
        const auto [p, ec] = std::from_chars(maxUpload.data(), maxUpload.data() + maxUpload.size(), mib);
        if (ec != std::errc() || p != maxUpload.data() + maxUpload.size() || mib < 1 || mib > (1 << 24))
            return std::unexpected("--max-upload-mib needs a number from 1 to 16777216");
        o.maxUploadBytes = mib << 20;
    }
    if (!o.simulateDir.empty()) {
        const std::string dir = files::absolute(o.simulateDir);
        o.simulateDir = dir;
        if (o.imageDir.empty())
            o.imageDir = dir + "/images";
        if (o.stateDir.empty())
            o.stateDir = dir + "/agent";
        if (o.vsockUnixDir.empty())
            o.vsockUnixDir = dir + "/vsock";
        o.allocatorFile = dir + "/allocator.yaml";
        if (!nitroCliGiven) {
            const std::string sibling = files::dirName(inv.selfPath) + "/nitro-cli-sim";
            o.nitroCli = !inv.selfPath.empty() && files::isExecutable(sibling) ? sibling : "nitro-cli-sim";
        }
        o.childEnv.emplace_back("NITRO_CLI_SIM_STATE_DIR", dir);
    }
    if (o.nitroCli.empty())
        o.nitroCli = "nitro-cli";
    const std::string stateBase = !inv.xdgStateHome.empty() ? inv.xdgStateHome : inv.home + "/.local/state";
    if (o.stateDir.empty()) {
        if (inv.home.empty() && inv.xdgStateHome.empty())
            return std::unexpected("HOME is not set; pass --state-dir");
        o.stateDir = stateBase + "/enclave-agent";
    }
    if (o.imageDir.empty()) {
        if (inv.home.empty())
            return std::unexpected("HOME is not set; pass --image-dir");
        o.imageDir = inv.home + "/enclave-images";
    }
    o.stateDir = files::absolute(o.stateDir);
    o.imageDir = files::absolute(o.imageDir);
    if (!o.vsockUnixDir.empty())
        o.vsockUnixDir = files::absolute(o.vsockUnixDir);
    if (!o.enclaveId.empty()) {
        o.mode = Options::Mode::Capture;
        return o;
    }
    if (!stdio)
        return std::unexpected("nothing to do; run with --stdio (see --help)");
    o.mode = Options::Mode::Stdio;
    return o;
}

} // namespace agentd

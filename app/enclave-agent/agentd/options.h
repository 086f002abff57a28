#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include "agentd/process.h"

namespace agentd {

// The command line of enclave-agent, resolved (defaults filled in, --simulate expanded).
struct Options {
    enum class Mode { Stdio, Capture, Version, Help };
    Mode mode = Mode::Stdio;
    std::string nitroCli; // program to run as nitro-cli
    std::string stateDir;
    std::string imageDir;
    std::string vsockUnixDir; // empty: AF_VSOCK
    std::string allocatorFile = "/etc/nitro_enclaves/allocator.yaml";
    std::string simulateDir; // non-empty with --simulate
    std::string enclaveId; // --capture-console
    std::string execWrapper; // --exec-wrapper: runs this binary for its own helpers (qemu-user in tests)
    std::int64_t maxUploadBytes = 8LL << 30;
    Environment childEnv; // exported to every nitro-cli child
};

// selfPath: this binary (for "nitro-cli-sim next to the agent"); env: HOME, XDG_STATE_HOME, PATH.
struct Invocation {
    std::vector<std::string> args; // without argv[0]
    std::string selfPath;
    std::string home;
    std::string xdgStateHome;
};

// The options, or one line saying what is wrong (the caller prints it and exits 2).
std::expected<Options, std::string> parseOptions(const Invocation &inv);
std::string usageText();

} // namespace agentd

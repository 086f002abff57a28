#pragma once

#include <QString>

#include "agent/agentendpoint.h"
#include "common/error.h"

namespace enclave::ui {

// The built-in "Local simulator" connection: the enclave-agent binary run locally with
// "--simulate STATE_DIR --nitro-cli nitro-cli-sim" (STATE_DIR in the app's data directory, its
// images/ holding the sample EIF the build wrote), so a new user sees a working dashboard with
// no AWS and no SSH, served by the same agent code as a parent instance.
class LocalSimulator final {
public:
    // ENCLAVE_AGENT (environment), next to the app, in PATH, then the build tree's binary.
    static QString agentProgram();
    // ENCLAVE_NITRO_CLI_SIM (environment), next to the app, the build tree, then PATH.
    static QString nitroCliSimProgram();
    static QString stateDir();
    static QString imageDir();
    // Creates the directories, copies the sample EIF in and writes demo simulator settings once.
    static Result<agent::AgentEndpoint> endpoint();
};

} // namespace enclave::ui

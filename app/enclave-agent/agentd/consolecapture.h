#pragma once

#include <string>

#include "agentd/process.h"

namespace agentd {

// The detached capture helper ("enclave-agent --capture-console ID --state-dir DIR"): runs
// "nitro-cli console --enclave-id ID", drops nitro-cli's two banner lines, appends the enclave's
// bytes to STATE_DIR/console/ID.log (the on-disk ring) and, when the console ends, records why
// in ID.log.closed. It outlives the SSH session that started it, so no byte is lost between
// reconnects.
int runConsoleCapture(const std::string &stateDir, const std::string &enclaveId, const std::string &nitroCli,
    const Environment &env);

// Strips "Connecting to the console for enclave N..." / "Successfully connected to the console."
// from the start of the stream; everything after them is the enclave's. Exposed for tests.
class BannerFilter final {
public:
    // The bytes that belong to the enclave (possibly none yet).
    std::string feed(std::string_view bytes);
    // End of stream: whatever is still held back.
    std::string flush();

private:
    std::string m_head;
    bool m_done = false;
};

} // namespace agentd

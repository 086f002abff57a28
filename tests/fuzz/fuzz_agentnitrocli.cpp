// Target 7b: nitro-cli's output as the static agent (app/enclave-agent, agentd::nitrocli) reads it:
// the JSON on stdout found by bracket matching after any banner text, the first "[ Exx ]" line on
// stderr with its error log path, and the result that goes back to the client. Same input layout as
// fuzz_nitrocli (which feeds the Qt agent's NitroCliOutput): 1 byte exit status (signed), 1 byte
// flags (bit 0 crashed, bit 1 timed out), 4-byte little-endian length of stdout, stdout, stderr.

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "agentd/nitrocliparse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 6)
        return 0;
    agentd::ProcessResult p;
    p.exitCode = int(int8_t(data[0]));
    p.crashed = data[1] & 1;
    p.timedOut = data[1] & 2;
    const uint32_t n
        = uint32_t(data[2]) | uint32_t(data[3]) << 8 | uint32_t(data[4]) << 16 | uint32_t(data[5]) << 24;
    const std::string_view rest(reinterpret_cast<const char *>(data + 6), size - 6);
    const std::size_t outSize = n < rest.size() ? n : rest.size();
    p.out = std::string(rest.substr(0, outSize));
    p.err = std::string(rest.substr(outSize));

    if (const auto doc = agentd::nitrocli::findJson(p.out)) {
        if (!doc->is_object() && !doc->is_array())
            std::abort(); // findJson promises an object or an array
        (void)agentd::encodeLine(*doc); // as the session sends it
    }
    if (const auto e = agentd::nitrocli::firstError(p.err))
        (void)agentd::encodeLine(e->toJson());
    const auto r = agentd::nitrocli::result(p, "nitro-cli run-enclave");
    if (!r)
        (void)agentd::encodeLine(r.error().toJson());
    return 0;
}

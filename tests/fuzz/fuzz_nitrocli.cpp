// Target 7: what one nitro-cli run leaves behind, as the agent's nitro-cli backend reads it: JSON on
// stdout after any progress noise, the first "[ Exx ]" line on stderr with its err*.log path, and
// the result that goes back to the client. Input: 1 byte exit status (signed), 1 byte "crashed"
// (low bit), 4-byte little-endian length of stdout, stdout, stderr.

#include "fuzzsupport.h"

#include "agent/nitroclioutput.h"

using namespace enclave;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    agent::NitroCliOutput output;
    output.exitCode = int(int8_t(data[0]));
    output.crashed = data[1] & 1;
    const fuzz::TwoParts parts = fuzz::splitTwo(data + 2, size - 2);
    output.stdOut = parts.first;
    output.stdErr = parts.second;
    (void)output.json();
    (void)output.firstError();
    const agent::RpcResult<QJsonValue> result = output.result(QStringLiteral("run-enclave"));
    if (!result)
        (void)result.error().toJson();
    return 0;
}

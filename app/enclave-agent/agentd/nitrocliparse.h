#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "agentd/process.h"
#include "agentd/rpc.h"

// Reading what nitro-cli printed: the JSON document on stdout (which counts even with a
// non-zero exit status: describe-enclaves exits 39 when one enclave is unresponsive but still
// lists the others) and the first "[ Exx ] ..." line on stderr (a failed run-enclave prints the
// real cause first and the generic E39 after it).
namespace agentd::nitrocli {

// The end (one past) of the JSON value starting at text[start] ('{' or '['), found by bracket
// matching outside strings; npos when it does not close.
std::size_t jsonValueEnd(std::string_view text, std::size_t start);
// The first object or array on stdout that parses, skipping banner text before it.
std::optional<json> findJson(std::string_view out);
// The first "[ Exx ] message" line, with the error log path nitro-cli named after it.
std::optional<RpcError> firstError(std::string_view err);
// JSON if any, else the nitro-cli error, else an internal error naming what ran.
Result<json> result(const ProcessResult &p, std::string_view what);

} // namespace agentd::nitrocli

#pragma once

// JSON-RPC values of the agent: the error type every fallible call returns, and the message
// builders. Errors are values (std::expected); nothing in the agent throws across a call.

#include <expected>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "agent/agentprotocol.h"

namespace agentd {

using json = nlohmann::json;
namespace wire = enclave::agent::wire;

struct RpcError {
    int code = wire::error::kInternalError;
    std::string message;
    std::string nitroCode; // "E26" for a nitro-cli failure, else empty
    std::string errorLog; // nitro-cli's err*.log path when it named one

    static RpcError make(int code, std::string message)
    {
        return RpcError { code, std::move(message), {}, {} };
    }
    static RpcError nitro(std::string eCode, std::string message, std::string errorLog = {})
    {
        return RpcError { wire::error::kNitroCliError, std::move(message), std::move(eCode),
            std::move(errorLog) };
    }
    // "[ E26 ] message" for nitro-cli errors (the form operators know), else the message.
    std::string toString() const { return nitroCode.empty() ? message : "[ " + nitroCode + " ] " + message; }
    json toJson() const;
};

template <typename T> using Result = std::expected<T, RpcError>;

inline std::unexpected<RpcError> rpcFail(int code, std::string message)
{
    return std::unexpected(RpcError::make(code, std::move(message)));
}

json response(const json &id, json result);
json errorResponse(const json &id, const RpcError &error);
json notification(std::string_view method, json params);
// One line of the wire format: compact JSON (invalid UTF-8 from a child replaced, never thrown) + '\n'.
std::string encodeLine(const json &message);

} // namespace agentd

namespace agentd {
// Lenient reads of a JSON object's member (state files and nitro-cli output are not trusted to
// have the right types): the value, or the fallback when absent or of another type.
std::string stringField(const json &object, std::string_view key, std::string fallback = {});
bool boolField(const json &object, std::string_view key);
std::int64_t intField(const json &object, std::string_view key, std::int64_t fallback = 0);
} // namespace agentd

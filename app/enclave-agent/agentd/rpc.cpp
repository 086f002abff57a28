#include "agentd/rpc.h"

namespace agentd {

json RpcError::toJson() const
{
    json o = { { "code", code }, { "message", message } };
    if (!nitroCode.empty()) {
        json data = { { "code", nitroCode }, { "message", message } };
        if (!errorLog.empty())
            data["errorLog"] = errorLog;
        o["data"] = std::move(data);
    }
    return o;
}

json response(const json &id, json result)
{
    return { { "jsonrpc", "2.0" }, { "id", id }, { "result", std::move(result) } };
}

json errorResponse(const json &id, const RpcError &error)
{
    return { { "jsonrpc", "2.0" }, { "id", id }, { "error", error.toJson() } };
}

json notification(std::string_view method, json params)
{
    return { { "jsonrpc", "2.0" }, { "method", method }, { "params", std::move(params) } };
}

std::string encodeLine(const json &message)
{
    std::string line = message.dump(-1, ' ', false, json::error_handler_t::replace);
    line.push_back('\n');
    return line;
}

} // namespace agentd

namespace agentd {
std::string stringField(const json &object, std::string_view key, std::string fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::int64_t intField(const json &object, std::string_view key, std::int64_t fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (it->is_number_integer())
        return it->get<std::int64_t>();
    return fallback;
}
} // namespace agentd

namespace agentd {
bool boolField(const json &object, std::string_view key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}
} // namespace agentd

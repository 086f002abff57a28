#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "agentd/rpc.h"

namespace agentd {

// Reads and checks one request's params. The first problem wins and is kept as an
// InvalidParams error; later reads return defaults, so a handler reads everything, calls
// allowOnly() and then checks ok() once.
class ParamReader final {
public:
    explicit ParamReader(const json &params)
        : m_params(params)
    {
    }

    bool has(std::string_view key) const { return m_params.contains(key); }
    std::string string(std::string_view key, std::size_t maxLength, bool required = true);
    // Exact integers only: 2.5, "2" and 1e20 are refused.
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max,
        std::optional<std::int64_t> fallback = std::nullopt);
    bool boolean(std::string_view key, bool fallback);
    // Raw bytes of a base64 field; the encoded length is checked before decoding.
    std::string base64(std::string_view key, std::int64_t maxBytes, bool required = true);
    std::string enclaveId(std::string_view key);
    std::string imageName(std::string_view key);
    std::string handle(std::string_view key);
    // Refuses any key not listed, so a typo never falls back to a default.
    void allowOnly(std::initializer_list<std::string_view> keys);

    bool ok() const { return !m_error; }
    const RpcError &error() const { return *m_error; }

private:
    void fail(std::string message);
    const json *value(std::string_view key) const;

    const json &m_params;
    std::optional<RpcError> m_error;
};

} // namespace agentd

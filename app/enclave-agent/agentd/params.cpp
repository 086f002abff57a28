#include "agentd/params.h"

#include <cmath>

#include "agentd/base64.h"
#include "agentd/validate.h"

namespace agentd {

namespace {
std::string quoted(std::string_view key)
{
    return "parameter '" + std::string(key) + "'";
}
} // namespace

void ParamReader::fail(std::string message)
{
    if (!m_error)
        m_error = RpcError::make(wire::error::kInvalidParams, std::move(message));
}

const json *ParamReader::value(std::string_view key) const
{
    const auto it = m_params.find(key);
    return it == m_params.end() ? nullptr : &*it;
}

std::string ParamReader::string(std::string_view key, std::size_t maxLength, bool required)
{
    if (m_error)
        return {};
    const json *v = value(key);
    if (!v) {
        if (required)
            fail("missing " + quoted(key));
        return {};
    }
    if (!v->is_string()) {
        fail(quoted(key) + " must be a string");
        return {};
    }
    const std::string &s = v->get_ref<const std::string &>();
    if (s.size() > maxLength * 4 || validate::codePoints(s) > maxLength) {
        fail(quoted(key) + " is longer than " + std::to_string(maxLength) + " characters");
        return {};
    }
    if (validate::hasControlCharacter(s)) {
        fail(quoted(key) + " contains a control character");
        return {};
    }
    return s;
}

std::int64_t ParamReader::integer(
    std::string_view key, std::int64_t min, std::int64_t max, std::optional<std::int64_t> fallback)
{
    if (m_error)
        return 0;
    const json *v = value(key);
    if (!v) {
        if (!fallback)
            fail("missing " + quoted(key));
        return fallback.value_or(0);
    }
    std::optional<std::int64_t> n;
    if (v->is_number_integer() && !v->is_number_unsigned()) {
        n = v->get<std::int64_t>();
    } else if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u <= std::uint64_t(9'000'000'000'000'000LL))
            n = std::int64_t(u);
    } else if (v->is_number_float()) {
        // Clients built on doubles (Qt's JSON) may send 512.0; accept exact values only.
        const double d = v->get<double>();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= 9.0e15)
            n = std::int64_t(d);
    }
    if (!n) {
        fail(quoted(key) + " must be an integer");
        return 0;
    }
    if (*n < min || *n > max) {
        fail(quoted(key) + " must be between " + std::to_string(min) + " and " + std::to_string(max));
        return 0;
    }
    return *n;
}

bool ParamReader::boolean(std::string_view key, bool fallback)
{
    if (m_error)
        return fallback;
    const json *v = value(key);
    if (!v)
        return fallback;
    if (!v->is_boolean()) {
        fail(quoted(key) + " must be true or false");
        return fallback;
    }
    return v->get<bool>();
}

std::string ParamReader::base64(std::string_view key, std::int64_t maxBytes, bool required)
{
    const std::string text = string(key, std::size_t((maxBytes + 2) / 3 * 4), required);
    if (m_error || text.empty())
        return {};
    auto decoded = base64::decode(text);
    if (!decoded) {
        fail(quoted(key) + " is not valid base64");
        return {};
    }
    return std::move(*decoded);
}

std::string ParamReader::enclaveId(std::string_view key)
{
    std::string id = string(key, 64);
    if (!m_error && !validate::isEnclaveId(id))
        fail(quoted(key) + " is not an enclave ID (i-<17 hex>-enc<hex>)");
    return id;
}

std::string ParamReader::imageName(std::string_view key)
{
    std::string name = string(key, wire::kMaxImageNameLength);
    if (!m_error && !validate::isImageName(name))
        fail(quoted(key) + " must be a plain file name (letters, digits, '.', '_', '-'; no '/' or '..')");
    return name;
}

std::string ParamReader::handle(std::string_view key)
{
    std::string h = string(key, 32);
    if (!m_error && !validate::isHandle(h))
        fail(quoted(key) + " is not a valid handle");
    return h;
}

void ParamReader::allowOnly(std::initializer_list<std::string_view> keys)
{
    if (m_error)
        return;
    for (auto it = m_params.begin(); it != m_params.end(); ++it) {
        bool known = false;
        for (std::string_view k : keys)
            known = known || it.key() == k;
        if (!known) {
            std::string shown = it.key().substr(0, 64);
            if (validate::hasControlCharacter(shown))
                shown = "(a key with control characters)";
            fail("unknown parameter '" + shown + "'");
            return;
        }
    }
}

} // namespace agentd

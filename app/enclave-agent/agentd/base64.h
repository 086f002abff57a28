#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace agentd::base64 {

std::string encode(std::string_view bytes);
// Strict: the standard alphabet, '=' padding optional but only at the end, no whitespace.
std::optional<std::string> decode(std::string_view text);

} // namespace agentd::base64

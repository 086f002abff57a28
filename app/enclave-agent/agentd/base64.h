#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace agentd::base64 {

std::string encode(std::string_view bytes);
// Appends the encoding to out (one allocation, no per-character growth): the console path
// encodes every byte it streams.
void encodeAppend(std::string &out, std::string_view bytes);
// Strict: the standard alphabet, '=' padding optional but only at the end, no whitespace.
std::optional<std::string> decode(std::string_view text);

} // namespace agentd::base64

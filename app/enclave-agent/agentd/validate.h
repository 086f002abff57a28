#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

// Checks of the names and handles a client may send. Hand-written matchers (no <regex>: it would
// double the static binary for four patterns).
namespace agentd::validate {

// ^i-[0-9a-f]{16,17}-enc[0-9a-f]{1,16}$ (nitro-cli prints the slot UID without leading zeros)
bool isEnclaveId(std::string_view id);
// One path component: [A-Za-z0-9_][A-Za-z0-9._-]{0,254}, no "..".
bool isImageName(std::string_view name);
// [A-Za-z0-9_][A-Za-z0-9._-]{0,127}
bool isEnclaveName(std::string_view name);
// A handle the agent gave out: [a-z]{1,8}-[0-9]{1,10}
bool isHandle(std::string_view handle);
bool hasControlCharacter(std::string_view text);
// Code points in valid UTF-8 (the JSON parser already refused invalid UTF-8).
std::size_t codePoints(std::string_view text);
// 96 hex digits -> 48 bytes.
std::optional<std::string> sha384FromHex(std::string_view hex);

} // namespace agentd::validate

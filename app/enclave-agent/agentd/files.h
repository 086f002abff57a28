#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "agentd/rpc.h"

// Small POSIX file helpers of the agent (no <filesystem>: it adds ~150 KiB to a static binary
// and throws).
namespace agentd::files {

// Reads at most maxBytes; nullopt when the file cannot be opened.
std::optional<std::string> read(const std::string &path, std::int64_t maxBytes);
// Writes a temporary file next to path, fsyncs it and renames it over path.
Result<void> writeAtomically(const std::string &path, std::string_view bytes, int mode = 0600);
// mkdir -p, each created level with the given mode.
bool makePath(const std::string &path, int mode = 0700);
bool exists(const std::string &path);
bool isExecutable(const std::string &path);
// realpath(3); nullopt if the path does not resolve.
std::optional<std::string> canonical(const std::string &path);
std::string dirName(const std::string &path);
std::string baseName(const std::string &path);
// Absolute form (relative to the working directory), without resolving links.
std::string absolute(const std::string &path);
std::int64_t freeBytes(const std::string &path); // -1 when unknown
std::string errnoText();
// "key: value" lines (allocator.yaml); the value of key, trimmed, or empty.
std::string yamlScalar(std::string_view text, std::string_view key);
std::string hostName();
// "2026-12-05T01:02:03.456Z"
std::string utcNow(std::int64_t secondsAgo = 0);
std::string utcTime(std::int64_t unixSeconds);

} // namespace agentd::files

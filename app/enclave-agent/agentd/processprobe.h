#pragma once

#include <cstdint>
#include <string>

// Stopping helper processes we started earlier (possibly from another agent process), by PID
// and only after checking, in /proc/PID/cmdline, that the PID still runs what we started.
namespace agentd::processprobe {

bool isAlive(std::int64_t pid, const std::string &marker);
// SIGTERM, then SIGKILL after graceMs. True once the process is gone.
bool terminate(std::int64_t pid, const std::string &marker, int graceMs);
void sleepMs(int ms);

} // namespace agentd::processprobe

#include "agentd/processprobe.h"

#include <csignal>
#include <ctime>

#include <sys/types.h>
#include <unistd.h>

#include "agentd/files.h"

namespace agentd::processprobe {

void sleepMs(int ms)
{
    timespec ts { ms / 1000, long(ms % 1000) * 1000000L };
    while (::nanosleep(&ts, &ts) != 0) { }
}

bool isAlive(std::int64_t pid, const std::string &marker)
{
    if (pid <= 1)
        return false;
    const std::string base = "/proc/" + std::to_string(pid);
    const auto cmdline = files::read(base + "/cmdline", 8192);
    if (!cmdline || cmdline->find(marker) == std::string::npos)
        return false;
    if (const auto stat = files::read(base + "/stat", 512)) {
        // A zombie is gone for our purposes (the state field after ")" is 'Z').
        const std::size_t close = stat->rfind(')');
        if (close != std::string::npos && close + 2 < stat->size() && (*stat)[close + 2] == 'Z')
            return false;
    }
    return true;
}

bool terminate(std::int64_t pid, const std::string &marker, int graceMs)
{
    if (!isAlive(pid, marker))
        return true;
    ::kill(pid_t(pid), SIGTERM);
    for (int waited = 0; waited < graceMs; waited += 10) {
        if (!isAlive(pid, marker))
            return true;
        sleepMs(10);
    }
    ::kill(pid_t(pid), SIGKILL);
    for (int i = 0; i < 100 && isAlive(pid, marker); ++i)
        sleepMs(10);
    return !isAlive(pid, marker);
}

} // namespace agentd::processprobe

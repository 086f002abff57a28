#include "agent/processprobe.h"

#include <cerrno>
#include <csignal>

#include <sys/types.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace enclave::agent {

bool ProcessProbe::isAlive(qint64 pid, const QString &marker)
{
    if (pid <= 1)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QByteArray args = cmdline.read(8192);
    if (!args.contains(marker.toUtf8()))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // A zombie is gone for our purposes (state field after the ")" is 'Z').
        const QByteArray s = stat.read(512);
        const qsizetype close = s.lastIndexOf(')');
        if (close >= 0 && close + 2 < s.size() && s.at(close + 2) == 'Z')
            return false;
    }
    return true;
}

bool ProcessProbe::terminate(qint64 pid, const QString &marker, int graceMs)
{
    if (!isAlive(pid, marker))
        return true;
    ::kill(pid_t(pid), SIGTERM);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < graceMs) {
        if (!isAlive(pid, marker))
            return true;
        QThread::msleep(10);
    }
    ::kill(pid_t(pid), SIGKILL);
    for (int i = 0; i < 100 && isAlive(pid, marker); ++i)
        QThread::msleep(10);
    return !isAlive(pid, marker);
}

} // namespace enclave::agent

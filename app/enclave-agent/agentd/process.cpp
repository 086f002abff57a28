#include "agentd/process.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace agentd {

namespace {
// In the child, between fork and exec: only async-signal-safe calls.
[[noreturn]] void execChild(const std::vector<char *> &argv, int errPipe)
{
    // We ignore SIGPIPE; an ignored disposition would survive exec.
    ::signal(SIGPIPE, SIG_DFL);
    if (std::strchr(argv[0], '/'))
        ::execv(argv[0], argv.data());
    else
        ::execvp(argv[0], argv.data());
    const int e = errno;
    if (errPipe >= 0)
        (void)!::write(errPipe, &e, sizeof(e));
    ::_exit(127);
}

std::vector<char *> argvPointers(const std::vector<std::string> &argv)
{
    std::vector<char *> p;
    for (const auto &a : argv)
        p.push_back(const_cast<char *>(a.c_str()));
    p.push_back(nullptr);
    return p;
}

void applyEnvironment(const Environment &env)
{
    for (const auto &[k, v] : env)
        ::setenv(k.c_str(), v.c_str(), 1);
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}
} // namespace

Spawned spawnProcess(const std::vector<std::string> &argv, const Environment &env)
{
    Spawned s;
    int out[2] = { -1, -1 };
    int err[2] = { -1, -1 };
    int status[2] = { -1, -1 };
    if (argv.empty() || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0
        || ::pipe2(status, O_CLOEXEC) != 0) {
        s.error = std::strerror(errno);
        for (int *p : { out, err, status }) {
            closeFd(p[0]);
            closeFd(p[1]);
        }
        return s;
    }
    const auto args = argvPointers(argv);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_RDONLY);
        if (devnull >= 0)
            ::dup2(devnull, 0);
        else
            ::close(0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        applyEnvironment(env);
        execChild(args, status[1]);
    }
    ::close(out[1]);
    ::close(err[1]);
    ::close(status[1]);
    if (pid < 0) {
        s.error = std::strerror(errno);
        ::close(out[0]);
        ::close(err[0]);
        ::close(status[0]);
        return s;
    }
    // The status pipe closes on a successful exec; otherwise it carries errno.
    int childErrno = 0;
    ssize_t n;
    do {
        n = ::read(status[0], &childErrno, sizeof(childErrno));
    } while (n < 0 && errno == EINTR);
    ::close(status[0]);
    if (n == sizeof(childErrno)) {
        int ignored = 0;
        ::waitpid(pid, &ignored, 0);
        ::close(out[0]);
        ::close(err[0]);
        s.error = "cannot run " + argv[0] + ": " + std::strerror(childErrno);
        return s;
    }
    s.pid = pid;
    s.outFd = out[0];
    s.errFd = err[0];
    return s;
}

pid_t spawnDetached(const std::vector<std::string> &argv, const Environment &env)
{
    int pidPipe[2];
    if (argv.empty() || ::pipe2(pidPipe, O_CLOEXEC) != 0)
        return -1;
    const auto args = argvPointers(argv);
    const pid_t first = ::fork();
    if (first == 0) {
        ::setsid();
        const pid_t second = ::fork();
        if (second != 0) {
            (void)!::write(pidPipe[1], &second, sizeof(second));
            ::_exit(0);
        }
        // Never hand our client's pipes to a process that outlives the session.
        const int devnull = ::open("/dev/null", O_RDWR);
        for (int fd = 0; fd < 3; ++fd) {
            if (devnull >= 0)
                ::dup2(devnull, fd);
            else
                ::close(fd);
        }
        applyEnvironment(env);
        execChild(args, -1);
    }
    ::close(pidPipe[1]);
    pid_t grandchild = -1;
    if (first > 0) {
        if (::read(pidPipe[0], &grandchild, sizeof(grandchild)) != sizeof(grandchild))
            grandchild = -1;
        int ignored = 0;
        ::waitpid(first, &ignored, 0);
    }
    ::close(pidPipe[0]);
    return grandchild;
}

struct ProcessRunner::Job {
    pid_t pid = -1;
    int outFd = -1;
    int errFd = -1;
    EventLoop::Id outWatch = 0;
    EventLoop::Id errWatch = 0;
    EventLoop::Id timeout = 0;
    EventLoop::Id reapTimer = 0;
    std::int64_t maxOutput = 0;
    ProcessResult result;
    std::function<void(const ProcessResult &)> done;
};

ProcessRunner::ProcessRunner(EventLoop &loop)
    : m_loop(loop)
{
}

ProcessRunner::~ProcessRunner()
{
    for (auto &[id, job] : m_jobs) {
        closeFd(job->outFd);
        closeFd(job->errFd);
        if (job->pid > 0) {
            ::kill(job->pid, SIGKILL);
            int ignored = 0;
            ::waitpid(job->pid, &ignored, 0);
        }
    }
}

void ProcessRunner::run(const std::vector<std::string> &argv, const Environment &env, int timeoutMs,
    std::int64_t maxOutput, std::function<void(const ProcessResult &)> done)
{
    Spawned s = spawnProcess(argv, env);
    if (s.pid < 0) {
        ProcessResult r;
        r.crashed = true;
        r.startError = s.error;
        r.err = s.error;
        m_loop.post([done = std::move(done), r] { done(r); });
        return;
    }
    const std::uint64_t id = m_next++;
    auto job = std::make_unique<Job>();
    job->pid = s.pid;
    job->outFd = s.outFd;
    job->errFd = s.errFd;
    job->maxOutput = maxOutput;
    job->done = std::move(done);
    ::fcntl(job->outFd, F_SETFL, O_NONBLOCK);
    ::fcntl(job->errFd, F_SETFL, O_NONBLOCK);
    job->outWatch = m_loop.watch(job->outFd, POLLIN, [this, id](short) { readPipe(id, false); });
    job->errWatch = m_loop.watch(job->errFd, POLLIN, [this, id](short) { readPipe(id, true); });
    job->timeout = m_loop.addTimer(timeoutMs, [this, id] {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        it->second->result.timedOut = true;
        it->second->timeout = 0;
        ::kill(it->second->pid, SIGKILL);
    });
    m_jobs.emplace(id, std::move(job));
}

void ProcessRunner::readPipe(std::uint64_t jobId, bool isErr)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    int &fd = isErr ? job.errFd : job.outFd;
    EventLoop::Id &w = isErr ? job.errWatch : job.outWatch;
    std::string &sink = isErr ? job.result.err : job.result.out;
    char buf[65536];
    const ssize_t n = ::read(fd, buf, sizeof(buf));
    if (n > 0) {
        // Keep at most maxOutput bytes; keep draining so the child never blocks on a full pipe.
        const std::int64_t room = job.maxOutput - std::int64_t(sink.size());
        if (room > 0)
            sink.append(buf, std::size_t(std::min<std::int64_t>(room, n)));
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    m_loop.unwatch(w);
    w = 0;
    closeFd(fd);
    if (job.outFd < 0 && job.errFd < 0)
        tryReap(jobId);
}

void ProcessRunner::tryReap(std::uint64_t jobId)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    int status = 0;
    const pid_t r = ::waitpid(job.pid, &status, WNOHANG);
    if (r == 0) {
        // Output closed but the child has not exited yet: look again shortly.
        job.reapTimer = m_loop.addTimer(5, [this, jobId] { tryReap(jobId); });
        return;
    }
    if (r == job.pid) {
        if (WIFEXITED(status))
            job.result.exitCode = WEXITSTATUS(status);
        else
            job.result.crashed = true;
    } else {
        job.result.crashed = true;
    }
    if (job.result.timedOut)
        job.result.crashed = true;
    job.pid = -1;
    finish(jobId);
}

void ProcessRunner::finish(std::uint64_t jobId)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    if (job->timeout)
        m_loop.cancelTimer(job->timeout);
    job->done(job->result);
}

} // namespace agentd

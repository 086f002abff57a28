// Console throughput of the product path, end to end: the simulated enclave's console
// (nitro-cli-sim) -> the agent's capture helper and on-disk ring -> the static enclave-agent ->
// (a real sshd on 127.0.0.1) -> AgentClient. Printed as ratios against the same bytes through a
// plain pipe ("cat FILE") and through ssh ("ssh HOST cat FILE"), with the agent's peak RSS.
//
//   bench_agentconsole [MEGABYTES] [--runs N] [--stdio-only | --ssh-only]   (default 3.5 MB, 3 runs)
//
// Profiling aids: BENCH_TIMELINE=1 prints (ms since the first byte, bytes received, log size) per
// console.data; BENCH_AGENT_WRAPPER="strace -f -tt -o FILE" runs the agent behind sshd under a tool.
//
// The console is MEGABYTES of 1000-byte lines (at most 3.9: the agent's ring holds 4 MiB, and a
// client that falls further behind gets a gap, not the bytes). Two figures per transport:
// "live" subscribes right after the launch and times first byte -> console.closed while the
// enclave prints; "history" subscribes again from sequence 0 once the console closed and times
// subscribe -> console.closed. Every run checks the bytes against the agent's log, so a fast
// but lossy path cannot pass. The best of N runs is printed (the machine is shared). Every wait
// is bounded; the processes we start are stopped by their PID.

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "agent/agentclient.h"
#include "agent/agenttestsupport.h"
#include "agent/loopbacksshd.h"

using namespace enclave::agent;
using namespace enclave::agent::test;

namespace {

struct Run {
    bool ok = false;
    QString error;
    qint64 bytes = 0;
    double liveSecs = 0;
    double historySecs = 0;
    qint64 peakRssKiB = 0; // the agent's VmHWM (stdio only: over ssh it is sshd's grandchild)
    QString logPath;
};

bool prepareState(const QString &dir, qint64 lines)
{
    QDir().mkpath(dir + QStringLiteral("/images"));
    QFile::copy(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"),
        dir + QStringLiteral("/images/unsigned_v4.eif"));
    QFile s(dir + QStringLiteral("/simulator.yaml"));
    QFile a(dir + QStringLiteral("/allocator.yaml"));
    if (!s.open(QIODevice::WriteOnly) || !a.open(QIODevice::WriteOnly))
        return false;
    // The application prints as fast as its console reader takes the bytes.
    s.write(QStringLiteral("console_interval_ms: 1\nconsole_burst: 4000\nconsole_lines: %1\n"
                           "console_line_bytes: 1000\napp_start_timeout_ms: 5000\nenclave_lifetime_s: 600\n")
                .arg(lines)
                .toUtf8());
    a.write("memory_mib: 4096\ncpu_count: 4\n");
    return true;
}

qint64 peakRssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Runs the event loop until done() or timeoutMs (bounded).
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

Run streamOnce(const AgentEndpoint &endpoint, const QString &state, bool measureRss)
{
    Run r;
    AgentClient client;
    client.setEndpoint(endpoint);
    client.setReconnectPolicy(0, 100, 100);
    client.connectToAgent();
    if (!client.waitForConnected(30000)) {
        r.error = QStringLiteral("cannot connect: ") + client.lastError();
        return r;
    }
    const auto run = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 256 },
            { QStringLiteral("debugMode"), true } });
    if (!run) {
        r.error = run.error().toString();
        return r;
    }
    const QString id = run->toObject().value(QStringLiteral("EnclaveID")).toString();
    r.logPath = state + QStringLiteral("/agent/console/") + id + QStringLiteral(".log");

    QByteArray received;
    qint64 gaps = 0;
    bool closed = false;
    QElapsedTimer t;
    QObject::connect(
        &client, &AgentClient::consoleData, &client, [&](const QString &, qint64, const QByteArray &d) {
            if (!t.isValid())
                t.start();
            received += d;
            if (qEnvironmentVariableIsSet("BENCH_TIMELINE"))
                std::fprintf(stderr, "%8.1f ms %9lld log %lld\n", double(t.nsecsElapsed()) / 1e6,
                    static_cast<long long>(received.size()),
                    static_cast<long long>(QFileInfo(r.logPath).size()));
        });
    QObject::connect(&client, &AgentClient::consoleGap, &client,
        [&](const QString &, qint64 from, qint64 to) { gaps += to - from; });
    QObject::connect(&client, &AgentClient::consoleClosed, &client, [&] { closed = true; });

    client.subscribeConsole(id);
    const bool liveDone = waitFor([&] { return closed; }, 300000);
    r.liveSecs = t.isValid() ? double(t.nsecsElapsed()) / 1e9 : 0;
    const QByteArray live = received;

    received.clear();
    closed = false;
    t.invalidate();
    t.start();
    client.subscribeConsole(id, 0);
    const bool historyDone = waitFor([&] { return closed; }, 300000);
    r.historySecs = double(t.nsecsElapsed()) / 1e9;
    if (measureRss)
        r.peakRssKiB = peakRssKiB(client.processId());

    QFile log(r.logPath);
    const QByteArray stored = log.open(QIODevice::ReadOnly) ? log.readAll().mid(64) : QByteArray();
    if (!liveDone || !historyDone)
        r.error = QStringLiteral("the console did not close in time");
    else if (gaps > 0)
        r.error = QStringLiteral("%1 bytes lost to the ring (gap)").arg(gaps);
    else if (live != stored || received != stored || stored.isEmpty())
        r.error = QStringLiteral("received bytes differ from the agent's log (%1 / %2 vs %3 bytes)")
                      .arg(live.size())
                      .arg(received.size())
                      .arg(stored.size());
    r.bytes = stored.size();
    r.ok = r.error.isEmpty();
    client.disconnectFromAgent();
    waitFor([&] { return client.state() == AgentClient::State::Disconnected; }, 10000);
    stopSimulatedEnclaves(state);
    return r;
}

// Seconds to move `copies` copies of file through program+args into this process's event loop.
double timePipe(const QString &program, const QStringList &args)
{
    QProcess p;
    qint64 got = 0;
    bool finished = false;
    QObject::connect(
        &p, &QProcess::readyReadStandardOutput, &p, [&] { got += p.readAllStandardOutput().size(); });
    QObject::connect(&p, &QProcess::finished, &p, [&] { finished = true; });
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!waitFor([&] { return finished; }, 120000)) {
        p.kill();
        p.waitForFinished(2000);
        return -1;
    }
    got += p.readAllStandardOutput().size();
    return p.exitCode() == 0 ? double(t.nsecsElapsed()) / 1e9 : -1;
}

struct Best {
    double live = 0, history = 0;
    qint64 bytes = 0, rss = 0;
    QString log;
};

Best bestOf(const std::function<Run(int)> &once, int runs)
{
    Best b;
    for (int i = 0; i < runs; ++i) {
        const Run r = once(i);
        if (!r.ok) {
            std::fprintf(stderr, "bench: run %d: %s\n", i + 1, qPrintable(r.error));
            continue;
        }
        b.live = std::max(b.live, double(r.bytes) / r.liveSecs / 1e6);
        b.history = std::max(b.history, double(r.bytes) / r.historySecs / 1e6);
        b.bytes = r.bytes;
        b.rss = std::max(b.rss, r.peakRssKiB);
        b.log = r.logPath;
    }
    return b;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double megabytes = 3.5;
    int runs = 3;
    bool stdioOnly = false;
    bool sshOnly = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--runs" && i + 1 < args.size())
            runs = std::clamp(args[++i].toInt(), 1, 20);
        else if (args[i] == u"--stdio-only")
            stdioOnly = true;
        else if (args[i] == u"--ssh-only")
            sshOnly = true;
        else
            megabytes = std::clamp(args[i].toDouble(), 0.1, 3.9);
    }
    const qint64 lines = qint64(megabytes * 1000);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/benchagentconsole-XXXXXX"));
    if (!dir.isValid() || dir.path().contains(u' ')) {
        std::fprintf(stderr, "bench: no usable temporary directory\n");
        return 1;
    }
    std::printf(
        "console of %lld lines of 1000 bytes, best of %d runs\n", static_cast<long long>(lines), runs);

    // stdio: the agent as the app's Local simulator runs it.
    const Best stdio = sshOnly ? Best {}
                               : bestOf(
                                   [&](int i) {
                                       const QString state = dir.path() + QStringLiteral("/stdio%1").arg(i);
                                       prepareState(state, lines);
                                       return streamOnce(localSimulator(state), state, true);
                                   },
                                   runs);
    if (stdio.bytes == 0 && !sshOnly)
        return 1;
    double catSecs = 1e9;
    for (int i = 0; i < runs && !sshOnly; ++i)
        if (const double s = timePipe(QStringLiteral("cat"), { stdio.log }); s > 0)
            catSecs = std::min(catSecs, s);
    const double catRate = double(stdio.bytes) / catSecs / 1e6;
    if (!sshOnly)
        std::printf("stdio: live %.1f MB/s, history %.1f MB/s; cat through a pipe %.1f MB/s; "
                    "ratio live %.3f, history %.3f; agent peak RSS %.1f MiB\n",
            stdio.live, stdio.history, catRate, stdio.live / catRate, stdio.history / catRate,
            double(stdio.rss) / 1024.0);
    if (stdioOnly)
        return 0;

    if (!LoopbackSshd::available()) {
        std::printf("ssh: skipped (OpenSSH client/server not installed)\n");
        return 0;
    }
    LoopbackSshd sshd(dir.path() + QStringLiteral("/ssh"));
    QDir().mkpath(dir.path() + QStringLiteral("/ssh"));
    if (const QString e = sshd.start(); !e.isEmpty()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(e));
        return 1;
    }
    const Best ssh = bestOf(
        [&](int i) {
            const QString state = dir.path() + QStringLiteral("/ssh%1").arg(i);
            prepareState(state, lines);
            // BENCH_AGENT_WRAPPER (e.g. "strace -f -tt -o /tmp/agent.strace") runs the remote agent under a
            // tool.
            const QString command = QStringLiteral("env NITRO_CLI_SIM_STATE_DIR=") + state + u' '
                + qEnvironmentVariable("BENCH_AGENT_WRAPPER") + QStringLiteral(" " ENCLAVE_AGENT_PATH " ")
                + simulatorAgentArguments(state).join(u' ');
            return streamOnce(sshd.endpoint(command), state, false);
        },
        runs);
    if (ssh.bytes == 0)
        return 1;
    // "ssh HOST cat FILE" once and four times: the difference is three copies without the login.
    auto sshCat = [&](int copies) {
        const AgentEndpoint e
            = sshd.endpoint(QStringLiteral("cat") + QString(QStringLiteral(" ") + ssh.log).repeated(copies));
        return timePipe(*e.program(), *e.arguments());
    };
    double sshCatSecs = 1e9;
    for (int i = 0; i < runs; ++i) {
        const double once = sshCat(1);
        const double four = sshCat(4);
        if (once > 0 && four > once)
            sshCatSecs = std::min(sshCatSecs, (four - once) / 3.0);
    }
    if (sshCatSecs >= 1e9) {
        std::fprintf(stderr, "bench: ssh HOST cat failed\n");
        return 1;
    }
    const double sshCatRate = double(ssh.bytes) / sshCatSecs / 1e6;
    std::printf("ssh: live %.1f MB/s, history %.1f MB/s; ssh HOST cat %.1f MB/s (login excluded); "
                "ratio live %.3f, history %.3f\n",
        ssh.live, ssh.history, sshCatRate, ssh.live / sshCatRate, ssh.history / sshCatRate);
    return 0;
}

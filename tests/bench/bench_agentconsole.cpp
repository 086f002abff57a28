// Console throughput of the agent over stdio (simulated enclave -> enclave-agent -> AgentClient),
// printed as a ratio against "cat" of the same console log through a pipe (the baseline: the
// bytes alone, without JSON, base64 and sequence bookkeeping).
//
//   bench_agentconsole [MEGABYTES]        (default 32)
//
// tst_agentssh prints the same figure end to end through a real sshd next to "ssh HOST cat".

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "agent/agentclient.h"
#include "agent/processprobe.h"

using namespace enclave::agent;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? qBound(1, QByteArray(argv[1]).toInt(), 512) : 32;
    const QString agent = QStringLiteral(ENCLAVE_AGENT_PATH);
    QTemporaryDir dir;
    const QString state = dir.path() + QStringLiteral("/sim");
    QDir().mkpath(state + QStringLiteral("/images"));
    QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"), state + QStringLiteral("/images/demo.eif"));
    QFile cfg(state + QStringLiteral("/simulator.yaml"));
    cfg.open(QIODevice::WriteOnly);
    cfg.write(QStringLiteral(
        "console_interval_ms: 1\nconsole_burst: 4000\nconsole_lines: %1\nconsole_line_bytes: 1000\n"
        "console_capacity_kib: %2\nenclave_lifetime_s: 600\n")
                  .arg(megabytes * 1000)
                  .arg(megabytes * 1024 * 2)
                  .toUtf8());
    cfg.close();

    AgentClient client;
    client.setEndpoint(
        AgentEndpoint::local(agent, { QStringLiteral("--stdio"), QStringLiteral("--simulate"), state }));
    client.connectToAgent();
    if (!client.waitForConnected(10000)) {
        std::fprintf(
            stderr, "bench: cannot start %s: %s\n", qPrintable(agent), qPrintable(client.lastError()));
        return 1;
    }
    const auto run = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("demo.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 256 },
            { QStringLiteral("debugMode"), true } });
    if (!run) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(run.error().toString()));
        return 1;
    }
    const QString id = run->toObject().value(QStringLiteral("EnclaveID")).toString();
    const QString log = state + QStringLiteral("/console/") + id + QStringLiteral(".log");
    // Let the simulated enclave print everything first (bounded wait), so only delivery is timed.
    for (int i = 0; i < 6000 && !QFile::exists(log + QStringLiteral(".closed")); ++i)
        QThread::msleep(10);

    qint64 bytes = 0;
    QEventLoop loop;
    QObject::connect(&client, &AgentClient::consoleData, &loop,
        [&](const QString &, qint64, const QByteArray &d) { bytes += d.size(); });
    QObject::connect(&client, &AgentClient::consoleClosed, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    client.subscribeConsole(id);
    loop.exec();
    const double agentSecs = double(t.nsecsElapsed()) / 1e9;

    // Baseline: the same bytes through a pipe into this process, read by the same event loop.
    QProcess cat;
    qint64 catBytes = 0;
    QEventLoop catLoop;
    QObject::connect(&cat, &QProcess::readyReadStandardOutput, &catLoop,
        [&] { catBytes += cat.readAllStandardOutput().size(); });
    QObject::connect(&cat, &QProcess::finished, &catLoop, &QEventLoop::quit);
    t.restart();
    cat.start(QStringLiteral("cat"), { log });
    catLoop.exec();
    catBytes += cat.readAllStandardOutput().size();
    const double catSecs = double(t.nsecsElapsed()) / 1e9;
    const double agentRate = double(bytes) / agentSecs / 1e6;
    const double catRate = double(catBytes) / catSecs / 1e6;
    std::printf("console over stdio: %.1f MB/s (%lld bytes in %.2f s); cat baseline %.1f MB/s; ratio %.3f\n",
        agentRate, static_cast<long long>(bytes), agentSecs, catRate, agentRate / catRate);
    // Stop the simulated enclave process we started (by PID, checked against its ID).
    const auto list = client.callSync(QStringLiteral("enclaves.list"));
    if (list)
        for (const QJsonValue &v : list->toArray())
            ProcessProbe::terminate(v.toObject().value(QStringLiteral("ProcessID")).toInteger(),
                v.toObject().value(QStringLiteral("EnclaveID")).toString(), 1000);
    return 0;
}

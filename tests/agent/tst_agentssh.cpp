// End to end through a real sshd on 127.0.0.1: keys generated here, strict host key checking,
// the real agent (simulator) as the remote command, and the real AgentClient.

#include <algorithm>
#include <csignal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QProcess>
#include <QStandardPaths>

#include "agent/agentbinaries.h"
#include "agent/agenttestsupport.h"
#include "agent/loopbacksshd.h"
#include "agent/vsockforwarder.h"
#include "common/toolrun.h"

using namespace enclave::agent;
using namespace enclave::agent::test;

class TestAgentSsh final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void endToEnd();
    void hostKeyRefused_data();
    void hostKeyRefused();
    void killSshMidStreamResumesExactly();
    void installAgent();
    void installAgentUnsupportedArch();
    void benchmark();

private:
    // enclave-tool remote with the key whose session has HOME=<dir>/home (see initTestCase).
    enclave::test::ToolRun remoteTool(const QString &key, const QStringList &subcommand);
    QString m_localAgent; // the binary install-agent copies
    AgentEndpoint endpoint(const QString &knownHosts) const;
    QString launch(AgentClient &client);
    void forwardThroughSsh(AgentClient &client);

    QTemporaryDir m_dir;
    LoopbackSshd m_sshd { m_dir.path() };
    QString m_state;
};

void TestAgentSsh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!LoopbackSshd::available())
        QSKIP("OpenSSH client/server not installed (packaging/install-deps.sh installs them)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(!m_dir.path().contains(u' '), "the remote command line is split by the login shell");
    const QString d = m_dir.path();
    // install_key and riscv_key log in with a fresh HOME and a PATH whose nitro-cli is
    // nitro-cli-sim; riscv_key's PATH starts with a uname that says riscv64.
    QVERIFY(QDir().mkpath(d + QStringLiteral("/bin")) && QDir().mkpath(d + QStringLiteral("/fakeuname")));
    QVERIFY(QFile::link(QStringLiteral(NITRO_CLI_SIM_PATH), d + QStringLiteral("/bin/nitro-cli")));
    {
        QFile uname(d + QStringLiteral("/fakeuname/uname"));
        QVERIFY(uname.open(QIODevice::WriteOnly));
        uname.write("#!/bin/sh\necho riscv64\n");
        uname.close();
        uname.setPermissions(
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    }
    const QByteArray env = "environment=\"HOME=" + QFile::encodeName(d)
        + "/home\",environment=\"NITRO_CLI_SIM_STATE_DIR=" + QFile::encodeName(d) + "/nitro\",";
    m_sshd.addUserKey(QStringLiteral("install_key"),
        env + "environment=\"PATH=" + QFile::encodeName(d) + "/bin:/usr/bin:/bin\"");
    m_sshd.addUserKey(QStringLiteral("riscv_key"),
        env + "environment=\"PATH=" + QFile::encodeName(d) + "/fakeuname:" + QFile::encodeName(d)
            + "/bin:/usr/bin:/bin\"");
    m_sshd.setExtraConfig("PermitUserEnvironment yes\n");
    // The binary install-agent copies: the build tree's static agent, else a copy of the test's
    // agent offered through ENCLAVE_AGENT_DIR.
    m_localAgent = AgentBinaries::agent(AgentBinaries::hostArchitecture());
    if (m_localAgent.isEmpty()) {
        const QString dir = d + QStringLiteral("/agents/linux-") + AgentBinaries::hostArchitecture();
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(QStringLiteral(ENCLAVE_AGENT_PATH), dir + QStringLiteral("/enclave-agent")));
        qputenv("ENCLAVE_AGENT_DIR", QFile::encodeName(d + QStringLiteral("/agents")));
        m_localAgent = AgentBinaries::agent(AgentBinaries::hostArchitecture());
    }
    QVERIFY(!m_localAgent.isEmpty());
    const QString started = m_sshd.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // known_hosts for this server's key (written by start()), for another key, and empty.
    QVERIFY(m_sshd.generateKey(QStringLiteral("other_host_key")));
    QVERIFY(m_sshd.writeKnownHosts(QStringLiteral("known_hosts_other"), QStringLiteral("other_host_key")));
    QFile(d + QStringLiteral("/known_hosts_empty")).open(QIODevice::WriteOnly);
}

void TestAgentSsh::cleanupTestCase()
{
    m_sshd.stop(); // our own sshd, by the PID of the process we started
}

void TestAgentSsh::init()
{
    static int n = 0;
    m_state = m_dir.path() + QStringLiteral("/sim%1").arg(++n);
    prepareSimulator(m_state, "console_interval_ms: 10\nconsole_burst: 2\nenclave_lifetime_s: 120\n");
}

void TestAgentSsh::cleanup()
{
    stopSimulatedEnclaves(m_state);
}

AgentEndpoint TestAgentSsh::endpoint(const QString &knownHosts) const
{
    AgentEndpoint e = AgentEndpoint::ssh(QStringLiteral("127.0.0.1"));
    e.port = m_sshd.port();
    e.identityFile = m_dir.path() + QStringLiteral("/user_key");
    e.configFile = m_dir.path() + QStringLiteral("/ssh_config");
    e.options = { QStringLiteral("UserKnownHostsFile=") + m_dir.path() + u'/' + knownHosts,
        QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("GlobalKnownHostsFile=/dev/null"),
        QStringLiteral("LogLevel=ERROR") };
    // A profile's own agent command: the agent driving nitro-cli-sim (see simulatorAgentArguments).
    e.agentCommand = QStringLiteral("env NITRO_CLI_SIM_STATE_DIR=") + m_state
        + QStringLiteral(" " ENCLAVE_AGENT_PATH " ") + simulatorAgentArguments(m_state).join(u' ');
    return e;
}

QString TestAgentSsh::launch(AgentClient &client)
{
    const auto r = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 256 },
            { QStringLiteral("debugMode"), true } });
    return r ? r->toObject().value(QStringLiteral("EnclaveID")).toString() : QString();
}

void TestAgentSsh::endToEnd()
{
    AgentClient client;
    client.setEndpoint(endpoint(QStringLiteral("known_hosts")));
    client.connectToAgent();
    QVERIFY2(client.waitForConnected(30000), qPrintable(client.lastError()));
    QCOMPARE(client.helloInfo().value(QStringLiteral("backend")).toString(), QStringLiteral("nitro-cli"));
    QVERIFY(!client.helloInfo().value(QStringLiteral("hostname")).toString().isEmpty());

    const QString id = launch(client);
    QVERIFY(!id.isEmpty());
    const QJsonArray list = client.callSync(QStringLiteral("enclaves.list"))->toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("EnclaveID")).toString(), id);

    QByteArray console;
    QString closed;
    connect(&client, &AgentClient::consoleData, this,
        [&](const QString &, qint64, const QByteArray &d) { console += d; });
    connect(
        &client, &AgentClient::consoleClosed, this, [&](const QString &, const QString &r) { closed = r; });
    client.subscribeConsole(id);
    QVERIFY(waitUntil([&] { return console.contains("app: line 10\n"); }));
    QVERIFY(console.contains("Command line: reboot=k panic=30"));

    const auto err = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
            { QStringLiteral("cpuCount"), 4 }, { QStringLiteral("memoryMiB"), 256 } });
    QVERIFY(!err);
    QCOMPARE(err.error().nitroCode, QStringLiteral("E22")); // 2 of 4 pool CPUs are taken

    // forward through ssh: 127.0.0.1 TCP -> agent -> vsock 16:7000, played by an echo service.
    forwardThroughSsh(client);

    QVERIFY(client.callSync(
        QStringLiteral("enclaves.terminate"), QJsonObject { { QStringLiteral("enclaveId"), id } }));
    QVERIFY(waitUntil([&] { return !closed.isEmpty(); }));

    // A clean disconnect ends ssh and the remote agent.
    const qint64 pid = client.processId();
    client.disconnectFromAgent();
    QVERIFY(waitUntil([&] { return client.state() == AgentClient::State::Disconnected; }, 10000));
    QVERIFY(::kill(pid_t(pid), 0) != 0 || !QFile::exists(QStringLiteral("/proc/%1/cmdline").arg(pid)));
}

void TestAgentSsh::forwardThroughSsh(AgentClient &client)
{
    EchoServer echo(m_state + QStringLiteral("/vsock/16_7000.sock"));
    QVERIFY(echo.ok());
    VsockForwarder forwarder(&client, 16, 7000);
    const auto port = forwarder.listen(0);
    QVERIFY(port);
    const int tcp = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(*port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(tcp, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
    FdChannel local(tcp, tcp);
    QByteArray back;
    connect(&local, &FdChannel::dataRead, this, [&](const QByteArray &b) { back += b; });
    QByteArray payload;
    for (int i = 0; payload.size() < 100 * 1024; ++i)
        payload += "through ssh " + QByteArray::number(i) + '\n';
    local.write(payload);
    QVERIFY(waitUntil([&] { return back.size() >= payload.size(); }, 20000));
    QCOMPARE(back, payload);
    local.close();
}

void TestAgentSsh::hostKeyRefused_data()
{
    QTest::addColumn<QString>("knownHosts");
    QTest::newRow("different host key") << QStringLiteral("known_hosts_other");
    QTest::newRow("unknown host") << QStringLiteral("known_hosts_empty");
}

void TestAgentSsh::hostKeyRefused()
{
    QFETCH(QString, knownHosts);
    AgentClient client;
    client.setEndpoint(endpoint(knownHosts));
    client.setReconnectPolicy(5, 50, 100);
    int attempts = 0;
    QString error;
    connect(&client, &AgentClient::stateChanged, this,
        [&](AgentClient::State s) { attempts += s == AgentClient::State::Connecting; });
    connect(&client, &AgentClient::errorOccurred, this, [&](const QString &e) { error = e; });
    client.connectToAgent();
    QVERIFY(!client.waitForConnected(30000));
    QCOMPARE(client.state(), AgentClient::State::Disconnected);
    QVERIFY2(error.contains(u"Host key verification failed"), qPrintable(error));
    QCOMPARE(attempts, 1); // refused plainly: no retry loop against a wrong host key
    QVERIFY(!QFile::exists(m_state + QStringLiteral("/state.json"))); // the agent never ran
}

void TestAgentSsh::killSshMidStreamResumesExactly()
{
    prepareSimulator(
        m_state, "console_interval_ms: 5\nconsole_burst: 20\nconsole_lines: 5000\nenclave_lifetime_s: 120\n");
    AgentClient client;
    client.setEndpoint(endpoint(QStringLiteral("known_hosts")));
    client.setReconnectPolicy(5, 100, 1000);
    client.connectToAgent();
    QVERIFY2(client.waitForConnected(30000), qPrintable(client.lastError()));
    const QString id = launch(client);
    QVERIFY(!id.isEmpty());
    QByteArray received;
    qint64 expected = 0;
    bool ordered = true;
    int gaps = 0;
    QString closed;
    connect(&client, &AgentClient::consoleData, this, [&](const QString &, qint64 seq, const QByteArray &d) {
        ordered &= seq == expected;
        expected = seq + d.size();
        received += d;
    });
    connect(&client, &AgentClient::consoleGap, this, [&] { ++gaps; });
    connect(
        &client, &AgentClient::consoleClosed, this, [&](const QString &, const QString &r) { closed = r; });
    client.subscribeConsole(id);
    QVERIFY(waitUntil([&] { return received.size() > 20000; }, 20000));
    const qint64 ssh = client.processId();
    QVERIFY(QFile(QStringLiteral("/proc/%1/cmdline").arg(ssh)).exists());
    ::kill(pid_t(ssh), SIGKILL); // the ssh client we started, by its PID
    QVERIFY(waitUntil(
        [&] { return client.processId() != ssh && client.state() == AgentClient::State::Connected; }, 30000));
    QVERIFY(waitUntil([&] { return !closed.isEmpty(); }, 60000));
    QVERIFY(ordered);
    QCOMPARE(gaps, 0);
    // Byte for byte what the enclave printed: the boot log, then every line exactly once.
    QVERIFY(received.startsWith("[    0.000000] Linux version"));
    const qsizetype app = received.indexOf("app: line 1\n");
    QVERIFY(app > 0);
    QCOMPARE(received.size() - app, expectedAppOutput(5000).size());
    QVERIFY(received.mid(app) == expectedAppOutput(5000));
}

enclave::test::ToolRun TestAgentSsh::remoteTool(const QString &key, const QStringList &subcommand)
{
    const QString d = m_dir.path();
    return enclave::test::runTool(
        QStringList { QStringLiteral("remote"), QStringLiteral("-p"), QString::number(m_sshd.port()),
            QStringLiteral("-i"), d + u'/' + key, QStringLiteral("-F"), d + QStringLiteral("/ssh_config"),
            QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + d + QStringLiteral("/known_hosts"),
            QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("127.0.0.1") }
        + subcommand);
}

void TestAgentSsh::installAgent()
{
    const QString home = m_dir.path() + QStringLiteral("/home");
    QDir(home).removeRecursively();
    QVERIFY(QDir().mkpath(home));
    const QString target = home + QStringLiteral("/.local/bin/enclave-agent");
    QFile local(m_localAgent);
    QVERIFY(local.open(QIODevice::ReadOnly));
    const QByteArray binary = local.readAll();

    // No agent yet: every subcommand says, in one line, to install it.
    auto r = remoteTool(QStringLiteral("install_key"), { QStringLiteral("list") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains("not installed") && r.err.contains("install-agent"), r.err.constData());

    r = remoteTool(QStringLiteral("install_key"), { QStringLiteral("install-agent") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(QByteArray("installed at " + QFile::encodeName(target))), r.out.constData());
    QFile installed(target);
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QVERIFY(installed.readAll() == binary);
    installed.close();
    QCOMPARE(int(installed.permissions() & 0x7777),
        int(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
            | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QDir(home + QStringLiteral("/.local/bin")).entryList(QDir::Files | QDir::Hidden).size()
        == 1); // no temp file left

    // The fixed remote command now finds it in ~/.local/bin.
    r = remoteTool(QStringLiteral("install_key"), { QStringLiteral("hello") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("agent")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("enclave-agent"));
    r = remoteTool(QStringLiteral("install_key"), { QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    // Again: already current, nothing copied (same inode, same modification time).
    struct stat before { };
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &before), 0);
    r = remoteTool(QStringLiteral("install_key"), { QStringLiteral("install-agent") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("already current"), r.out.constData());
    struct stat after { };
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);

    // A copy with another build id is replaced.
    QFile::remove(target);
    QFile fake(target);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\necho 'enclave-agent 0.0.1 (build 00000000dead)'\n");
    fake.close();
    fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    r = remoteTool(QStringLiteral("install_key"), { QStringLiteral("install-agent") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("installed at"), r.out.constData());
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QVERIFY(installed.readAll() == binary);
    installed.close();

    // --force copies even when current; a bad --arch or path is a usage error before ssh runs.
    r = remoteTool(
        QStringLiteral("install_key"), { QStringLiteral("install-agent"), QStringLiteral("--force") });
    QVERIFY2(r.exitCode == 0 && r.out.contains("installed at"), r.err.constData());
    QCOMPARE(remoteTool(QStringLiteral("install_key"),
                 { QStringLiteral("install-agent"), QStringLiteral("--arch"), QStringLiteral("sparc") })
                 .exitCode,
        2);
    QCOMPARE(
        remoteTool(QStringLiteral("install_key"),
            { QStringLiteral("install-agent"), QStringLiteral("--remote-path"), QStringLiteral("rel/agent") })
            .exitCode,
        2);
}

void TestAgentSsh::installAgentUnsupportedArch()
{
    const QString home = m_dir.path() + QStringLiteral("/home");
    QDir(home).removeRecursively();
    QVERIFY(QDir().mkpath(home));
    const auto r = remoteTool(QStringLiteral("riscv_key"), { QStringLiteral("install-agent") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains("127.0.0.1") && r.err.contains("unsupported architecture 'riscv64'"),
        r.err.constData());
    QVERIFY(!QFile::exists(home + QStringLiteral("/.local/bin/enclave-agent")));
    QVERIFY(!QDir(home + QStringLiteral("/.local/bin")).exists()); // nothing was created
}

void TestAgentSsh::benchmark()
{
    // Console throughput end to end (simulated enclave -> nitro-cli-sim console -> agent capture
    // and ring -> agent -> sshd -> client) next to "ssh HOST cat" of the same bytes, and the
    // request round trip. Printed, not asserted: speed goals are not timed tests. 3.5 MB fits
    // the agent's 4 MiB console ring, so nothing is dropped while we measure.
    prepareSimulator(m_state,
        "console_interval_ms: 1\nconsole_burst: 2000\nconsole_lines: 3500\nconsole_line_bytes: 1000\n"
        "enclave_lifetime_s: 120\n");
    AgentClient client;
    client.setEndpoint(endpoint(QStringLiteral("known_hosts")));
    client.connectToAgent();
    QVERIFY2(client.waitForConnected(30000), qPrintable(client.lastError()));
    QByteArray received;
    bool closed = false;
    QElapsedTimer t;
    connect(&client, &AgentClient::consoleData, this, [&](const QString &, qint64, const QByteArray &d) {
        if (received.isEmpty())
            t.start();
        received += d;
    });
    connect(&client, &AgentClient::consoleClosed, this, [&] { closed = true; });
    const QString id = launch(client);
    QVERIFY(!id.isEmpty());
    client.subscribeConsole(id);
    QVERIFY(waitUntil([&] { return closed; }, 120000));
    const double agentSecs = double(t.nsecsElapsed()) / 1e9;
    QVERIFY(received.size() >= 3500 * 1000);

    // The same bytes through "ssh HOST cat FILE".
    const QString copy = m_dir.path() + QStringLiteral("/console-copy.txt");
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(received);
    out.close();
    // "ssh HOST cat" of the bytes once and four times: the difference is the transfer of three
    // copies without the login, which under load varies more than the transfer itself.
    auto timeCat = [&](int copies) {
        AgentEndpoint catEp = endpoint(QStringLiteral("known_hosts"));
        catEp.agentCommand = QStringLiteral("cat") + QString(QStringLiteral(" ") + copy).repeated(copies);
        QProcess cat;
        cat.setStandardOutputFile(QProcess::nullDevice());
        cat.start(*catEp.program(), *catEp.arguments());
        QElapsedTimer ct;
        ct.start();
        const bool ok = cat.waitForFinished(60000) && cat.exitCode() == 0;
        return ok ? double(ct.nsecsElapsed()) / 1e9 : -1.0;
    };
    const double once = timeCat(1);
    const double four = timeCat(4);
    QVERIFY(once > 0 && four > 0);
    const double catSecs = four - once; // three copies
    QList<double> rtt;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        QVERIFY(client.callSync(QStringLiteral("host.info")));
        rtt.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(rtt.begin(), rtt.end());
    const double agentRate = double(received.size()) / agentSecs;
    const double catRate = 3.0 * double(received.size()) / qMax(0.001, catSecs);
    qInfo("agent console via ssh: %.1f MB/s (%lld bytes in %.3f s); ssh cat of the same bytes: %.1f MB/s "
          "(cat x4 %.3f s - "
          "cat x1 %.3f s); ratio %.2f",
        agentRate / 1e6, static_cast<long long>(received.size()), agentSecs, catRate / 1e6, four, once,
        agentRate / catRate);
    qInfo("request round trip via ssh: median %.2f ms", rtt.at(rtt.size() / 2));
}

QTEST_GUILESS_MAIN(TestAgentSsh)
#include "tst_agentssh.moc"

// The real (static) agent with its nitro-cli backend, driven by the Qt AgentClient, against a
// fake nitro-cli script that replays recorded output and errors (nitro-cli itself needs Nitro
// hardware).

#include <QProcessEnvironment>
#include <QStandardPaths>

#include "agent/agenttestsupport.h"

using namespace enclave::agent;
using namespace enclave::agent::test;

namespace {
const QString kId = QStringLiteral("i-06c28848702514cd5-enc1904e4fea1636f6");
}

class TestNitroCliBackend final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runConsoleTerminate();
    void runFailureMapsFirstError();
    void describeWithE39StillParsed();
    void disappearedEnclaveReportedExited();
    void terminateUnknownIsE11();
    void consoleOfNonDebugEnclaveIsE44();
    void launchesAreSerialized();
    void consoleResumesInNewAgentProcess();

private:
    void connectClient(AgentClient &client);
    QJsonObject run(AgentClient &client, bool debug);
    QByteArray readFake(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_fake;
    QString m_images;
    QString m_state;
    QString m_script;
};

void TestNitroCliBackend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNitroCliBackend::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_fake = m_tmp->path() + QStringLiteral("/fake");
    m_images = m_tmp->path() + QStringLiteral("/my images"); // a space: arguments never pass a shell
    m_state = m_tmp->path() + QStringLiteral("/state");
    QVERIFY(QDir().mkpath(m_fake));
    QVERIFY(QDir().mkpath(m_images));
    QVERIFY(QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"), m_images + QStringLiteral("/hello.eif")));
    m_script = m_fake + QStringLiteral("/nitro-cli");
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/../agent/fake-nitro-cli.sh"), m_script));
    QVERIFY(QFile::setPermissions(m_script, QFile::ReadOwner | QFile::ExeOwner | QFile::WriteOwner));
    qputenv("FAKE_NITRO_DIR", QFile::encodeName(m_fake));
}

void TestNitroCliBackend::cleanup()
{
    QFile::remove(m_fake + QStringLiteral("/running")); // ends the fake console loops
    stopSimulatedEnclaves(m_state); // and any capture helper still there
    m_tmp.reset();
}

QByteArray TestNitroCliBackend::readFake(const QString &name) const
{
    QFile f(m_fake + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestNitroCliBackend::connectClient(AgentClient &client)
{
    client.setEndpoint(AgentEndpoint::local(QStringLiteral(ENCLAVE_AGENT_PATH),
        { QStringLiteral("--stdio"), QStringLiteral("--state-dir"), m_state, QStringLiteral("--image-dir"),
            m_images, QStringLiteral("--nitro-cli"), m_script }));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    QCOMPARE(client.helloInfo().value(QStringLiteral("backend")).toString(), QStringLiteral("nitro-cli"));
}

QJsonObject TestNitroCliBackend::run(AgentClient &client, bool debug)
{
    const auto r = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("hello.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 512 },
            { QStringLiteral("debugMode"), debug } });
    if (!r) {
        qWarning("run failed: %s", qPrintable(r.error().toString()));
        return {};
    }
    return r->toObject();
}

void TestNitroCliBackend::runConsoleTerminate()
{
    AgentClient client;
    connectClient(client);
    const QJsonObject info = run(client, true);
    QCOMPARE(info.value(QStringLiteral("EnclaveID")).toString(), kId);
    QCOMPARE(info.value(QStringLiteral("EnclaveCID")).toInt(), 16);
    // The exact argument list nitro-cli got: the path with its space is one argument.
    const QString canonical = QFileInfo(m_images + QStringLiteral("/hello.eif")).canonicalFilePath();
    QVERIFY2(
        readFake(QStringLiteral("calls"))
            .contains(QStringLiteral("run-enclave --eif-path %1 --memory 512 --cpu-count 2 --debug-mode\n")
                          .arg(canonical)
                          .toUtf8()),
        readFake(QStringLiteral("calls")).constData());

    // The console was captured from launch: the boot line is there even though we subscribe later.
    QTest::qWait(300);
    QByteArray console;
    QString closed;
    connect(&client, &AgentClient::consoleData, this,
        [&](const QString &, qint64, const QByteArray &d) { console += d; });
    connect(
        &client, &AgentClient::consoleClosed, this, [&](const QString &, const QString &r) { closed = r; });
    client.subscribeConsole(kId);
    QVERIFY(waitUntil([&] { return console.contains("app tick 5\n"); }));
    QVERIFY(console.startsWith("[    0.000000] Linux version 4.14.256"));
    QVERIFY(!console.contains("Connecting to the console")); // nitro-cli's banner is not enclave output

    const QJsonArray list = client.callSync(QStringLiteral("enclaves.list"))->toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("State")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("Flags")).toString(), QStringLiteral("DEBUG_MODE"));

    const auto term = client.callSync(
        QStringLiteral("enclaves.terminate"), QJsonObject { { QStringLiteral("enclaveId"), kId } });
    QVERIFY(term);
    QCOMPARE(term->toObject().value(QStringLiteral("Terminated")).toBool(), true);
    QVERIFY(waitUntil([&] { return !closed.isEmpty(); }));
    const QJsonArray after = client.callSync(QStringLiteral("enclaves.list"))->toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).toObject().value(QStringLiteral("State")).toString(), QStringLiteral("EXITED"));
    QCOMPARE(
        after.at(0).toObject().value(QStringLiteral("ExitReason")).toString(), QStringLiteral("terminated"));

    // History stays readable after the enclave is gone.
    QByteArray replay;
    QString replayClosed;
    connect(&client, &AgentClient::consoleData, this,
        [&](const QString &, qint64, const QByteArray &d) { replay += d; });
    connect(&client, &AgentClient::consoleClosed, this,
        [&](const QString &, const QString &r) { replayClosed = r; });
    client.subscribeConsole(kId, 0);
    QVERIFY(waitUntil([&] { return !replayClosed.isEmpty(); }));
    QVERIFY(replay.startsWith("[    0.000000] Linux version"));
    QVERIFY(replay.contains("app tick 5\n"));
}

void TestNitroCliBackend::runFailureMapsFirstError()
{
    QFile fail(m_fake + QStringLiteral("/fail_run"));
    QVERIFY(fail.open(QIODevice::WriteOnly));
    fail.write("[ E26 ] Insufficient memory requested. User provided `memory` is 10 MB, but based on the EIF "
               "file size, the "
               "minimum memory should be 44 MB\n\nFor more details, please visit "
               "https://docs.aws.amazon.com/enclaves/latest/user/cli-errors.html#E26\n\nIf you open a "
               "support ticket, please "
               "provide the error log found at "
               "\"/var/log/nitro_enclaves/err2024-10-17T09:08:13.244096311+00:00.log\"\n"
               "Failed connections: 1\n[ E39 ] Enclave process connection failure. Such error appears when "
               "the enclave "
               "process fails to connect to the enclave process's socket.\n");
    fail.close();
    AgentClient client;
    connectClient(client);
    const auto r = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("hello.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 10 } });
    QVERIFY(!r);
    QCOMPARE(r.error().code, int(RpcError::NitroCliError));
    QCOMPARE(r.error().nitroCode, QStringLiteral("E26"));
    QVERIFY(r.error().message.startsWith(u"Insufficient memory requested."));
    QCOMPARE(r.error().errorLog,
        QStringLiteral("/var/log/nitro_enclaves/err2024-10-17T09:08:13.244096311+00:00.log"));
    QVERIFY(client.callSync(QStringLiteral("enclaves.list"))->toArray().isEmpty());
}

void TestNitroCliBackend::describeWithE39StillParsed()
{
    AgentClient client;
    connectClient(client);
    QVERIFY(!run(client, false).isEmpty());
    QFile e39(m_fake + QStringLiteral("/describe_e39"));
    QVERIFY(e39.open(QIODevice::WriteOnly));
    e39.close();
    const auto list = client.callSync(QStringLiteral("enclaves.list"));
    QVERIFY2(list, "exit 39 with JSON on stdout is still a list");
    QCOMPARE(list->toArray().size(), 1);
    QCOMPARE(list->toArray().at(0).toObject().value(QStringLiteral("State")).toString(),
        QStringLiteral("RUNNING"));
}

void TestNitroCliBackend::disappearedEnclaveReportedExited()
{
    AgentClient client;
    connectClient(client);
    QVERIFY(!run(client, false).isEmpty());
    QCOMPARE(client.callSync(QStringLiteral("enclaves.list"))
                 ->toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("State"))
                 .toString(),
        QStringLiteral("RUNNING"));
    QVERIFY(QFile::remove(m_fake + QStringLiteral("/running"))); // the enclave is gone from describe-enclaves
    const QJsonArray list = client.callSync(QStringLiteral("enclaves.list"))->toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("EnclaveID")).toString(), kId);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("State")).toString(), QStringLiteral("EXITED"));
    QCOMPARE(
        list.at(0).toObject().value(QStringLiteral("ExitReason")).toString(), QStringLiteral("disappeared"));
}

void TestNitroCliBackend::terminateUnknownIsE11()
{
    AgentClient client;
    connectClient(client);
    const auto r = client.callSync(
        QStringLiteral("enclaves.terminate"), QJsonObject { { QStringLiteral("enclaveId"), kId } });
    QVERIFY(!r);
    QCOMPARE(r.error().nitroCode, QStringLiteral("E11"));
    QVERIFY(r.error().message.startsWith(u"Socket error."));
}

void TestNitroCliBackend::consoleOfNonDebugEnclaveIsE44()
{
    AgentClient client;
    connectClient(client);
    QVERIFY(!run(client, false).isEmpty());
    const auto r = client.callSync(
        QStringLiteral("console.subscribe"), QJsonObject { { QStringLiteral("enclaveId"), kId } });
    QVERIFY(!r);
    QCOMPARE(r.error().nitroCode, QStringLiteral("E44"));
}

void TestNitroCliBackend::launchesAreSerialized()
{
    AgentClient client;
    connectClient(client);
    int done = 0;
    for (int i = 0; i < 3; ++i)
        client.runEnclave(QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("hello.eif") },
                              { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 512 } },
            [&](const RpcResult<QJsonValue> &r) { done += r.has_value(); });
    QVERIFY(waitUntil([&] { return done == 3; }, 20000));
    // Never two run-enclave processes at once.
    QCOMPARE(readFake(QStringLiteral("launches")), QByteArray("launch-start\nlaunch-end\n").repeated(3));
}

void TestNitroCliBackend::consoleResumesInNewAgentProcess()
{
    // The first session reads part of the console and goes away; a second agent process (as
    // after an SSH reconnect) continues from the next sequence number. Together they must equal
    // the captured log byte for byte: nothing lost, nothing twice.
    QByteArray first;
    qint64 next = 0;
    {
        AgentClient client;
        connectClient(client);
        QVERIFY(!run(client, true).isEmpty());
        connect(
            &client, &AgentClient::consoleData, this, [&](const QString &, qint64 seq, const QByteArray &d) {
                QCOMPARE(seq, qint64(first.size()));
                first += d;
                next = seq + d.size();
            });
        client.subscribeConsole(kId);
        QVERIFY(waitUntil([&] { return first.contains("app tick 3\n"); }));
        client.disconnectFromAgent();
    }
    QTest::qWait(300); // the enclave keeps printing while nobody is connected
    AgentClient client;
    connectClient(client);
    QByteArray second;
    qint64 firstSeq = -1;
    connect(&client, &AgentClient::consoleData, this, [&](const QString &, qint64 seq, const QByteArray &d) {
        if (firstSeq < 0)
            firstSeq = seq;
        second += d;
    });
    client.subscribeConsole(kId, next);
    QVERIFY(waitUntil([&] { return second.contains("app tick 12\n"); }));
    QCOMPARE(firstSeq, next);
    QFile log(m_state + QStringLiteral("/console/") + kId + QStringLiteral(".log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray stored = log.readAll().mid(64); // after the 64-byte ring header
    QVERIFY(stored.startsWith(QByteArray(first + second)));
    QVERIFY(stored.startsWith("[    0.000000] Linux version"));
}

QTEST_GUILESS_MAIN(TestNitroCliBackend)
#include "tst_nitroclibackend.moc"

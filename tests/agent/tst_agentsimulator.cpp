// The real enclave-agent binary in simulator mode, driven over stdio by the real AgentClient.

#include <csignal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#include "agent/agenttestsupport.h"
#include "agent/protocol.h"
#include "agent/vsockforwarder.h"

using namespace enclave::agent;
using namespace enclave::agent::test;

class TestAgentSimulator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lifecycle();
    void nitroRules_data();
    void nitroRules();
    void consoleOnlyInDebugMode();
    void validation_data();
    void validation();
    void oversizeLineEndsSession();
    void largeLineWithinLimitIsServed();
    void upload();
    void vsockEchoAndForward();
    void reconnectResumesConsoleExactly();
    void disappearedEnclaveReportedExited();
    void consoleThroughput();
    void commandLine();

private:
    QJsonValue call(AgentClient &client, const QString &method, const QJsonObject &params = {});
    QString launch(AgentClient &client, const QJsonObject &extra = {});
    // Sends raw lines to a fresh agent and returns the parsed replies (one per line sent).
    QList<QJsonObject> rawExchange(const QList<QByteArray> &lines);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_state;
};

void TestAgentSimulator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(QStringLiteral(ENCLAVE_AGENT_PATH)));
    QVERIFY(QFile::exists(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif")));
}

void TestAgentSimulator::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_state = m_tmp->path() + QStringLiteral("/sim");
    prepareSimulator(
        m_state, "console_interval_ms: 10\nconsole_burst: 2\nconsole_lines: 0\nenclave_lifetime_s: 120\n");
}

void TestAgentSimulator::cleanup()
{
    stopSimulatedEnclaves(m_state);
    m_tmp.reset();
}

QJsonValue TestAgentSimulator::call(AgentClient &client, const QString &method, const QJsonObject &params)
{
    const auto r = client.callSync(method, params, 20000);
    if (!r) {
        qWarning("%s failed: %s", qPrintable(method), qPrintable(r.error().toString()));
        return {};
    }
    return *r;
}

QString TestAgentSimulator::launch(AgentClient &client, const QJsonObject &extra)
{
    QJsonObject p { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
        { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 256 },
        { QStringLiteral("debugMode"), true } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return call(client, QStringLiteral("enclaves.run"), p)
        .toObject()
        .value(QStringLiteral("EnclaveID"))
        .toString();
}

void TestAgentSimulator::lifecycle()
{
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    // The agent's real nitro-cli backend, driving nitro-cli-sim.
    QCOMPARE(client.helloInfo().value(QStringLiteral("backend")).toString(), QStringLiteral("nitro-cli"));
    QCOMPARE(client.helloInfo().value(QStringLiteral("protocol")).toInt(), 1);

    QList<QJsonArray> changes;
    connect(
        &client, &AgentClient::enclavesChanged, this, [&](const QJsonArray &list) { changes.append(list); });
    client.watchEnclaves(500);
    QVERIFY(waitUntil([&] { return changes.size() == 1; }));
    QVERIFY(changes.first().isEmpty()); // the first report is the full (empty) list

    const QJsonObject run = call(client, QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 256 },
            { QStringLiteral("debugMode"), true },
            { QStringLiteral("enclaveName"), QStringLiteral("demo") } })
                                .toObject();
    const QString id = run.value(QStringLiteral("EnclaveID")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^i-[0-9a-f]{17}-enc[0-9a-f]{16}$")).match(id).hasMatch(),
        qPrintable(id));
    QCOMPARE(run.value(QStringLiteral("EnclaveCID")).toInt(), 16);
    QCOMPARE(run.value(QStringLiteral("NumberOfCPUs")).toInt(), 2);
    QCOMPARE(run.value(QStringLiteral("MemoryMiB")).toInt(), 256);
    QCOMPARE(run.value(QStringLiteral("EnclaveName")).toString(), QStringLiteral("demo"));

    // A second enclave gets the next CID and a suffixed duplicate name, like nitro-cli.
    const QJsonObject second = call(client, QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 128 },
            { QStringLiteral("enclaveName"), QStringLiteral("demo") } })
                                   .toObject();
    QCOMPARE(second.value(QStringLiteral("EnclaveCID")).toInt(), 17);
    QCOMPARE(second.value(QStringLiteral("EnclaveName")).toString(), QStringLiteral("demo_1"));

    const QJsonArray list = call(client, QStringLiteral("enclaves.list")).toArray();
    QCOMPARE(list.size(), 2);
    // The watch pushed the new enclaves without being asked.
    QVERIFY(waitUntil([&] { return !changes.isEmpty() && changes.last().size() == 2; }));
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("EnclaveID")).toString(), id);
    QCOMPARE(first.value(QStringLiteral("State")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(first.value(QStringLiteral("Flags")).toString(), QStringLiteral("DEBUG_MODE"));
    // The EIF's measurements appear once the simulated enclave process computed them.
    QVERIFY(waitUntil([&] {
        const QJsonObject e = call(client, QStringLiteral("enclaves.list")).toArray().at(0).toObject();
        return e.value(QStringLiteral("Measurements"))
                   .toObject()
                   .value(QStringLiteral("PCR0"))
                   .toString()
                   .size()
            == 96;
    }));

    const QJsonObject info = call(client, QStringLiteral("host.info")).toObject();
    QVERIFY2(info.value(QStringLiteral("nitroCliVersion")).toString().contains(u"nitro-cli-sim"),
        qPrintable(info.value(QStringLiteral("nitroCliVersion")).toString()));
    // Both enclaves hold all 4 pool CPUs: a third launch is nitro-cli's E22.
    const auto full = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 128 } });
    QVERIFY(!full);
    QCOMPARE(full.error().nitroCode, QStringLiteral("E22"));

    QByteArray console;
    QString closedReason;
    qint64 expectedSeq = 0;
    bool ordered = true;
    connect(
        &client, &AgentClient::consoleData, this, [&](const QString &e, qint64 seq, const QByteArray &data) {
            if (e != id)
                return;
            ordered &= seq == expectedSeq;
            expectedSeq = seq + data.size();
            console += data;
        });
    connect(&client, &AgentClient::consoleClosed, this, [&](const QString &e, const QString &reason) {
        if (e == id)
            closedReason = reason;
    });
    client.subscribeConsole(id);
    QVERIFY(waitUntil([&] { return console.contains("app: line 30\n"); }));
    QVERIFY(ordered);
    // Boot log derived from the EIF: its real command line and section sizes.
    QVERIFY(console.contains("Command line: reboot=k panic=30 pci=off nomodules console=ttyS0"));
    QVERIFY(console.contains("EIF section kernel: 4096 bytes at offset 548"));
    QVERIFY(console.contains("EIF section cmdline: 119 bytes"));
    QVERIFY(console.contains("Memory: 256 MiB, CPUs: 2"));
    // Application lines in order, none missing.
    const QList<QByteArray> lines = console.split('\n');
    qint64 n = 0;
    for (const QByteArray &l : lines) {
        if (!l.startsWith("app: line "))
            continue;
        QCOMPARE(l.mid(10).toLongLong(), ++n);
    }
    QVERIFY(n >= 30);

    const QJsonObject term = call(client, QStringLiteral("enclaves.terminate"),
        QJsonObject { { QStringLiteral("enclaveId"),
            id } }).toObject();
    QCOMPARE(term.value(QStringLiteral("Terminated")).toBool(), true);
    QCOMPARE(term.value(QStringLiteral("terminated")).toBool(), true);
    QVERIFY(waitUntil([&] { return !closedReason.isEmpty(); }));
    // nitro-cli's console sees EOF when the enclave goes away, before terminate-enclave returns:
    // the agent marked the console first, so its end says who ended it (an enclave that dies
    // on its own says "enclave exited": disappearedEnclaveReportedExited).
    QCOMPARE(closedReason, QStringLiteral("terminated"));
    QVERIFY(!client.isSubscribed(id));

    const QJsonArray after = call(client, QStringLiteral("enclaves.list")).toArray();
    QJsonObject gone;
    for (const QJsonValue &v : after)
        if (v.toObject().value(QStringLiteral("EnclaveID")).toString() == id)
            gone = v.toObject();
    QCOMPARE(gone.value(QStringLiteral("State")).toString(), QStringLiteral("EXITED"));
    QCOMPARE(gone.value(QStringLiteral("ExitReason")).toString(), QStringLiteral("terminated"));

    // The console stays readable after exit, from the first byte, and ends with the close.
    QByteArray replay;
    QString replayClosed;
    connect(&client, &AgentClient::consoleData, this, [&](const QString &e, qint64, const QByteArray &d) {
        if (e == id)
            replay += d;
    });
    connect(&client, &AgentClient::consoleClosed, this, [&](const QString &e, const QString &r) {
        if (e == id)
            replayClosed = r;
    });
    console.clear();
    expectedSeq = 0;
    client.subscribeConsole(id, 0);
    QVERIFY(waitUntil([&] { return !replayClosed.isEmpty(); }));
    QVERIFY(replay.startsWith("[    0.000000] Linux version"));
    QVERIFY(replay.contains("app: line 30\n"));

    // Terminating it again is nitro-cli's E11.
    const auto again = client.callSync(
        QStringLiteral("enclaves.terminate"), QJsonObject { { QStringLiteral("enclaveId"), id } });
    QVERIFY(!again);
    QCOMPARE(again.error().nitroCode, QStringLiteral("E11"));
}

void TestAgentSimulator::nitroRules_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    const QString eif = QStringLiteral("unsigned_v4.eif");
    auto p = [&](const QString &image, int cpus, qint64 mem, qint64 cid = 0) {
        QJsonObject o { { QStringLiteral("eifPath"), image }, { QStringLiteral("cpuCount"), cpus },
            { QStringLiteral("memoryMiB"), mem } };
        if (cid)
            o.insert(QStringLiteral("enclaveCid"), cid);
        return o;
    };
    QTest::newRow("more CPUs than the pool") << p(eif, 6, 256) << QStringLiteral("E22");
    QTest::newRow("memory 0") << p(eif, 2, 0) << QStringLiteral("E26");
    QTest::newRow("memory below 4x EIF") << p(QStringLiteral("big.eif"), 2, 1024) << QStringLiteral("E26");
    QTest::newRow("memory beyond allocator") << p(eif, 2, 8192) << QStringLiteral("E27");
    QTest::newRow("memory below 64 MiB") << p(eif, 2, 32) << QStringLiteral("E29");
    QTest::newRow("odd cpu count") << p(eif, 1, 256) << QStringLiteral("E29");
    QTest::newRow("CID in use") << p(eif, 2, 256, 20) << QStringLiteral("E29");
    QTest::newRow("reserved CID 2") << p(eif, 2, 256, 2) << QStringLiteral("E03");
    QTest::newRow("CID 3 is the parent") << p(eif, 2, 256, 3) << QStringLiteral("E03");
    QTest::newRow("missing EIF") << p(QStringLiteral("missing.eif"), 2, 256) << QStringLiteral("E19");
    QTest::newRow("not an EIF") << p(QStringLiteral("text.eif"), 2, 256) << QStringLiteral("E35");
}

void TestAgentSimulator::nitroRules()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    // big.eif: a sparse 300 MiB kernel section, so 4 x size = 1200 MiB exceeds the 1024 asked for.
    {
        QFile big(m_state + QStringLiteral("/images/big.eif"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray header(548, '\0');
        header.replace(0, 4, ".eif");
        qToBigEndian<quint16>(4, header.data() + 4);
        qToBigEndian<quint16>(1, header.data() + 0x1A);
        big.write(header);
        QByteArray section(12, '\0');
        qToBigEndian<quint16>(1, section.data());
        qToBigEndian<quint64>(300ULL << 20, section.data() + 4);
        big.write(section);
        QVERIFY(big.resize(548 + 12 + (300LL << 20)));
        QFile text(m_state + QStringLiteral("/images/text.eif"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not an enclave image\n");
    }
    QFile alloc(m_state + QStringLiteral("/allocator.yaml"));
    QVERIFY(alloc.open(QIODevice::WriteOnly));
    alloc.write("memory_mib: 4096\ncpu_count: 6\n");
    alloc.close();
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    // One enclave already holds CID 20 and 2 of the 6 CPUs.
    QVERIFY(!launch(
        client, QJsonObject { { QStringLiteral("enclaveCid"), 20 }, { QStringLiteral("debugMode"), false } })
                 .isEmpty());
    const auto r = client.callSync(QStringLiteral("enclaves.run"), params);
    QVERIFY2(!r, "the launch should have failed");
    QCOMPARE(r.error().code, int(RpcError::NitroCliError));
    QCOMPARE(r.error().nitroCode, code);
    QVERIFY(!r.error().message.isEmpty());
    // The failure left nothing behind: still exactly one enclave.
    QCOMPARE(call(client, QStringLiteral("enclaves.list")).toArray().size(), 1);
}

void TestAgentSimulator::consoleOnlyInDebugMode()
{
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    const QString id = launch(client, QJsonObject { { QStringLiteral("debugMode"), false } });
    QVERIFY(!id.isEmpty());
    const auto r = client.callSync(
        QStringLiteral("console.subscribe"), QJsonObject { { QStringLiteral("enclaveId"), id } });
    QVERIFY(!r);
    QCOMPARE(r.error().nitroCode, QStringLiteral("E44"));
    const auto unknown = client.callSync(QStringLiteral("console.subscribe"),
        QJsonObject {
            { QStringLiteral("enclaveId"), QStringLiteral("i-0123456789abcdef0-enc0123456789abcdef") } });
    // An enclave nobody knows: nitro-cli's E11, either at once or (when the agent adopts
    // consoles of enclaves it did not launch) as the reason its console closed.
    if (unknown) {
        QString closed;
        connect(&client, &AgentClient::consoleClosed, this,
            [&](const QString &, const QString &r) { closed = r; });
        client.subscribeConsole(QStringLiteral("i-0123456789abcdef0-enc0123456789abcdef"));
        QVERIFY(waitUntil([&] { return !closed.isEmpty(); }));
        QVERIFY2(closed.contains(u"E11"), qPrintable(closed));
    } else {
        QCOMPARE(unknown.error().nitroCode, QStringLiteral("E11"));
    }
}

void TestAgentSimulator::validation_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    auto req = [](const char *method, const char *params) -> QByteArray {
        return QByteArray(R"({"jsonrpc":"2.0","id":7,"method":")") + method + R"(","params":)" + params + "}";
    };
    QTest::newRow("not JSON") << QByteArray("{nope") << int(RpcError::ParseError);
    QTest::newRow("JSON array") << QByteArray("[1,2]") << int(RpcError::InvalidRequest);
    QTest::newRow("no jsonrpc") << QByteArray(R"({"id":7,"method":"hello"})")
                                << int(RpcError::InvalidRequest);
    QTest::newRow("method not a string")
        << QByteArray(R"({"jsonrpc":"2.0","id":7,"method":5})") << int(RpcError::InvalidRequest);
    QTest::newRow("unknown method") << req("enclaves.destroyAll", "{}") << int(RpcError::MethodNotFound);
    QTest::newRow("params array") << req("enclaves.list", "[]") << int(RpcError::InvalidParams);
    QTest::newRow("unknown param") << req("enclaves.list", R"({"all":true})") << int(RpcError::InvalidParams);
    QTest::newRow("eifPath traversal")
        << req("enclaves.run", R"({"eifPath":"../../etc/passwd","cpuCount":2,"memoryMiB":256})")
        << int(RpcError::InvalidParams);
    QTest::newRow("eifPath absolute outside")
        << req("enclaves.run", R"({"eifPath":"/etc/passwd","cpuCount":2,"memoryMiB":256})")
        << int(RpcError::InvalidParams);
    QTest::newRow("eifPath symlink out")
        << req("enclaves.run", R"({"eifPath":"escape.eif","cpuCount":2,"memoryMiB":256})")
        << int(RpcError::InvalidParams);
    QTest::newRow("cpuCount string") << req(
        "enclaves.run", R"({"eifPath":"unsigned_v4.eif","cpuCount":"2","memoryMiB":256})")
                                     << int(RpcError::InvalidParams);
    QTest::newRow("cpuCount fraction")
        << req("enclaves.run", R"({"eifPath":"unsigned_v4.eif","cpuCount":2.5,"memoryMiB":256})")
        << int(RpcError::InvalidParams);
    QTest::newRow("cpuCount negative")
        << req("enclaves.run", R"({"eifPath":"unsigned_v4.eif","cpuCount":-2,"memoryMiB":256})")
        << int(RpcError::InvalidParams);
    QTest::newRow("memory huge") << req(
        "enclaves.run", R"({"eifPath":"unsigned_v4.eif","cpuCount":2,"memoryMiB":1e20})")
                                 << int(RpcError::InvalidParams);
    QTest::newRow("debugMode not bool")
        << req("enclaves.run", R"({"eifPath":"unsigned_v4.eif","cpuCount":2,"memoryMiB":256,"debugMode":1})")
        << int(RpcError::InvalidParams);
    QTest::newRow("enclaveName slash") << req(
        "enclaves.run", R"({"eifPath":"unsigned_v4.eif","cpuCount":2,"memoryMiB":256,"enclaveName":"a/b"})")
                                       << int(RpcError::InvalidParams);
    QTest::newRow("missing memory") << req("enclaves.run", R"({"eifPath":"unsigned_v4.eif","cpuCount":2})")
                                    << int(RpcError::InvalidParams);
    QTest::newRow("bad enclave id") << req("enclaves.terminate", R"({"enclaveId":"i-123"})")
                                    << int(RpcError::InvalidParams);
    QTest::newRow("enclave id upper case")
        << req("enclaves.terminate", R"({"enclaveId":"i-0123456789ABCDEF0-enc0123456789abcdef"})")
        << int(RpcError::InvalidParams);
    QTest::newRow("enclave id injection")
        << req("enclaves.terminate", R"({"enclaveId":"--all"})") << int(RpcError::InvalidParams);
    QTest::newRow("describe traversal")
        << req("eif.describe", R"({"name":"../sim/state.json"})") << int(RpcError::InvalidParams);
    QTest::newRow("describe slash") << req("eif.describe", R"({"name":"a/b.eif"})")
                                    << int(RpcError::InvalidParams);
    QTest::newRow("describe dotfile")
        << req("eif.describe", R"({"name":".hidden.eif"})") << int(RpcError::InvalidParams);
    QTest::newRow("upload not .eif") << req("eif.upload.begin", R"({"name":"x.sh","size":10,"sha384":"00"})")
                                     << int(RpcError::InvalidParams);
    QTest::newRow("upload bad digest")
        << req("eif.upload.begin", R"({"name":"x.eif","size":10,"sha384":"zz"})")
        << int(RpcError::InvalidParams);
    QTest::newRow("upload too big") << req(
        "eif.upload.begin", R"({"name":"x.eif","size":1e15,"sha384":"00"})")
                                    << int(RpcError::InvalidParams);
    QTest::newRow("chunk unknown upload")
        << req("eif.upload.chunk", R"({"uploadId":"upload-99","offset":0,"data":"AAAA"})")
        << int(RpcError::NotFound);
    QTest::newRow("chunk bad handle")
        << req("eif.upload.chunk", R"({"uploadId":"../x","offset":0,"data":"AAAA"})")
        << int(RpcError::InvalidParams);
    QTest::newRow("fromSeq negative")
        << req("console.subscribe", R"({"enclaveId":"i-0123456789abcdef0-enc0123456789abcdef","fromSeq":-1})")
        << int(RpcError::InvalidParams);
    QTest::newRow("vsock cid 2") << req("vsock.open", R"({"cid":2,"port":5000})")
                                 << int(RpcError::InvalidParams);
    QTest::newRow("vsock port 0") << req("vsock.open", R"({"cid":16,"port":0})")
                                  << int(RpcError::InvalidParams);
    QTest::newRow("stream write bad base64")
        << req("stream.write", R"({"stream":"stream-1","data":"@@@"})") << int(RpcError::InvalidParams);
    QTest::newRow("health timeout 0")
        << req("health.check", R"({"cid":16,"port":5000,"timeoutMs":0})") << int(RpcError::InvalidParams);
    QTest::newRow("hello future protocol")
        << req("hello", R"({"protocol":2})") << int(RpcError::InvalidRequest);
}

QList<QJsonObject> TestAgentSimulator::rawExchange(const QList<QByteArray> &lines)
{
    QProcess agent;
    agent.start(QStringLiteral(ENCLAVE_AGENT_PATH),
        { QStringLiteral("--stdio"), QStringLiteral("--simulate"), m_state });
    if (!agent.waitForStarted(5000))
        return {};
    for (const QByteArray &l : lines)
        agent.write(l + '\n');
    agent.closeWriteChannel();
    if (!agent.waitForFinished(10000))
        agent.kill();
    QList<QJsonObject> replies;
    for (const QByteArray &l : agent.readAllStandardOutput().split('\n'))
        if (!l.isEmpty())
            replies.append(QJsonDocument::fromJson(l).object());
    return replies;
}

void TestAgentSimulator::validation()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), m_state + QStringLiteral("/images/escape.eif")));
    // The bad request, then hello: the agent must answer both (it stays up).
    const QList<QJsonObject> replies
        = rawExchange({ line, R"({"jsonrpc":"2.0","id":8,"method":"hello","params":{}})" });
    QCOMPARE(replies.size(), 2);
    QCOMPARE(
        replies.at(0).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), code);
    QCOMPARE(replies.at(1).value(QStringLiteral("id")).toInt(), 8);
    QVERIFY(replies.at(1).contains(QStringLiteral("result")));
}

void TestAgentSimulator::oversizeLineEndsSession()
{
    QProcess agent;
    agent.start(QStringLiteral(ENCLAVE_AGENT_PATH),
        { QStringLiteral("--stdio"), QStringLiteral("--simulate"), m_state });
    QVERIFY(agent.waitForStarted(5000));
    // 1 MiB + 1 bytes with no newline: refused as soon as the limit is crossed, before any '\n'.
    QByteArray big(protocol::kMaxLineBytes + 1, ' ');
    agent.write(big);
    QVERIFY(agent.waitForFinished(10000)); // the session ended
    QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
    const QList<QByteArray> out = agent.readAllStandardOutput().split('\n');
    const QJsonObject first = QJsonDocument::fromJson(out.value(0)).object();
    QCOMPARE(first.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
        int(RpcError::InvalidRequest));
    QVERIFY(first.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(u"longer than"));
}

void TestAgentSimulator::largeLineWithinLimitIsServed()
{
    // A line just under 1 MiB is parsed (and its oversized field refused by validation).
    QByteArray line = R"({"jsonrpc":"2.0","id":1,"method":"hello","params":{"client":")";
    line += QByteArray(protocol::kMaxLineBytes - line.size() - 10, 'x');
    line += R"("}})";
    QVERIFY(line.size() < protocol::kMaxLineBytes);
    const QList<QJsonObject> replies = rawExchange({ line, R"({"jsonrpc":"2.0","id":2,"method":"hello"})" });
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
        int(RpcError::InvalidParams));
    QVERIFY(replies.at(1).contains(QStringLiteral("result")));
}

void TestAgentSimulator::upload()
{
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    QFile src(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QByteArray bytes = src.readAll();
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha384).toHex());

    auto begin = [&](const QString &name, const QString &digest) {
        return client.callSync(QStringLiteral("eif.upload.begin"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), bytes.size() },
                { QStringLiteral("sha384"), digest } });
    };
    auto send = [&](const QString &uploadId, qint64 offset, const QByteArray &data) {
        return client.callSync(QStringLiteral("eif.upload.chunk"),
            QJsonObject { { QStringLiteral("uploadId"), uploadId }, { QStringLiteral("offset"), offset },
                { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } });
    };
    // Good upload in two chunks.
    auto b = begin(QStringLiteral("copy.eif"), sha);
    QVERIFY(b);
    const QString id = b->toObject().value(QStringLiteral("uploadId")).toString();
    QVERIFY(send(id, 0, bytes.left(3000)));
    const auto wrongOffset = send(id, 0, bytes.mid(3000));
    QVERIFY(!wrongOffset); // out-of-order chunk aborts the upload
    b = begin(QStringLiteral("copy.eif"), sha);
    QVERIFY(b);
    const QString id2 = b->toObject().value(QStringLiteral("uploadId")).toString();
    QVERIFY(send(id2, 0, bytes.left(3000)));
    QVERIFY(!QFile::exists(m_state + QStringLiteral("/images/copy.eif"))); // not before finish
    QVERIFY(send(id2, 3000, bytes.mid(3000)));
    const auto fin = client.callSync(
        QStringLiteral("eif.upload.finish"), QJsonObject { { QStringLiteral("uploadId"), id2 } });
    QVERIFY2(fin, qPrintable(fin ? QString() : fin.error().message));
    QFile stored(m_state + QStringLiteral("/images/copy.eif"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), bytes);
    bool listed = false;
    for (const QJsonValue &v : call(client, QStringLiteral("eif.list")).toArray())
        listed |= v.toObject().value(QStringLiteral("name")).toString() == u"copy.eif";
    QVERIFY(listed);
    // Existing name without overwrite.
    QCOMPARE(begin(QStringLiteral("copy.eif"), sha).error().code, int(RpcError::AlreadyExists));
    // Wrong digest: refused at finish, nothing stored, no temporary file left.
    QString wrong = sha;
    wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
    b = begin(QStringLiteral("bad.eif"), wrong);
    QVERIFY(b);
    const QString id3 = b->toObject().value(QStringLiteral("uploadId")).toString();
    QVERIFY(send(id3, 0, bytes));
    const auto bad = client.callSync(
        QStringLiteral("eif.upload.finish"), QJsonObject { { QStringLiteral("uploadId"), id3 } });
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, int(RpcError::ChecksumMismatch));
    QVERIFY(!QFile::exists(m_state + QStringLiteral("/images/bad.eif")));
    // More bytes than announced.
    b = begin(QStringLiteral("long.eif"), sha);
    QVERIFY(b);
    const auto tooMuch = send(b->toObject().value(QStringLiteral("uploadId")).toString(), 0, bytes + "x");
    QVERIFY(!tooMuch);
    QCOMPARE(tooMuch.error().code, int(RpcError::LimitExceeded));
    const QStringList left = QDir(m_state + QStringLiteral("/images")).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, (QStringList { QStringLiteral("copy.eif"), QStringLiteral("unsigned_v4.eif") }));
    // eif.describe of the upload (nitro-cli describe-eif on the stored file) has exactly the
    // values "enclave-tool describe-eif" computes locally for nitro-cli's keys: the parent holds
    // the image the user inspected.
    const QJsonObject d = call(client, QStringLiteral("eif.describe"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("copy.eif") } })
                              .toObject();
    QCOMPARE(d.value(QStringLiteral("EifVersion")).toInt(), 4);
    QProcess tool;
    tool.start(QStringLiteral(ENCLAVE_TOOL_PATH),
        { QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), stored.fileName() });
    QVERIFY(tool.waitForFinished(20000));
    QCOMPARE(tool.exitCode(), 0);
    QJsonObject local = QJsonDocument::fromJson(tool.readAllStandardOutput()).object();
    for (const char *extra : { "Architecture", "Sections", "Warnings", "Errors" })
        local.remove(QLatin1StringView(extra)); // enclave-tool's additions to nitro-cli's shape
    QCOMPARE(d, local);
    QCOMPARE(
        d.value(QStringLiteral("Measurements")).toObject().value(QStringLiteral("PCR0")).toString().size(),
        96);
}

void TestAgentSimulator::vsockEchoAndForward()
{
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    const QString id = launch(client);
    QVERIFY(!id.isEmpty());
    EchoServer echo(m_state + QStringLiteral("/vsock/16_5000.sock"));
    QVERIFY(echo.ok());

    // health.check through the agent to the "enclave application".
    const QJsonObject health = call(client, QStringLiteral("health.check"),
        QJsonObject { { QStringLiteral("cid"), 16 }, { QStringLiteral("port"), 5000 },
            { QStringLiteral("send"), QString::fromLatin1(QByteArray("ping\n").toBase64()) },
            { QStringLiteral("expect"), QString::fromLatin1(QByteArray("ping").toBase64()) },
            { QStringLiteral("timeoutMs"),
                3000 } }).toObject();
    QVERIFY2(health.value(QStringLiteral("ok")).toBool(),
        qPrintable(health.value(QStringLiteral("error")).toString()));
    QVERIFY(health.value(QStringLiteral("latencyMs")).toDouble() >= 0);
    // The sample enclave's own health check on port 5001: HEALTH_CHECK -> OK.
    const QJsonObject sample = call(client, QStringLiteral("health.check"),
        QJsonObject { { QStringLiteral("cid"), 16 }, { QStringLiteral("port"), 5001 },
            { QStringLiteral("send"), QString::fromLatin1(QByteArray("HEALTH_CHECK\n").toBase64()) },
            { QStringLiteral("expect"), QString::fromLatin1(QByteArray("OK").toBase64()) },
            { QStringLiteral("timeoutMs"),
                3000 } }).toObject();
    QVERIFY2(sample.value(QStringLiteral("ok")).toBool(),
        qPrintable(sample.value(QStringLiteral("error")).toString()));
    // Nobody listens on port 5002: a plain failure, not a hang.
    const QJsonObject down = call(client, QStringLiteral("health.check"),
        QJsonObject { { QStringLiteral("cid"), 16 }, { QStringLiteral("port"), 5002 },
            { QStringLiteral("timeoutMs"),
                2000 } }).toObject();
    QCOMPARE(down.value(QStringLiteral("ok")).toBool(), false);
    // No enclave with CID 99.
    QVERIFY(!client.callSync(QStringLiteral("vsock.open"),
        QJsonObject { { QStringLiteral("cid"), 99 }, { QStringLiteral("port"), 5000 } }));

    // Local port forwarding: a TCP client on 127.0.0.1 talks to the echo service through the agent.
    VsockForwarder forwarder(&client, 16, 5000);
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
    bool eof = false;
    connect(&local, &FdChannel::dataRead, this, [&](const QByteArray &b) { back += b; });
    connect(&local, &FdChannel::readFinished, this, [&] { eof = true; });
    QByteArray payload;
    for (int i = 0; payload.size() < 300 * 1024; ++i)
        payload += "vsock line " + QByteArray::number(i) + '\n';
    local.write(payload);
    QVERIFY(waitUntil([&] { return back.size() >= payload.size(); }, 20000));
    QCOMPARE(back, payload);
    // Half-close from the local side travels to the echo service, whose EOF comes back.
    local.closeWrite();
    QVERIFY(waitUntil([&] { return eof; }));
    QVERIFY(waitUntil([&] { return forwarder.connectionCount() == 0; }));
    QCOMPARE(echo.accepted(), 2); // the health check and the forwarded connection
}

void TestAgentSimulator::reconnectResumesConsoleExactly()
{
    prepareSimulator(
        m_state, "console_interval_ms: 5\nconsole_burst: 20\nconsole_lines: 6000\nenclave_lifetime_s: 120\n");
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.setReconnectPolicy(5, 100, 1000);
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    const QString id = launch(client);
    QVERIFY(!id.isEmpty());

    QByteArray received;
    qint64 expected = 0;
    bool ordered = true;
    int gaps = 0;
    QString closed;
    int reconnects = 0;
    connect(&client, &AgentClient::consoleData, this, [&](const QString &, qint64 seq, const QByteArray &d) {
        ordered &= seq == expected;
        expected = seq + d.size();
        received += d;
    });
    connect(&client, &AgentClient::consoleGap, this, [&] { ++gaps; });
    connect(
        &client, &AgentClient::consoleClosed, this, [&](const QString &, const QString &r) { closed = r; });
    connect(&client, &AgentClient::connected, this, [&] { ++reconnects; });
    client.subscribeConsole(id);
    // Kill the agent twice mid-stream (SIGKILL, by the PID of the process the client started).
    for (int k = 0; k < 2; ++k) {
        const qint64 mark = received.size() + 20000;
        QVERIFY(waitUntil([&] { return received.size() > mark; }, 15000));
        const qint64 pid = client.processId();
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(waitUntil(
            [&] { return client.processId() != pid && client.state() == AgentClient::State::Connected; },
            15000));
    }
    QVERIFY(waitUntil([&] { return !closed.isEmpty(); }, 60000));
    QCOMPARE(closed, QStringLiteral("enclave exited")); // it printed its last line and ended by itself
    QCOMPARE(reconnects, 2);
    QVERIFY(ordered);
    QCOMPARE(gaps, 0);
    // Byte for byte what the enclave printed: its boot log from the first byte, then every
    // application line exactly once.
    QVERIFY(received.startsWith("[    0.000000] Linux version"));
    const qsizetype app = received.indexOf("app: line 1\n");
    QVERIFY(app > 0);
    QCOMPARE(received.size() - app, expectedAppOutput(6000).size());
    QVERIFY(received.mid(app) == expectedAppOutput(6000));
}

void TestAgentSimulator::disappearedEnclaveReportedExited()
{
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    const QString id = launch(client);
    QString closed;
    QByteArray console;
    connect(
        &client, &AgentClient::consoleClosed, this, [&](const QString &, const QString &r) { closed = r; });
    connect(&client, &AgentClient::consoleData, this,
        [&](const QString &, qint64, const QByteArray &d) { console += d; });
    client.subscribeConsole(id);
    // The agent's console capture is attached (an enclave that dies before would be nitro-cli's E11).
    QVERIFY(waitUntil([&] { return console.contains("app: line 1\n"); }));
    const QJsonObject record = call(client, QStringLiteral("enclaves.list")).toArray().at(0).toObject();
    const qint64 pid = record.value(QStringLiteral("ProcessID")).toInteger();
    QVERIFY(ProcessProbe::isAlive(pid, id));
    // The enclave dies without anyone asking (like a kernel panic): no exit code, just gone.
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(waitUntil([&] { return !ProcessProbe::isAlive(pid, id); }));
    const QJsonObject after = call(client, QStringLiteral("enclaves.list")).toArray().at(0).toObject();
    QCOMPARE(after.value(QStringLiteral("State")).toString(), QStringLiteral("EXITED"));
    QCOMPARE(after.value(QStringLiteral("ExitReason")).toString(), QStringLiteral("disappeared"));
    QVERIFY(waitUntil([&] { return !closed.isEmpty(); }));
    QCOMPARE(closed, QStringLiteral("enclave exited"));
    // Its resources are free again: all 4 pool CPUs can be taken.
    QVERIFY(!launch(client, QJsonObject { { QStringLiteral("cpuCount"), 4 } }).isEmpty());
}

void TestAgentSimulator::consoleThroughput()
{
    // 3.5 MB of 1000-byte lines (within the agent's 4 MiB console ring) as fast as the chain takes them:
    // simulated enclave -> nitro-cli-sim console -> the agent's capture and ring -> JSON-RPC over stdio ->
    // us. nitro-cli-sim slows the enclave down while its reader lags, so this measures the slowest link.
    prepareSimulator(m_state,
        "console_interval_ms: 1\nconsole_burst: 2000\nconsole_lines: 3500\nconsole_line_bytes: 1000\n"
        "enclave_lifetime_s: 120\n");
    AgentClient client;
    client.setEndpoint(localSimulator(m_state));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    qint64 bytes = 0;
    bool closed = false;
    QElapsedTimer t;
    connect(&client, &AgentClient::consoleData, this, [&](const QString &, qint64, const QByteArray &d) {
        if (bytes == 0)
            t.start();
        bytes += d.size();
    });
    connect(&client, &AgentClient::consoleClosed, this, [&] { closed = true; });
    const QString id = launch(client);
    QVERIFY(!id.isEmpty());
    client.subscribeConsole(id);
    QVERIFY(waitUntil([&] { return closed; }, 120000));
    const double secs = double(t.nsecsElapsed()) / 1e9;
    QVERIFY2(bytes >= 3500 * 1000, qPrintable(QString::number(bytes)));
    qInfo("console over stdio: %lld bytes in %.3f s = %.1f MB/s", static_cast<long long>(bytes), secs,
        double(bytes) / secs / 1e6);
}

void TestAgentSimulator::commandLine()
{
    // enclave-tool remote --local: the same client and agent, driven from the command line.
    auto tool = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(ENCLAVE_TOOL_PATH),
            QStringList { QStringLiteral("remote"), QStringLiteral("--local"),
                QStringLiteral("--agent-program"), QStringLiteral(ENCLAVE_AGENT_PATH),
                QStringLiteral("--simulate"), m_state }
                + args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished(2000);
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(tool({ QStringLiteral("run"), QStringLiteral("--eif"), QStringLiteral("unsigned_v4.eif"),
                      QStringLiteral("--cpu-count"), QStringLiteral("1"), QStringLiteral("--memory"),
                      QStringLiteral("256") },
                 &out, &err),
        1);
    QCOMPARE(err.count('\n'), 1); // one line naming the nitro-cli code
    QVERIFY2(err.startsWith("enclave-tool: [ E29 ] Ioctl failure"), err.constData());
    QCOMPARE(tool({ QStringLiteral("run"), QStringLiteral("--eif"), QStringLiteral("unsigned_v4.eif"),
                      QStringLiteral("--cpu-count"), QStringLiteral("2"), QStringLiteral("--memory"),
                      QStringLiteral("256"), QStringLiteral("--debug-mode") },
                 &out),
        0);
    const QString id = QJsonDocument::fromJson(out).object().value(QStringLiteral("EnclaveID")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(tool({ QStringLiteral("list") }, &out), 0);
    QCOMPARE(
        QJsonDocument::fromJson(out).array().at(0).toObject().value(QStringLiteral("EnclaveID")).toString(),
        id);
    QTest::qWait(200);
    QCOMPARE(tool({ QStringLiteral("console"), id, QStringLiteral("--no-follow") }, &out), 0);
    QVERIFY(out.startsWith("[    0.000000] Linux version"));
    QVERIFY(out.contains("Command line: reboot=k"));

    // forward: a local TCP port to the enclave's vsock port 5000, played by an echo service.
    EchoServer echo(m_state + QStringLiteral("/vsock/16_5000.sock"));
    QVERIFY(echo.ok());
    QProcess fwd;
    fwd.start(QStringLiteral(ENCLAVE_TOOL_PATH),
        { QStringLiteral("remote"), QStringLiteral("--local"), QStringLiteral("--agent-program"),
            QStringLiteral(ENCLAVE_AGENT_PATH), QStringLiteral("--simulate"), m_state,
            QStringLiteral("forward"), QStringLiteral("0"), QStringLiteral("16"), QStringLiteral("5000"),
            QStringLiteral("--duration"), QStringLiteral("20") });
    QVERIFY(waitUntil([&] { return fwd.canReadLine() || fwd.state() == QProcess::NotRunning; }, 15000));
    const QByteArray banner = fwd.readLine();
    const auto m = QRegularExpression(QStringLiteral("^forwarding 127\\.0\\.0\\.1:(\\d+) -> vsock 16:5000"))
                       .match(QString::fromUtf8(banner));
    QVERIFY2(m.hasMatch(), banner.constData());
    const int tcp = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(m.captured(1).toUInt()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(tcp, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
    FdChannel local(tcp, tcp);
    QByteArray back;
    connect(&local, &FdChannel::dataRead, this, [&](const QByteArray &b) { back += b; });
    local.write("hello enclave\n");
    QVERIFY(waitUntil([&] { return back == "hello enclave\n"; }));
    local.close();
    ::kill(pid_t(fwd.processId()), SIGTERM); // our forwarder, by PID; it exits cleanly on SIGTERM
    QVERIFY(fwd.waitForFinished(5000));
    QCOMPARE(fwd.exitCode(), 0);

    // upload then images/describe-eif: the stored copy is byte-identical and describable.
    QCOMPARE(tool({ QStringLiteral("upload"), QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"),
                      QStringLiteral("--name"), QStringLiteral("cli-copy.eif") },
                 &out, &err),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("name")).toString(),
        QStringLiteral("cli-copy.eif"));
    QCOMPARE(tool({ QStringLiteral("images") }, &out), 0);
    QVERIFY(out.contains("\"cli-copy.eif\""));
    QCOMPARE(tool({ QStringLiteral("describe-eif"), QStringLiteral("cli-copy.eif") }, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("CheckCRC")).toBool(), true);
    QCOMPARE(tool({ QStringLiteral("describe-eif"), QStringLiteral("../state.json") }, &out, &err), 1);

    QCOMPARE(tool({ QStringLiteral("terminate"), id }, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("Terminated")).toBool(), true);
    QCOMPARE(tool({ QStringLiteral("terminate"), QStringLiteral("not-an-id") }, &out, &err), 1);
    QVERIFY(err.contains("not an enclave ID"));
    QProcess bare;
    bare.start(QStringLiteral(ENCLAVE_TOOL_PATH), { QStringLiteral("remote") });
    QVERIFY(bare.waitForFinished(5000));
    QCOMPARE(bare.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestAgentSimulator)
#include "tst_agentsimulator.moc"

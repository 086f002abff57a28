// Unit tests of the agent module's client-side pieces: line framing, ssh argument building,
// nitro-cli output parsing, allocator.yaml, EIF peek, and the client's handling of replies it never
// asked for and of console.data in every shape. (The agent's own request validation and console
// ring are tested in tst_agentcore.)

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "agent/agentclient.h"
#include "agent/agentendpoint.h"
#include "agent/eifpeek.h"
#include "agent/keyvaluefile.h"
#include "agent/linebuffer.h"
#include "agent/nitroclioutput.h"

using namespace enclave::agent;

class TestAgentUnits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lineBuffer_data();
    void lineBuffer();
    void lineBufferRefusesBeforeBuffering();
    void sshArguments();
    void sshRejects_data();
    void sshRejects();
    void nitroOutput_data();
    void nitroOutput();
    void keyValueFile();
    void eifPeek();
    void eifPeekRejects_data();
    void eifPeekRejects();
    void clientIgnoresRepliesToIdsItNeverSent_data();
    void clientIgnoresRepliesToIdsItNeverSent();
    void clientConsoleDataShapes();
};

void TestAgentUnits::lineBuffer_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("overflow");
    QTest::newRow("one line") << QList<QByteArray> { "abc\n" } << QList<QByteArray> { "abc" } << false;
    QTest::newRow("split across reads")
        << QList<QByteArray> { "ab", "c\nde", "f\n" } << QList<QByteArray> { "abc", "def" } << false;
    QTest::newRow("empty line kept") << QList<QByteArray> { "\n\nx\n" } << QList<QByteArray> { "", "", "x" }
                                     << false;
    QTest::newRow("partial tail waits")
        << QList<QByteArray> { "a\nbc" } << QList<QByteArray> { "a" } << false;
    QTest::newRow("exactly the limit") << QList<QByteArray> { QByteArray(16, 'x') + '\n' }
                                       << QList<QByteArray> { QByteArray(16, 'x') } << false;
    QTest::newRow("one over the limit")
        << QList<QByteArray> { QByteArray(17, 'x') + '\n' } << QList<QByteArray> {} << true;
    QTest::newRow("long line among short")
        << QList<QByteArray> { "ok\n" + QByteArray(40, 'y') + "\nz\n" } << QList<QByteArray> { "ok" } << true;
}

void TestAgentUnits::lineBuffer()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, overflow);
    LineBuffer buf(16);
    QList<QByteArray> got;
    bool ok = true;
    for (const QByteArray &p : pieces) {
        ok &= buf.append(p);
        while (auto l = buf.takeLine())
            got.append(*l);
    }
    QCOMPARE(got, lines);
    QCOMPARE(buf.overflowed(), overflow);
    QCOMPARE(!ok || buf.overflowed(), overflow);
}

void TestAgentUnits::lineBufferRefusesBeforeBuffering()
{
    // A peer streaming bytes without a newline is cut off at the limit, not after.
    LineBuffer buf(1024);
    int accepted = 0;
    for (int i = 0; i < 100 && buf.append(QByteArray(100, 'a')); ++i)
        ++accepted;
    QCOMPARE(accepted, 10);
    QVERIFY(buf.pendingBytes() <= 1024 + 100);
}

void TestAgentUnits::sshArguments()
{
    AgentEndpoint e = AgentEndpoint::ssh(QStringLiteral("ec2-user@parent"));
    e.port = 2222;
    e.identityFile = QStringLiteral("/home/me/.ssh/id_ed25519");
    e.jumpHost = QStringLiteral("bastion");
    e.configFile = QStringLiteral("/tmp/cfg");
    e.options = { QStringLiteral("UserKnownHostsFile=/tmp/kh"), QStringLiteral("StrictHostKeyChecking=no") };
    const auto args = e.arguments();
    QVERIFY(args);
    // Our safety options come first: ssh keeps the first value of an option, so the user's
    // StrictHostKeyChecking=no cannot weaken it.
    const qsizetype strict = args->indexOf(QStringLiteral("StrictHostKeyChecking=yes"));
    const qsizetype weak = args->indexOf(QStringLiteral("StrictHostKeyChecking=no"));
    QVERIFY(strict > 0 && weak > strict);
    QVERIFY(args->contains(QStringLiteral("BatchMode=yes")));
    QCOMPARE(args->first(), QStringLiteral("-T"));
    QCOMPARE(args->at(args->indexOf(QStringLiteral("-p")) + 1), QStringLiteral("2222"));
    QCOMPARE(args->at(args->indexOf(QStringLiteral("-i")) + 1), e.identityFile);
    QCOMPARE(args->at(args->indexOf(QStringLiteral("-J")) + 1), QStringLiteral("bastion"));
    QCOMPARE(args->at(args->indexOf(QStringLiteral("-F")) + 1), QStringLiteral("/tmp/cfg"));
    // "--", host and the remote command close the list.
    QCOMPARE(args->mid(args->size() - 3),
        (QStringList {
            QStringLiteral("--"), QStringLiteral("ec2-user@parent"), AgentEndpoint::defaultAgentCommand() }));
    QCOMPARE(*e.program(), QStringLiteral("ssh"));
}

void TestAgentUnits::sshRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("host as option") << QStringLiteral("host")
                                    << QStringLiteral("-oProxyCommand=touch /tmp/x");
    QTest::newRow("host with space") << QStringLiteral("host") << QStringLiteral("a b");
    QTest::newRow("host empty") << QStringLiteral("host") << QString();
    QTest::newRow("identity as option") << QStringLiteral("identity") << QStringLiteral("-x");
    QTest::newRow("jump as option") << QStringLiteral("jump") << QStringLiteral("-oProxyCommand=x");
    QTest::newRow("option without value") << QStringLiteral("option") << QStringLiteral("Port");
    QTest::newRow("option with newline") << QStringLiteral("option") << QStringLiteral("User=a\nHost=b");
    QTest::newRow("command two lines")
        << QStringLiteral("command") << QStringLiteral("enclave-agent --stdio\nrm -rf ~");
}

void TestAgentUnits::sshRejects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    AgentEndpoint e = AgentEndpoint::ssh(QStringLiteral("parent"));
    if (field == u"host")
        e.host = value;
    else if (field == u"identity")
        e.identityFile = value;
    else if (field == u"jump")
        e.jumpHost = value;
    else if (field == u"option")
        e.options = { value };
    else
        e.agentCommand = value;
    const auto args = e.arguments();
    QVERIFY(!args);
    QCOMPARE(args.error().code, enclave::Error::Code::Usage);
}

void TestAgentUnits::nitroOutput_data()
{
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("isJson");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("log");
    const QByteArray run = R"({
  "EnclaveName": "hello",
  "EnclaveID": "i-06c28848702514cd5-enc1904e4fea1636f6",
  "ProcessID": 6383,
  "EnclaveCID": 16,
  "NumberOfCPUs": 2,
  "CPUIDs": [1, 5],
  "MemoryMiB": 512
})";
    QTest::newRow("run ok") << run << QByteArray("Start allocating memory...\n") << 0 << true << QString()
                            << QString();
    QTest::newRow("describe with E39 still has JSON")
        << QByteArray("[\n  {\"EnclaveID\": \"i-1\"}\n]\n")
        << QByteArray("Failed connections: 1\n[ E39 ] Enclave process connection failure.\n") << 39 << true
        << QString() << QString();
    QTest::newRow("first error wins over E39")
        << QByteArray()
        << QByteArray("[ E26 ] Insufficient memory requested. User provided `memory` is 10 MB\n\nFor more "
                      "details...\n\n"
                      "If you open a support ticket, please provide the error log found at "
                      "\"/var/log/nitro_enclaves/err2024.log\"\n"
                      "Failed connections: 1\n[ E39 ] Enclave process connection failure.\n")
        << 39 << false << QStringLiteral("E26") << QStringLiteral("/var/log/nitro_enclaves/err2024.log");
    QTest::newRow("clap usage error")
        << QByteArray() << QByteArray("error: The following required arguments were not provided:\n") << 2
        << false << QString() << QString();
    QTest::newRow("banner before JSON") << QByteArray("Connecting...\n[ not json\n{\"Terminated\": true}\n")
                                        << QByteArray() << 0 << true << QString() << QString();
}

void TestAgentUnits::nitroOutput()
{
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(bool, isJson);
    QFETCH(QString, code);
    QFETCH(QString, log);
    NitroCliOutput o;
    o.stdOut = out;
    o.stdErr = err;
    o.exitCode = exitCode;
    QCOMPARE(o.json().has_value(), isJson);
    const auto r = o.result(QStringLiteral("nitro-cli"));
    QCOMPARE(r.has_value(), isJson);
    if (!isJson) {
        QCOMPARE(r.error().nitroCode, code);
        QCOMPARE(r.error().errorLog, log);
        if (code.isEmpty())
            QVERIFY(r.error().message.contains(QString::number(exitCode)));
    }
}

void TestAgentUnits::keyValueFile()
{
    const auto kv
        = KeyValueFile::parse("---\n# How much memory\nmemory_mib: 512 # MiB\ncpu_count: 2\nname: \"x y\"\n"
                              "  nested: 1\n- list\ncpu_pool: 2,3,6-9\n");
    QCOMPARE(kv.value(QStringLiteral("memory_mib")), QStringLiteral("512"));
    QCOMPARE(kv.value(QStringLiteral("cpu_count")), QStringLiteral("2"));
    QCOMPARE(kv.value(QStringLiteral("name")), QStringLiteral("x y"));
    QCOMPARE(kv.value(QStringLiteral("cpu_pool")), QStringLiteral("2,3,6-9"));
    QVERIFY(!kv.contains(QStringLiteral("nested")));
}

void TestAgentUnits::eifPeek()
{
    const auto p = EifPeek::read(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
    QVERIFY(p);
    QCOMPARE(p->version, 4);
    QCOMPARE(p->architecture(), QStringLiteral("x86_64"));
    QCOMPARE(p->fileSize, 5868);
    QCOMPARE(p->sections.size(), 5);
    QCOMPARE(p->sections.at(0).typeName(), QStringLiteral("kernel"));
    QCOMPARE(p->sections.at(0).size, 4096);
    QCOMPARE(p->sections.at(1).offset, 548 + 12 + 4096);
    QVERIFY(p->cmdline.startsWith(u"reboot=k panic=30"));
}

void TestAgentUnits::eifPeekRejects_data()
{
    QTest::addColumn<int>("cut"); // keep this many bytes (-1 all)
    QTest::addColumn<int>("patchAt"); // overwrite one byte here (-1 none)
    QTest::addColumn<QString>("what");
    QTest::newRow("short header") << 100 << -1 << QStringLiteral("548 bytes");
    QTest::newRow("bad magic") << -1 << 0 << QStringLiteral("magic");
    QTest::newRow("section runs past the end") << 5000 << -1 << QStringLiteral("past the end");
    QTest::newRow("invalid section type") << -1 << 549 << QStringLiteral("section type");
}

void TestAgentUnits::eifPeekRejects()
{
    QFETCH(int, cut);
    QFETCH(int, patchAt);
    QFETCH(QString, what);
    QFile src(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
    QVERIFY(src.open(QIODevice::ReadOnly));
    QByteArray bytes = src.readAll();
    if (cut >= 0)
        bytes.truncate(cut);
    if (patchAt >= 0)
        bytes[patchAt] = char(0x7f);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x.eif")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const auto p = EifPeek::read(f.fileName());
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(what), qPrintable(p.error().message));
}

// fuzz_agentreply found that a reply id like 6.7e34 was cast to qint64 (undefined behaviour, caught
// by UBSan in the sanitizer build). Whatever is on the far side of ssh may send such a line: a
// hostile peer stands in for the agent here (a fixed script; the real agent never sends these), and
// the client must ignore the line and keep matching real replies to their requests.
void TestAgentUnits::clientIgnoresRepliesToIdsItNeverSent_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("6.7e34 (fuzz_agentreply: cast out of range)")
        << QByteArray("66666666666666666666666666666666663");
    QTest::newRow("1e300") << QByteArray("1e300");
    QTest::newRow("fraction of a real id") << QByteArray("1.5");
    QTest::newRow("negative") << QByteArray("-1");
    QTest::newRow("zero") << QByteArray("0");
}

void TestAgentUnits::clientIgnoresRepliesToIdsItNeverSent()
{
    QFETCH(QByteArray, id);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("peer.sh"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Answers the bogus id first, then hello (id 1), then the next request (id 2) with "pong".
    f.write("read hello\n"
            "printf '%s\\n' '{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"result\":{\"bogus\":true}}' "
          "'{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocol\":1,\"backend\":\"peer\"}}'\n"
          "read request\n"
          "printf '%s\\n' '{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":\"pong\"}'\n"
          "read eof\n");
    f.close();
    AgentClient client;
    client.setReconnectPolicy(0, 250, 250);
    client.setEndpoint(AgentEndpoint::local(QStringLiteral("/bin/sh"), { script }));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    QCOMPARE(client.helloInfo().value(QStringLiteral("backend")).toString(), QStringLiteral("peer"));
    const auto r = client.callSync(QStringLiteral("host.info"), {}, 10000);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->toString(), QStringLiteral("pong"));
    client.disconnectFromAgent();
}

void TestAgentUnits::clientConsoleDataShapes()
{
    // console.data in the agent's own shape (sorted keys, "data" first: the client's fast path)
    // and in any other valid shape (the generic path) deliver the same bytes; an escaped or
    // non-base64 "data" is treated as the generic parser treats it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("peer.sh"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "read hello\n"
        "printf '%s\\n' '{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocol\":1,\"backend\":\"peer\"}}'\n"
        "read subscribe\n"
        "printf '%s\\n' "
        "'{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"subscription\":\"console-1\",\"firstSeq\":0,\"endSeq\":"
        "0}}' "
        "'{\"jsonrpc\":\"2.0\",\"method\":\"console.data\",\"params\":{\"data\":\"aGVsbG8g\",\"enclaveId\":"
        "\"E\","
        "\"seq\":0,\"subscription\":\"console-1\"}}' "
        "'{\"method\":\"console.data\",\"params\":{\"seq\":6,\"subscription\":\"console-1\",\"data\":"
        "\"d29ybGQ=\"},"
        "\"jsonrpc\":\"2.0\"}' "
        "'{\"jsonrpc\":\"2.0\",\"method\":\"console.data\",\"params\":{\"data\":\"IQ\\u003d\\u003d\",\"seq\":"
        "11,"
        "\"subscription\":\"console-1\"}}' "
        "'{\"jsonrpc\":\"2.0\",\"method\":\"console.data\",\"params\":{\"data\":\"!!!!\",\"seq\":12,"
        "\"subscription\":\"console-1\"}}' "
        "'{\"jsonrpc\":\"2.0\",\"method\":\"console.data\",\"params\":{\"data\":\"Pw==\",\"seq\":12,"
        "\"subscription\":\"console-1\"},\"id\":9}' "
        "'{\"jsonrpc\":\"2.0\",\"method\":\"console.data\",\"params\":{\"data\":\"IGVuZA==\",\"seq\":12,"
        "\"subscription\":\"console-1\"}} ' "
        "'{\"jsonrpc\":\"2.0\",\"method\":\"console.closed\",\"params\":{\"subscription\":\"console-1\","
        "\"reason\":\"enclave exited\",\"endSeq\":16}}'\n"
        "read eof\n");
    f.close();
    AgentClient client;
    client.setReconnectPolicy(0, 250, 250);
    client.setEndpoint(AgentEndpoint::local(QStringLiteral("/bin/sh"), { script }));
    QByteArray got;
    QList<qint64> seqs;
    QString closed;
    connect(
        &client, &AgentClient::consoleData, this, [&](const QString &id, qint64 seq, const QByteArray &d) {
            QCOMPARE(id, QStringLiteral("E"));
            seqs.append(seq);
            got += d;
        });
    connect(
        &client, &AgentClient::consoleClosed, this, [&](const QString &, const QString &r) { closed = r; });
    client.connectToAgent();
    QVERIFY(client.waitForConnected(10000));
    client.subscribeConsole(QStringLiteral("E"));
    QElapsedTimer t;
    t.start();
    while (closed.isEmpty() && t.elapsed() < 10000)
        QTest::qWait(10);
    QCOMPARE(closed, QStringLiteral("enclave exited"));
    // The reply-shaped line (an "id") and the non-base64 one deliver nothing.
    QCOMPARE(got, QByteArray("hello world! end"));
    QCOMPARE(seqs, (QList<qint64> { 0, 6, 11, 12 }));
    client.disconnectFromAgent();
}

QTEST_GUILESS_MAIN(TestAgentUnits)
#include "tst_agentunits.moc"

// The static agent over stdio, as ssh runs it: a table of malformed requests that must each get a
// JSON-RPC error while the agent stays up, the line-length bound that ends the session, path
// traversal attempts, and a vsock stream and health check through --vsock-unix-dir to a Unix
// echo service. nitro-cli is the fake script (the one mock: nitro-cli needs Nitro hardware).

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "agenttestsupport.h"

using namespace enclave::agent::test;

class TestAgentStdio final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void malformed_data();
    void malformed();
    void notificationsGetNoReply();
    void oversizeLineEndsSession();
    void symlinkOutOfImageDirRefused();
    void uploadChecksumMismatchStoresNothing();
    void vsockStreamEcho();
    void healthCheck();
    void versionHasBuildId();

private:
    void startAgent();
    QJsonObject call(const QByteArray &line, int timeoutMs = 10000);
    QJsonObject request(const QString &method, const QJsonObject &params);
    QJsonObject readMessage(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QProcess> m_agent;
    QByteArray m_buffer;
    QList<QJsonObject> m_notifications;
    int m_nextId = 1;
};

void TestAgentStdio::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(QStringLiteral(ENCLAVE_AGENT_PATH)));
}

void TestAgentStdio::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    const QString t = m_tmp->path();
    QVERIFY(QDir().mkpath(t + QStringLiteral("/fake")));
    QVERIFY(QDir().mkpath(t + QStringLiteral("/images")));
    QVERIFY(QDir().mkpath(t + QStringLiteral("/vsock")));
    QVERIFY(QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"), t + QStringLiteral("/images/hello.eif")));
    QVERIFY(QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/../agent/fake-nitro-cli.sh"), t + QStringLiteral("/fake/nitro-cli")));
    QVERIFY(QFile::setPermissions(t + QStringLiteral("/fake/nitro-cli"), QFile::ReadOwner | QFile::ExeOwner));
    startAgent();
}

void TestAgentStdio::cleanup()
{
    if (m_agent) {
        m_agent->closeWriteChannel();
        if (!m_agent->waitForFinished(5000))
            m_agent->kill();
        m_agent->waitForFinished(2000);
    }
    m_agent.reset();
    m_buffer.clear();
    m_notifications.clear();
    m_tmp.reset();
}

void TestAgentStdio::startAgent()
{
    const QString t = m_tmp->path();
    m_agent = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_NITRO_DIR"), t + QStringLiteral("/fake"));
    m_agent->setProcessEnvironment(env);
    m_agent->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_agent->start(QStringLiteral(ENCLAVE_AGENT_PATH),
        { QStringLiteral("--stdio"), QStringLiteral("--state-dir"), t + QStringLiteral("/state"),
            QStringLiteral("--image-dir"), t + QStringLiteral("/images"), QStringLiteral("--nitro-cli"),
            t + QStringLiteral("/fake/nitro-cli"), QStringLiteral("--vsock-unix-dir"),
            t + QStringLiteral("/vsock"), QStringLiteral("--max-upload-mib"), QStringLiteral("1") });
    QVERIFY(m_agent->waitForStarted(5000));
}

QJsonObject TestAgentStdio::readMessage(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            return QJsonDocument::fromJson(line).object();
        }
        if (m_agent->state() != QProcess::Running && m_agent->bytesAvailable() == 0)
            return {};
        m_agent->waitForReadyRead(50);
        m_buffer += m_agent->readAllStandardOutput();
    }
    return {};
}

QJsonObject TestAgentStdio::call(const QByteArray &line, int timeoutMs)
{
    m_agent->write(line + '\n');
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const QJsonObject m = readMessage(timeoutMs);
        if (m.isEmpty())
            return {};
        if (m.contains(QStringLiteral("id")))
            return m;
        m_notifications.append(m);
    }
    return {};
}

QJsonObject TestAgentStdio::request(const QString &method, const QJsonObject &params)
{
    const QJsonObject msg { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), m_nextId++ }, { QStringLiteral("method"), method },
        { QStringLiteral("params"), params } };
    return call(QJsonDocument(msg).toJson(QJsonDocument::Compact));
}

void TestAgentStdio::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    const QByteArray id = "i-06c28848702514cd5-enc1904e4fea1636f6";
    auto req = [](const QByteArray &method, const QByteArray &params) -> QByteArray {
        return QByteArray(R"({"jsonrpc":"2.0","id":7,"method":")") + method + R"(","params":)" + params + "}";
    };
    QTest::newRow("not json") << QByteArray("{\"jsonrpc\":") << -32700;
    QTest::newRow("garbage bytes") << QByteArray("\x01\x02\xff\xfe") << -32700;
    QTest::newRow("invalid utf-8 in string")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"h\xff\"}") << -32700;
    QTest::newRow("array") << QByteArray("[1,2,3]") << -32600;
    QTest::newRow("number") << QByteArray("42") << -32600;
    QTest::newRow("deep nesting") << QByteArray(5000, '[') << -32600;
    QTest::newRow("no jsonrpc") << QByteArray(R"({"id":1,"method":"hello"})") << -32600;
    QTest::newRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"hello"})") << -32600;
    QTest::newRow("method not string") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5})") << -32600;
    QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"hello"})") << -32600;
    QTest::newRow("id too long") << QByteArray(
        QByteArray(R"({"jsonrpc":"2.0","id":")") + QByteArray(65, 'x') + R"(","method":"hello"})")
                                 << -32600;
    QTest::newRow("unknown method") << req("enclaves.destroy", "{}") << -32601;
    QTest::newRow("params array") << req("hello", "[]") << -32602;
    QTest::newRow("unknown key") << req("enclaves.list", R"({"verbose":true})") << -32602;
    QTest::newRow("hello protocol 2") << req("hello", R"({"protocol":2})") << -32600;
    QTest::newRow("cpuCount string") << req(
        "enclaves.run", R"({"eifPath":"hello.eif","cpuCount":"2","memoryMiB":512})")
                                     << -32602;
    QTest::newRow("cpuCount fraction")
        << req("enclaves.run", R"({"eifPath":"hello.eif","cpuCount":2.5,"memoryMiB":512})") << -32602;
    QTest::newRow("memory 1e20") << req(
        "enclaves.run", R"({"eifPath":"hello.eif","cpuCount":2,"memoryMiB":1e20})")
                                 << -32602;
    QTest::newRow("cpuCount negative")
        << req("enclaves.run", R"({"eifPath":"hello.eif","cpuCount":-1,"memoryMiB":512})") << -32602;
    QTest::newRow("debugMode not bool")
        << req("enclaves.run", R"({"eifPath":"hello.eif","cpuCount":2,"memoryMiB":512,"debugMode":1})")
        << -32602;
    QTest::newRow("traversal") << req(
        "enclaves.run", R"({"eifPath":"../../etc/passwd","cpuCount":2,"memoryMiB":512})")
                               << -32602;
    QTest::newRow("absolute path") << req(
        "enclaves.run", R"({"eifPath":"/etc/passwd","cpuCount":2,"memoryMiB":512})")
                                   << -32602;
    QTest::newRow("control char") << req(
        "enclaves.run", R"({"eifPath":"hello\n.eif","cpuCount":2,"memoryMiB":512})")
                                  << -32602;
    QTest::newRow("bad enclave name")
        << req("enclaves.run", R"({"eifPath":"hello.eif","cpuCount":2,"memoryMiB":512,"enclaveName":"a b"})")
        << -32602;
    QTest::newRow("bad enclave id") << req("enclaves.terminate", R"({"enclaveId":"i-123"})") << -32602;
    QTest::newRow("enclave id with slash")
        << req("console.subscribe", R"({"enclaveId":"../i-06c28848702514cd5-enc1"})") << -32602;
    QTest::newRow("fromSeq negative")
        << req("console.subscribe", QByteArray("{\"enclaveId\":\"" + id + "\",\"fromSeq\":-1}")) << -32602;
    QTest::newRow("describe traversal") << req("eif.describe", R"({"name":"../hello.eif"})") << -32602;
    QTest::newRow("describe missing") << req("eif.describe", R"({"name":"nope.eif"})") << -32001;
    QTest::newRow("upload not eif") << req("eif.upload.begin",
        QByteArray(R"({"name":"x.sh","size":10,"sha384":")" + QByteArray(96, 'a') + "\"}"))
                                    << -32602;
    QTest::newRow("upload bad sha") << req("eif.upload.begin", R"({"name":"x.eif","size":10,"sha384":"zz"})")
                                    << -32602;
    QTest::newRow("upload too big") << req("eif.upload.begin",
        QByteArray(R"({"name":"x.eif","size":2097152,"sha384":")" + QByteArray(96, 'a') + "\"}"))
                                    << -32602;
    QTest::newRow("upload exists") << req("eif.upload.begin",
        QByteArray(R"({"name":"hello.eif","size":10,"sha384":")" + QByteArray(96, 'a') + "\"}"))
                                   << -32005;
    QTest::newRow("chunk bad handle")
        << req("eif.upload.chunk", R"({"uploadId":"upload-x","offset":0,"data":""})") << -32602;
    QTest::newRow("chunk unknown upload")
        << req("eif.upload.chunk", R"({"uploadId":"upload-9","offset":0,"data":"AA=="})") << -32001;
    QTest::newRow("stream bad base64")
        << req("stream.write", R"({"stream":"stream-1","data":"!!"})") << -32602;
    QTest::newRow("stream unknown") << req("stream.write", R"({"stream":"stream-1","data":"AA=="})")
                                    << -32001;
    QTest::newRow("vsock cid 2") << req("vsock.open", R"({"cid":2,"port":5000})") << -32602;
    QTest::newRow("vsock port 0") << req("vsock.open", R"({"cid":16,"port":0})") << -32602;
    QTest::newRow("vsock nobody") << req("vsock.open", R"({"cid":16,"port":5000})") << -32003;
    QTest::newRow("watch 100ms") << req("enclaves.watch", R"({"intervalMs":100})") << -32602;
    QTest::newRow("unsubscribe unknown")
        << req("console.unsubscribe", R"({"subscription":"console-3"})") << -32001;
    QTest::newRow("health timeout 0")
        << req("health.check", R"({"cid":16,"port":5001,"timeoutMs":0})") << -32602;
}

void TestAgentStdio::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    const QJsonObject reply = call(line);
    QVERIFY2(!reply.isEmpty(), "no reply: the agent must answer every line");
    QVERIFY2(reply.contains(QStringLiteral("error")), QJsonDocument(reply).toJson().constData());
    QCOMPARE(reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), code);
    // Still up and still answering.
    const QJsonObject hello = request(QStringLiteral("hello"), {});
    QCOMPARE(hello.value(QStringLiteral("result")).toObject().value(QStringLiteral("protocol")).toInt(), 1);
    QCOMPARE(m_agent->state(), QProcess::Running);
}

void TestAgentStdio::notificationsGetNoReply()
{
    // A notification (no id) with an unknown method is dropped silently; the next request's
    // reply is the next line.
    m_agent->write(R"({"jsonrpc":"2.0","method":"nope"})"
                   "\n");
    const QJsonObject hello = request(QStringLiteral("hello"), {});
    QCOMPARE(hello.value(QStringLiteral("id")).toInt(), m_nextId - 1);
    QVERIFY(hello.contains(QStringLiteral("result")));
}

void TestAgentStdio::oversizeLineEndsSession()
{
    // Refused while it is still arriving: no newline is ever sent.
    m_agent->write(QByteArray(1100 * 1024, 'x'));
    const QJsonObject reply = readMessage(10000);
    QCOMPARE(reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32600);
    QVERIFY(reply.value(QStringLiteral("id")).isNull());
    const QJsonObject closing = readMessage(5000);
    QCOMPARE(closing.value(QStringLiteral("method")).toString(), QStringLiteral("session.closing"));
    QVERIFY(m_agent->waitForFinished(10000));
    QCOMPARE(m_agent->exitCode(), 1);
}

void TestAgentStdio::symlinkOutOfImageDirRefused()
{
    const QString t = m_tmp->path();
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), t + QStringLiteral("/images/out.eif")));
    const QJsonObject r = request(QStringLiteral("enclaves.run"),
        { { QStringLiteral("eifPath"), QStringLiteral("out.eif") }, { QStringLiteral("cpuCount"), 2 },
            { QStringLiteral("memoryMiB"), 512 } });
    QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32602);
    QVERIFY(r.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(u"outside the image directory"));
    QFile calls(t + QStringLiteral("/fake/calls"));
    QVERIFY(!calls.exists() || (calls.open(QIODevice::ReadOnly) && !calls.readAll().contains("run-enclave")));
}

void TestAgentStdio::uploadChecksumMismatchStoresNothing()
{
    const QByteArray data(300000, 'e');
    const QByteArray wrong = QCryptographicHash::hash("other", QCryptographicHash::Sha384).toHex();
    QJsonObject b = request(QStringLiteral("eif.upload.begin"),
        { { QStringLiteral("name"), QStringLiteral("new.eif") }, { QStringLiteral("size"), data.size() },
            { QStringLiteral("sha384"), QString::fromLatin1(wrong) } });
    const QString id
        = b.value(QStringLiteral("result")).toObject().value(QStringLiteral("uploadId")).toString();
    QVERIFY(!id.isEmpty());
    QJsonObject c = request(QStringLiteral("eif.upload.chunk"),
        { { QStringLiteral("uploadId"), id }, { QStringLiteral("offset"), 0 },
            { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } });
    QCOMPARE(
        c.value(QStringLiteral("result")).toObject().value(QStringLiteral("received")).toInt(), data.size());
    QJsonObject f = request(QStringLiteral("eif.upload.finish"), { { QStringLiteral("uploadId"), id } });
    QCOMPARE(f.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32004);
    QCOMPARE(QDir(m_tmp->path() + QStringLiteral("/images")).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("hello.eif") });

    // The same bytes with their real digest are stored, atomically, under the name asked for.
    const QByteArray right = QCryptographicHash::hash(data, QCryptographicHash::Sha384).toHex();
    b = request(QStringLiteral("eif.upload.begin"),
        { { QStringLiteral("name"), QStringLiteral("new.eif") }, { QStringLiteral("size"), data.size() },
            { QStringLiteral("sha384"), QString::fromLatin1(right) } });
    const QString id2
        = b.value(QStringLiteral("result")).toObject().value(QStringLiteral("uploadId")).toString();
    // Out of order: aborts the upload.
    c = request(QStringLiteral("eif.upload.chunk"),
        { { QStringLiteral("uploadId"), id2 }, { QStringLiteral("offset"), 5 },
            { QStringLiteral("data"), QStringLiteral("AA==") } });
    QCOMPARE(c.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32602);
    b = request(QStringLiteral("eif.upload.begin"),
        { { QStringLiteral("name"), QStringLiteral("new.eif") }, { QStringLiteral("size"), data.size() },
            { QStringLiteral("sha384"), QString::fromLatin1(right) } });
    const QString id3
        = b.value(QStringLiteral("result")).toObject().value(QStringLiteral("uploadId")).toString();
    for (qsizetype off = 0; off < data.size(); off += 100000)
        request(QStringLiteral("eif.upload.chunk"),
            { { QStringLiteral("uploadId"), id3 }, { QStringLiteral("offset"), off },
                { QStringLiteral("data"), QString::fromLatin1(data.mid(off, 100000).toBase64()) } });
    f = request(QStringLiteral("eif.upload.finish"), { { QStringLiteral("uploadId"), id3 } });
    QCOMPARE(f.value(QStringLiteral("result")).toObject().value(QStringLiteral("size")).toInt(), data.size());
    QFile stored(m_tmp->path() + QStringLiteral("/images/new.eif"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), data);
}

void TestAgentStdio::vsockStreamEcho()
{
    EchoServer echo(m_tmp->path() + QStringLiteral("/vsock/16_5000.sock"));
    QVERIFY(echo.ok());
    // The agent runs in another process; let the echo server's notifier run while we wait.
    QJsonObject open;
    m_agent->write(R"({"jsonrpc":"2.0","id":100,"method":"vsock.open","params":{"cid":16,"port":5000}})"
                   "\n");
    QByteArray echoed;
    bool closed = false;
    QElapsedTimer t;
    t.start();
    bool wrote = false;
    while (t.elapsed() < 10000 && !closed) {
        QTest::qWait(10);
        m_buffer += m_agent->readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QJsonObject m = QJsonDocument::fromJson(m_buffer.left(nl)).object();
            m_buffer.remove(0, nl + 1);
            if (m.value(QStringLiteral("id")).toInt() == 100)
                open = m;
            const QString method = m.value(QStringLiteral("method")).toString();
            const QJsonObject p = m.value(QStringLiteral("params")).toObject();
            if (method == u"stream.data")
                echoed += QByteArray::fromBase64(p.value(QStringLiteral("data")).toString().toLatin1());
            if (method == u"stream.closed")
                closed = p.value(QStringLiteral("reason")).toString() == u"eof";
        }
        if (!open.isEmpty() && !wrote) {
            QCOMPARE(
                open.value(QStringLiteral("result")).toObject().value(QStringLiteral("stream")).toString(),
                QStringLiteral("stream-1"));
            m_agent->write(
                R"({"jsonrpc":"2.0","id":101,"method":"stream.write","params":{"stream":"stream-1","data":")"
                + QByteArray("ping through vsock").toBase64() + "\"}}\n");
            // Half-close: the echo service sees EOF after the bytes, answers, then closes.
            m_agent->write(
                R"({"jsonrpc":"2.0","id":102,"method":"stream.close","params":{"stream":"stream-1"}})"
                "\n");
            wrote = true;
        }
    }
    QVERIFY(closed);
    QCOMPARE(echoed, QByteArray("ping through vsock"));
    QCOMPARE(echo.accepted(), 1);
}

void TestAgentStdio::healthCheck()
{
    EchoServer echo(m_tmp->path() + QStringLiteral("/vsock/16_5001.sock"));
    QVERIFY(echo.ok());
    m_agent->write(
        R"({"jsonrpc":"2.0","id":200,"method":"health.check","params":{"cid":16,"port":5001,"send":")"
        + QByteArray("HEALTH_CHECK").toBase64() + R"(","expect":")" + QByteArray("CHECK").toBase64()
        + "\"}}\n");
    QJsonObject reply;
    QVERIFY(waitUntil([&] {
        m_buffer += m_agent->readAllStandardOutput();
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0)
            return false;
        reply = QJsonDocument::fromJson(m_buffer.left(nl)).object();
        m_buffer.remove(0, nl + 1);
        return true;
    }));
    QCOMPARE(reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("ok")).toBool(), true);
    // Nobody on the port: a failed check, not an RPC error.
    const QJsonObject down = request(
        QStringLiteral("health.check"), { { QStringLiteral("cid"), 17 }, { QStringLiteral("port"), 5001 } });
    QCOMPARE(down.value(QStringLiteral("result")).toObject().value(QStringLiteral("ok")).toBool(), false);
    QVERIFY(
        !down.value(QStringLiteral("result")).toObject().value(QStringLiteral("error")).toString().isEmpty());
}

void TestAgentStdio::versionHasBuildId()
{
    QProcess p;
    p.start(QStringLiteral(ENCLAVE_AGENT_PATH), { QStringLiteral("--version") });
    QVERIFY(p.waitForFinished(5000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    static const QRegularExpression re(
        QStringLiteral("^enclave-agent \\d+\\.\\d+\\.\\d+ \\(build [0-9a-f]{16}\\)$"));
    QVERIFY2(re.match(out).hasMatch(), qPrintable(out));
    const QJsonObject hello = request(QStringLiteral("hello"), {});
    const QString buildId = hello.value(QStringLiteral("result"))
                                .toObject()
                                .value(QStringLiteral("agent"))
                                .toObject()
                                .value(QStringLiteral("buildId"))
                                .toString();
    QVERIFY(out.contains(QStringLiteral("(build %1)").arg(buildId)));
}

QTEST_GUILESS_MAIN(TestAgentStdio)
#include "tst_agentstdio.moc"

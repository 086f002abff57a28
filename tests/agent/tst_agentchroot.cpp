// The static agent in an empty root, for both architectures: a temporary directory holding only
// busybox-static (/bin/sh and its applets), /dev/null, the agent, the fake nitro-cli script and,
// for aarch64, qemu-aarch64-static. chroot into it and drive the agent with the real AgentClient:
// hello, list, run, console from boot, terminate, upload. This proves the binary needs nothing
// from the host (no libc, no Qt, no loader).

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>

#include "agenttestsupport.h"

using namespace enclave::agent;
using namespace enclave::agent::test;

namespace {
const QString kId = QStringLiteral("i-06c28848702514cd5-enc1904e4fea1636f6");

QString firstExisting(const QStringList &paths)
{
    for (const QString &p : paths)
        if (QFileInfo(p).isExecutable())
            return p;
    return {};
}
} // namespace

class TestAgentChroot final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void emptyRoot_data();
    void emptyRoot();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_root;
};

void TestAgentChroot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAgentChroot::cleanup()
{
    if (!m_root.isEmpty()) {
        QFile::remove(m_root + QStringLiteral("/fake/running")); // ends the fake console loop
        stopSimulatedEnclaves(m_root + QStringLiteral("/state")); // and any capture helper left
    }
    m_tmp.reset();
    m_root.clear();
}

void TestAgentChroot::emptyRoot_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<bool>("emulated");
    QTest::newRow("x86_64") << QStringLiteral(ENCLAVE_AGENT_PATH) << false;
    QTest::newRow("aarch64") << QStringLiteral(ENCLAVE_AGENT_AARCH64_PATH) << true;
}

void TestAgentChroot::emptyRoot()
{
    QFETCH(QString, agent);
    QFETCH(bool, emulated);
    if (::geteuid() != 0)
        QSKIP("chroot(2) needs root: run this test as root to prove the agent runs in an empty root");
    const QString chroot
        = firstExisting({ QStringLiteral("/usr/sbin/chroot"), QStringLiteral("/usr/bin/chroot") });
    const QString busybox
        = firstExisting({ QStringLiteral("/bin/busybox"), QStringLiteral("/usr/bin/busybox") });
    QVERIFY2(!chroot.isEmpty(), "chroot not found");
    QVERIFY2(!busybox.isEmpty(), "busybox-static not found (packaging/install-deps.sh installs it)");
    if (!QFile::exists(agent))
        QSKIP("this agent was not built (aarch64: configure with ENCLAVE_AGENT_CROSS_AARCH64=ON)");
    const QString qemu = firstExisting({ QStringLiteral("/usr/bin/qemu-aarch64-static") });
    if (emulated && qemu.isEmpty())
        QSKIP("qemu-aarch64-static not found (packaging/install-deps.sh installs qemu-user-static)");

    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_root = m_tmp->path() + QStringLiteral("/root");
    for (const char *d : { "bin", "usr/bin", "dev", "images", "state", "fake", "tmp" })
        QVERIFY(QDir().mkpath(m_root + u'/' + QLatin1StringView(d)));
    QVERIFY(QFile::copy(busybox, m_root + QStringLiteral("/bin/busybox")));
    QVERIFY(QFile::copy(agent, m_root + QStringLiteral("/enclave-agent")));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/../agent/fake-nitro-cli.sh"),
        m_root + QStringLiteral("/fake/nitro-cli")));
    QVERIFY(QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"), m_root + QStringLiteral("/images/hello.eif")));
    const auto exec
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_root + QStringLiteral("/fake/nitro-cli"), exec));
    QVERIFY(QFile::setPermissions(m_root + QStringLiteral("/enclave-agent"), exec));
    QVERIFY(QFile::setPermissions(m_root + QStringLiteral("/bin/busybox"), exec));
    QVERIFY(::mknod(QFile::encodeName(m_root + QStringLiteral("/dev/null")).constData(), S_IFCHR | 0666,
                makedev(1, 3))
        == 0);
    if (emulated)
        QVERIFY(QFile::copy(qemu, m_root + QStringLiteral("/usr/bin/qemu-aarch64-static")));
    // busybox's applets (sh, cat, sleep, rm, ...) as links, made by busybox inside the root.
    QProcess install;
    install.start(chroot,
        { m_root, QStringLiteral("/bin/busybox"), QStringLiteral("--install"), QStringLiteral("-s"),
            QStringLiteral("/bin") });
    QVERIFY(install.waitForFinished(10000));
    QCOMPARE(install.exitCode(), 0);
    QVERIFY(QFileInfo(m_root + QStringLiteral("/bin/sh")).isSymLink());

    QStringList args { m_root };
    if (emulated)
        args << QStringLiteral("/usr/bin/qemu-aarch64-static"); // no binfmt_misc needed
    args << QStringLiteral("/enclave-agent") << QStringLiteral("--stdio") << QStringLiteral("--state-dir")
         << QStringLiteral("/state") << QStringLiteral("--image-dir") << QStringLiteral("/images")
         << QStringLiteral("--nitro-cli") << QStringLiteral("/fake/nitro-cli");
    if (emulated)
        args << QStringLiteral("--exec-wrapper") << QStringLiteral("/usr/bin/qemu-aarch64-static");
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("FAKE_NITRO_DIR", "/fake");
    qputenv("PATH", "/bin"); // inside the root; chroot itself is started by absolute path
    AgentClient client;
    client.setEndpoint(AgentEndpoint::local(chroot, args));
    client.connectToAgent();
    const bool connected = client.waitForConnected(30000);
    qputenv("PATH", oldPath);
    QVERIFY2(connected, qPrintable(client.lastError()));
    QCOMPARE(client.helloInfo()
                 .value(QStringLiteral("agent"))
                 .toObject()
                 .value(QStringLiteral("buildId"))
                 .toString()
                 .size(),
        16);

    auto list = client.callSync(QStringLiteral("enclaves.list"));
    QVERIFY(list);
    QVERIFY(list->toArray().isEmpty());

    const auto run = client.callSync(QStringLiteral("enclaves.run"),
        QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("hello.eif") },
            { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 512 },
            { QStringLiteral("debugMode"), true } },
        30000);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->toObject().value(QStringLiteral("EnclaveID")).toString(), kId);

    QByteArray console;
    QString closed;
    connect(&client, &AgentClient::consoleData, this,
        [&](const QString &, qint64, const QByteArray &d) { console += d; });
    connect(
        &client, &AgentClient::consoleClosed, this, [&](const QString &, const QString &r) { closed = r; });
    client.subscribeConsole(kId);
    QVERIFY(waitUntil([&] { return console.contains("app tick 3\n"); }, 30000));
    QVERIFY(console.startsWith("[    0.000000] Linux version")); // captured from boot

    list = client.callSync(QStringLiteral("enclaves.list"));
    QCOMPARE(list->toArray().at(0).toObject().value(QStringLiteral("State")).toString(),
        QStringLiteral("RUNNING"));
    const auto term = client.callSync(
        QStringLiteral("enclaves.terminate"), QJsonObject { { QStringLiteral("enclaveId"), kId } }, 30000);
    QVERIFY(term);
    QVERIFY(waitUntil([&] { return !closed.isEmpty(); }, 30000));

    // Upload: checked with the agent's own SHA-384 (no OpenSSL in the root) and stored atomically.
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data.append(char(i * 7));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha384).toHex());
    const auto begin = client.callSync(QStringLiteral("eif.upload.begin"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("up.eif") },
            { QStringLiteral("size"), data.size() }, { QStringLiteral("sha384"), sha } });
    QVERIFY(begin);
    const QString uploadId = begin->toObject().value(QStringLiteral("uploadId")).toString();
    const auto chunk = client.callSync(QStringLiteral("eif.upload.chunk"),
        QJsonObject { { QStringLiteral("uploadId"), uploadId }, { QStringLiteral("offset"), 0 },
            { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } });
    QVERIFY(chunk);
    const auto finish = client.callSync(
        QStringLiteral("eif.upload.finish"), QJsonObject { { QStringLiteral("uploadId"), uploadId } });
    QVERIFY2(finish, qPrintable(finish ? QString() : finish.error().toString()));
    QFile stored(m_root + QStringLiteral("/images/up.eif"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), data);
    const auto images = client.callSync(QStringLiteral("eif.list"));
    QCOMPARE(images->toArray().size(), 2);
    client.disconnectFromAgent();
}

QTEST_GUILESS_MAIN(TestAgentChroot)
#include "tst_agentchroot.moc"

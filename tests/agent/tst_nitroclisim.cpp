// nitro-cli-sim on its own, as a user's script sees it: exit codes (the E number), "[ Exx ]"
// lines with the error log, nitro-cli's JSON shapes and key order, the console banner, launch
// rules, serialized launches and unique CIDs.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "agent/agenttestsupport.h"

using namespace enclave::agent::test;

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestNitroCliSim final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runDescribeTerminate();
    void errors_data();
    void errors();
    void bootFailureIsE36ThenE39();
    void consoleBannerAndEof();
    void parallelLaunchesGetDistinctCids();
    void describeEifAndUnsupported();

private:
    Run sim(const QStringList &args, int timeoutMs = 30000);
    QString eif() const { return m_state + QStringLiteral("/images/unsigned_v4.eif"); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_state;
};

void TestNitroCliSim::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_state = m_tmp->path() + QStringLiteral("/sim");
    prepareSimulator(m_state, "console_interval_ms: 10\nconsole_lines: 0\nenclave_lifetime_s: 60\n");
}

void TestNitroCliSim::cleanup()
{
    stopSimulatedEnclaves(m_state);
    m_tmp.reset();
}

Run TestNitroCliSim::sim(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NITRO_CLI_SIM_STATE_DIR"), m_state);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NITRO_CLI_SIM_PATH), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestNitroCliSim::runDescribeTerminate()
{
    const Run run = sim({ QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(),
        QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--cpu-count"), QStringLiteral("2"),
        QStringLiteral("--enclave-name"), QStringLiteral("hello") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("Start allocating memory...\n"));
    QVERIFY(run.err.contains("Started enclave with enclave-cid: 16, memory: 256 MiB, cpu-ids: [1, 2]\n"));
    // serde's pretty form, fields in EnclaveRunInfo's order.
    QVERIFY2(
        QRegularExpression(
            QStringLiteral(
                "^\\{\n  \"EnclaveName\": \"hello\",\n  \"EnclaveID\": \"i-[0-9a-f]{17}-enc[0-9a-f]{16}\",\n"
                "  \"ProcessID\": \\d+,\n  \"EnclaveCID\": 16,\n  \"NumberOfCPUs\": 2,\n"
                "  \"CPUIDs\": \\[\n    1,\n    2\n  \\],\n  \"MemoryMiB\": 256\n\\}\n$"))
            .match(QString::fromUtf8(run.out))
            .hasMatch(),
        run.out.constData());
    const QString id
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("EnclaveID")).toString();

    Run d = sim({ QStringLiteral("describe-enclaves") });
    QCOMPARE(d.exitCode, 0);
    const QJsonObject e = QJsonDocument::fromJson(d.out).array().at(0).toObject();
    QCOMPARE(e.value(QStringLiteral("EnclaveID")).toString(), id);
    QCOMPARE(e.value(QStringLiteral("State")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(e.value(QStringLiteral("Flags")).toString(), QStringLiteral("NONE"));
    QVERIFY(d.out.indexOf("\"MemoryMiB\"") < d.out.indexOf("\"State\"")
        && d.out.indexOf("\"State\"") < d.out.indexOf("\"Flags\""));

    // A second one with the same name: next CID, suffixed name.
    const Run second = sim({ QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(),
        QStringLiteral("--memory"), QStringLiteral("1G"), QStringLiteral("--cpu-ids"), QStringLiteral("3"),
        QStringLiteral("4"), QStringLiteral("--enclave-name"), QStringLiteral("hello") });
    QCOMPARE(second.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(s.value(QStringLiteral("EnclaveCID")).toInt(), 17);
    QCOMPARE(s.value(QStringLiteral("EnclaveName")).toString(), QStringLiteral("hello_1"));
    QCOMPARE(s.value(QStringLiteral("MemoryMiB")).toInt(), 1024);

    const Run t = sim({ QStringLiteral("terminate-enclave"), QStringLiteral("--enclave-id"), id });
    QCOMPARE(t.exitCode, 0);
    QVERIFY(t.err.contains(QByteArray("Successfully terminated enclave " + id.toUtf8() + ".\n")));
    QCOMPARE(QJsonDocument::fromJson(t.out).object().value(QStringLiteral("Terminated")).toBool(), true);
    const Run all = sim({ QStringLiteral("terminate-enclave"), QStringLiteral("--all") });
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 1);
    d = sim({ QStringLiteral("describe-enclaves") });
    QCOMPARE(d.out, QByteArray("[]\n"));
    QVERIFY(QDir(m_state + QStringLiteral("/vsock"))
                .entryList(QDir::System | QDir::Files)
                .isEmpty()); // sockets gone
}

void TestNitroCliSim::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code"); // the first [ Exx ] on stderr; empty for clap's errors
    const QString e = QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif");
    auto run = [&](std::initializer_list<const char *> extra) {
        return QStringList { QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), e } + args(extra);
    };
    QTest::newRow("odd cpu count") << run({ "--memory", "256", "--cpu-count", "1" }) << 39
                                   << QStringLiteral("E29");
    QTest::newRow("more CPUs than the pool")
        << run({ "--memory", "256", "--cpu-count", "6" }) << 39 << QStringLiteral("E22");
    QTest::newRow("duplicate cpu id")
        << run({ "--memory", "256", "--cpu-ids", "1", "1" }) << 39 << QStringLiteral("E20");
    QTest::newRow("cpu not in pool") << run({ "--memory", "256", "--cpu-ids", "1", "9" }) << 39
                                     << QStringLiteral("E21");
    QTest::newRow("memory 0") << run({ "--memory", "0", "--cpu-count", "2" }) << 39 << QStringLiteral("E26");
    QTest::newRow("beyond allocator")
        << run({ "--memory", "8G", "--cpu-count", "2" }) << 39 << QStringLiteral("E27");
    QTest::newRow("below 64 MiB") << run({ "--memory", "32", "--cpu-count", "2" }) << 39
                                  << QStringLiteral("E29");
    QTest::newRow("bad memory") << run({ "--memory", "lots", "--cpu-count", "2" }) << 3
                                << QStringLiteral("E03");
    QTest::newRow("reserved CID") << run({ "--memory", "256", "--cpu-count", "2", "--enclave-cid", "3" }) << 3
                                  << QStringLiteral("E03");
    QTest::newRow("missing EIF") << args(
        { "run-enclave", "--eif-path", "/nonexistent.eif", "--memory", "256", "--cpu-count", "2" })
                                 << 39 << QStringLiteral("E19");
    QTest::newRow("not an EIF") << args({ "run-enclave", "--eif-path",
        TEST_DATA_DIR "/eif/unsigned_v4.expected.json", "--memory", "256", "--cpu-count", "2" })
                                << 39 << QStringLiteral("E35");
    QTest::newRow("count and ids") << run({ "--memory", "256", "--cpu-count", "2", "--cpu-ids", "1", "2" })
                                   << 2 << QString();
    QTest::newRow("no memory") << run({ "--cpu-count", "2" }) << 2 << QString();
    QTest::newRow("unknown option") << run({ "--memory", "256", "--cpu-count", "2", "--turbo" }) << 2
                                    << QString();
    QTest::newRow("terminate unknown id")
        << args({ "terminate-enclave", "--enclave-id", "i-0123456789abcdef0-enc0123456789abcdef" }) << 11
        << QStringLiteral("E11");
    QTest::newRow("terminate unknown name")
        << args({ "terminate-enclave", "--enclave-name", "nobody" }) << 58 << QStringLiteral("E58");
    QTest::newRow("console unknown id")
        << args({ "console", "--enclave-id", "i-0123456789abcdef0-enc0123456789abcdef" }) << 11
        << QStringLiteral("E11");
    QTest::newRow("build-enclave") << args({ "build-enclave", "--docker-uri", "hello", "--output-file",
        "x.eif" }) << 48 << QStringLiteral("E48");
    QTest::newRow("describe-eif missing")
        << args({ "describe-eif", "--eif-path", "/nonexistent.eif" }) << 19 << QStringLiteral("E19");
    QTest::newRow("unknown subcommand") << args({ "fly" }) << 2 << QString();
}

void TestNitroCliSim::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    const Run r = sim(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty()); // no JSON on failure
    if (code.isEmpty()) {
        QVERIFY2(r.err.startsWith("error: "), r.err.constData()); // clap's form
        return;
    }
    const auto first
        = QRegularExpression(QStringLiteral("^\\[ (E\\d\\d) \\] (.*)$"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(r.err));
    QVERIFY2(first.hasMatch(), r.err.constData());
    QCOMPARE(first.captured(1), code);
    QVERIFY(r.err.contains(
        QByteArray("https://docs.aws.amazon.com/enclaves/latest/user/cli-errors.html#" + code.toUtf8())));
    const auto log = QRegularExpression(QStringLiteral("error log found at \"([^\"]+)\""))
                         .match(QString::fromUtf8(r.err));
    QVERIFY(log.hasMatch());
    QFile logFile(log.captured(1));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    QVERIFY(logFile.readAll().contains(code.toUtf8()));
    if (exitCode == 39)
        QVERIFY(r.err.contains("Failed connections: 1\n[ E39 ]"));
    QCOMPARE(sim({ QStringLiteral("describe-enclaves") }).out, QByteArray("[]\n")); // nothing left behind
}

void TestNitroCliSim::bootFailureIsE36ThenE39()
{
    prepareSimulator(m_state, "boot_failure: 1\n");
    const Run r = sim(
        { QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(), QStringLiteral("--memory"),
            QStringLiteral("256"), QStringLiteral("--cpu-count"), QStringLiteral("2") });
    QCOMPARE(r.exitCode, 39);
    QVERIFY2(r.err.contains("[ E36 ] Enclave boot failure."), r.err.constData());
    QVERIFY(r.err.indexOf("[ E36 ]") < r.err.indexOf("[ E39 ]"));
    QCOMPARE(sim({ QStringLiteral("describe-enclaves") }).out, QByteArray("[]\n"));
}

void TestNitroCliSim::consoleBannerAndEof()
{
    prepareSimulator(m_state, "console_interval_ms: 10\nconsole_lines: 50\nenclave_lifetime_s: 60\n");
    const Run run = sim({ QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(),
        QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--cpu-count"), QStringLiteral("2"),
        QStringLiteral("--debug-mode") });
    QCOMPARE(run.exitCode, 0);
    const QString id
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("EnclaveID")).toString();
    // From boot (the application waits for its first reader), to EOF when its 50 lines ran out.
    const Run c = sim({ QStringLiteral("console"), QStringLiteral("--enclave-id"), id }, 30000);
    QCOMPARE(c.exitCode, 0);
    QVERIFY(c.out.startsWith(
        "Connecting to the console for enclave 16...\nSuccessfully connected to the console.\n"
        "[    0.000000] Linux version"));
    QVERIFY(c.out.contains("Command line: reboot=k panic=30"));
    QVERIFY(c.out.endsWith(expectedAppOutput(50)));
    // The enclave is gone, as with nitro-cli: no exited state.
    QCOMPARE(sim({ QStringLiteral("describe-enclaves") }).out, QByteArray("[]\n"));

    // Not debug mode: E44. --disconnect-timeout ends a console of a quiet enclave.
    prepareSimulator(m_state, "console_interval_ms: 60000\nenclave_lifetime_s: 60\n");
    const Run plain = sim({ QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(),
        QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--cpu-count"), QStringLiteral("2"),
        QStringLiteral("--enclave-name"), QStringLiteral("plain") });
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(sim({ QStringLiteral("console"), QStringLiteral("--enclave-name"), QStringLiteral("plain") })
                 .exitCode,
        44);
    const Run quiet = sim({ QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(),
        QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--cpu-count"), QStringLiteral("2"),
        QStringLiteral("--debug-mode"), QStringLiteral("--enclave-name"), QStringLiteral("quiet") });
    QCOMPARE(quiet.exitCode, 0);
    QElapsedTimer t;
    t.start();
    const Run timed = sim({ QStringLiteral("console"), QStringLiteral("--enclave-name"),
        QStringLiteral("quiet"), QStringLiteral("--disconnect-timeout"), QStringLiteral("1") });
    QCOMPARE(timed.exitCode, 0);
    QVERIFY(t.elapsed() >= 1000 && t.elapsed() < 10000);
    QVERIFY(timed.out.contains("init: starting application\n"));
}

void TestNitroCliSim::parallelLaunchesGetDistinctCids()
{
    QFile a(m_state + QStringLiteral("/allocator.yaml"));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("memory_mib: 4096\ncpu_count: 8\n");
    a.close();
    QList<QProcess *> procs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NITRO_CLI_SIM_STATE_DIR"), m_state);
    for (int i = 0; i < 4; ++i) {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(NITRO_CLI_SIM_PATH),
            { QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(), QStringLiteral("--memory"),
                QStringLiteral("256"), QStringLiteral("--cpu-count"), QStringLiteral("2") });
        procs << p;
    }
    QSet<int> cids;
    for (QProcess *p : procs) {
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 0);
        cids.insert(QJsonDocument::fromJson(p->readAllStandardOutput())
                        .object()
                        .value(QStringLiteral("EnclaveCID"))
                        .toInt());
    }
    qDeleteAll(procs);
    QCOMPARE(cids, (QSet<int> { 16, 17, 18, 19 }));
    // A fifth finds the pool empty.
    const Run r = sim({ QStringLiteral("run-enclave"), QStringLiteral("--eif-path"), eif(),
        QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--cpu-count"), QStringLiteral("2"),
        QStringLiteral("--enclave-cid"), QStringLiteral("16") });
    QCOMPARE(r.exitCode, 39);
    QVERIFY(r.err.startsWith("Start allocating memory...\n[ E22 ]"));
}

void TestNitroCliSim::describeEifAndUnsupported()
{
    const Run d = sim({ QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), eif() });
    QCOMPARE(d.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(d.out).object();
    QCOMPARE(o.value(QStringLiteral("EifVersion")).toInt(), 4);
    QCOMPARE(
        o.value(QStringLiteral("Measurements")).toObject().value(QStringLiteral("PCR0")).toString().size(),
        96);
    QVERIFY(!o.contains(QStringLiteral("Sections"))); // nitro-cli's keys only
    QVERIFY(d.out.indexOf("\"EifVersion\"") < d.out.indexOf("\"Measurements\"")
        && d.out.indexOf("\"Measurements\"") < d.out.indexOf("\"IsSigned\""));
    const Run v = sim({ QStringLiteral("--version") });
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("Nitro CLI 1.5.0"));
}

QTEST_GUILESS_MAIN(TestNitroCliSim)
#include "tst_nitroclisim.moc"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/fixtures.h"
#include "common/toolrun.h"
#include "cpio/cpiopatch.h"
#include "cpio/cpiowriter.h"
#include "eif/eifwriter.h"

using namespace enclave;
using namespace enclave::test;
using namespace cpiopatch;

namespace {

using Run = test::ToolRun;

Run tool(const QStringList &args)
{
    return test::runTool(args);
}

QByteArray appRamdisk(quint32 hostsMtime, const QByteArray &serverBytes)
{
    CpioWriter w;
    w.addDirectory(QStringLiteral("rootfs"), 0755);
    w.addFile(QStringLiteral("rootfs/server"), serverBytes, 0755);
    w.addFile(QStringLiteral("rootfs/etc/hosts"), QByteArray("127.0.0.1 localhost\n"), 0644);
    w.addFile(QStringLiteral("rootfs/evil\x1b[31mname"), QByteArray("x"), 0644);
    QByteArray a = w.finish();
    setField(a, "rootfs/etc/hosts", Mtime, hostsMtime);
    return a;
}

bool writeEif(const QString &path, const QByteArray &app, bool gzip)
{
    EifWriter w;
    w.setKernel(QByteArray(2048, 'K'));
    w.setCmdline(QByteArray("console=ttyS0"));
    w.setMetadata(QByteArray("{\"ImageName\":\"t\",\"ImageVersion\":\"1\",\"BuildMetadata\":{},"
                             "\"DockerInfo\":null,\"CustomMetadata\":null}"));
    CpioWriter boot;
    boot.addFile(QStringLiteral("init"), QByteArray("init"), 0755);
    w.addRamdisk(boot.finish());
    w.addRamdisk(gzip ? *CpioWriter::gzip(app) : app);
    return w.write(path).has_value();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMeasureCli final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_base, m_mtime, m_content, m_broken, m_policy, m_badPolicy, m_describe;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.eif"));
        m_mtime = m_dir.filePath(QStringLiteral("mtime.eif"));
        m_content = m_dir.filePath(QStringLiteral("content.eif"));
        m_broken = m_dir.filePath(QStringLiteral("broken.eif"));
        QVERIFY(writeEif(m_base, appRamdisk(1700000000, "server v1"), true));
        QVERIFY(writeEif(m_mtime, appRamdisk(1700000500, "server v1"), true));
        QVERIFY(writeEif(m_content, appRamdisk(1700000000, "server v2"), true));
        QByteArray lying = appRamdisk(1700000000, "server v1");
        setField(lying, "rootfs/server", FileSize, 0x00ffffff);
        QVERIFY(writeEif(m_broken, lying, false));

        const QJsonObject expected
            = QJsonDocument::fromJson(readFile(eifFixture(QStringLiteral("unsigned_v4.expected.json"))))
                  .object();
        const QJsonObject describe = expected.value(QLatin1StringView("nitro_cli_describe_eif")).toObject();
        m_describe = write(QStringLiteral("describe.json"), QJsonDocument(describe).toJson());
        const QString pcr0 = describe.value(QLatin1StringView("Measurements"))
                                 .toObject()
                                 .value(QLatin1StringView("PCR0"))
                                 .toString();
        const QByteArray policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                                  "\"Action\": \"kms:Decrypt\","
                                  " \"Resource\": \"*\", \"Condition\": {\"StringEqualsIgnoreCase\": "
                                  "{\"kms:RecipientAttestation:ImageSha384\": \""
            + pcr0.toUpper().toLatin1() + "\"}}}]}";
        m_policy = write(QStringLiteral("policy.json"), policy);
        m_badPolicy = write(QStringLiteral("bad-policy.json"),
            QByteArray(policy).replace(pcr0.toUpper().toLatin1(), QByteArray(96, 'a')));
        QVERIFY(!m_describe.isEmpty() && !m_policy.isEmpty());
    }

    void diffExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas"); // one line when set
        const QString u4 = eifFixture(QStringLiteral("unsigned_v4.eif"));
        QTest::newRow("EIF vs its nitro-cli describe-eif")
            << QStringList { u4, QStringLiteral("@describe") } << 0
            << QStringLiteral("identical: 3 PCRs compared") << QString();
        QTest::newRow("EIF vs KMS policy (upper-case value)")
            << QStringList { u4, QStringLiteral("@policy") } << 0
            << QStringLiteral("identical: 1 PCRs compared") << QString();
        QTest::newRow("EIF vs wrong KMS policy") << QStringList { QStringLiteral("@badpolicy"), u4 } << 1
                                                 << QStringLiteral("measurements differ: PCR0") << QString();
        QTest::newRow("v4 vs v3 arm64")
            << QStringList { u4, eifFixture(QStringLiteral("unsigned_v3_arm64.eif")) } << 0
            << QStringLiteral("metadata only in left") << QString();
        QTest::newRow("unsigned vs signed")
            << QStringList { u4, eifFixture(QStringLiteral("signed_p384_v4.eif")) } << 1
            << QStringLiteral("signature only in right (moves PCR8)") << QString();
        QTest::newRow("EIF vs real attestation document")
            << QStringList { u4,
                   attestationFixture(QStringLiteral("base-nitrovalidator-indefmap-2026-01-03.cbor")) }
            << 1 << QStringLiteral("measurements differ: PCR0, PCR1, PCR2") << QString();
        QTest::newRow("mtime-only change")
            << QStringList { QStringLiteral("@base"), QStringLiteral("@mtime") } << 1
            << QStringLiteral("[mtime/owner only]") << QString();
        QTest::newRow("content change") << QStringList { QStringLiteral("@base"), QStringLiteral("@content") }
                                        << 1 << QStringLiteral("~ rootfs/server  content") << QString();
        QTest::newRow("hostile name escaped")
            << QStringList { QStringLiteral("@base"), eifFixture(QStringLiteral("unsigned_v4.eif")) } << 1
            << QStringLiteral("rootfs/evil\\x1b[31mname") << QString();
        QTest::newRow("one source") << QStringList { u4 } << 2 << QString()
                                    << QStringLiteral("enclave-tool: expected two sources");
        QTest::newRow("missing file")
            << QStringList { u4, QStringLiteral("/nonexistent/x.eif") } << 2 << QString()
            << QStringLiteral("enclave-tool: /nonexistent/x.eif: cannot open");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus"), u4, u4 } << 2 << QString()
                                        << QStringLiteral("enclave-tool: Unknown option 'bogus'");
        QTest::newRow("not a source")
            << QStringList { u4, eifFixture(QStringLiteral("signed_p384_v4.cert.pem")) } << 2 << QString()
            << QStringLiteral("signed_p384_v4.cert.pem: offset 0: not an EIF");
    }
    void diffExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        for (QString &a : args) {
            if (a == u"@describe")
                a = m_describe;
            else if (a == u"@policy")
                a = m_policy;
            else if (a == u"@badpolicy")
                a = m_badPolicy;
            else if (a == u"@base")
                a = m_base;
            else if (a == u"@mtime")
                a = m_mtime;
            else if (a == u"@content")
                a = m_content;
        }
        const Run r = tool(QStringList { QStringLiteral("diff") } + args);
        QVERIFY2(r.exitCode == exitCode, QByteArray(r.out + r.err).constData());
        if (!stdoutHas.isEmpty())
            QVERIFY2(QString::fromUtf8(r.out).contains(stdoutHas), r.out.constData());
        if (!stderrHas.isEmpty()) {
            QVERIFY2(r.err.startsWith("enclave-tool: ") && QString::fromUtf8(r.err).contains(stderrHas),
                r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        QVERIFY(!r.out.contains('\x1b'));
    }

    // A policy written by the kms module's kms-policy, read back by diff: the same PCRs.
    void kmsPolicyRoundTrip()
    {
        const Run policy = tool({ QStringLiteral("kms-policy"), QStringLiteral("--from"),
            eifFixture(QStringLiteral("signed_p384_v4.eif")), QStringLiteral("--principal"),
            QStringLiteral("arn:aws:iam::111122223333:role/app") });
        QCOMPARE(policy.exitCode, 0);
        const QString path = write(QStringLiteral("generated-policy.json"), policy.out);
        const Run r
            = tool({ QStringLiteral("diff"), path, eifFixture(QStringLiteral("signed_p384_v4.eif")) });
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("identical: 4 PCRs compared"));
        const Run other
            = tool({ QStringLiteral("diff"), path, eifFixture(QStringLiteral("unsigned_v4.eif")) });
        QCOMPARE(other.exitCode, 1);
        QVERIFY(other.out.contains("measurements differ: PCR8"));
    }

    void diffJson()
    {
        const Run r = tool({ QStringLiteral("diff"), QStringLiteral("--json"), m_base, m_content });
        QCOMPARE(r.exitCode, 1);
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1StringView("identical")).toBool(true), false);
        QCOMPARE(o.value(QLatin1StringView("left")).toObject().value(QLatin1StringView("type")).toString(),
            QStringLiteral("eif"));
        const QJsonObject eif = o.value(QLatin1StringView("eif")).toObject();
        QCOMPARE(eif.value(QLatin1StringView("movedPcrs")).toArray(),
            (QJsonArray { QStringLiteral("PCR0"), QStringLiteral("PCR2") }));
        QJsonArray files;
        for (const QJsonValue &s : eif.value(QLatin1StringView("sections")).toArray()) {
            if (s.toObject().value(QLatin1StringView("section")).toString() == u"ramdisk 1")
                files = s.toObject().value(QLatin1StringView("files")).toArray();
        }
        QCOMPARE(files.size(), 1);
        const QJsonObject f = files.at(0).toObject();
        QCOMPARE(f.value(QLatin1StringView("path")).toString(), QStringLiteral("rootfs/server"));
        QCOMPARE(f.value(QLatin1StringView("aspects")).toArray(), QJsonArray { QStringLiteral("content") });
        QCOMPARE(f.value(QLatin1StringView("right")).toObject().value(QLatin1StringView("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash("server v2", QCryptographicHash::Sha256).toHex()));
    }

    void listRamdisk_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("all, text") << QStringList { QStringLiteral("--eif-path"), QStringLiteral("@base") }
                                   << 0
                                   << QStringLiteral(
                                          "-rwxr-xr-x 0/0                  9 1970-01-01T00:00:00Z ")
                                   << QString();
        QTest::newRow("mtime shown in UTC") << QStringList { QStringLiteral("--eif-path"),
            QStringLiteral("@base"), QStringLiteral("--ramdisk"), QStringLiteral("1") }
                                            << 0 << QStringLiteral("2023-11-14T22:13:20Z") << QString();
        QTest::newRow("hostile name escaped")
            << QStringList { QStringLiteral("--eif-path"), QStringLiteral("@base") } << 0
            << QStringLiteral("rootfs/evil\\x1b[31mname") << QString();
        QTest::newRow("no such ramdisk")
            << QStringList { QStringLiteral("--eif-path"), QStringLiteral("@base"),
                   QStringLiteral("--ramdisk"), QStringLiteral("2") }
            << 2 << QString() << QStringLiteral("enclave-tool: --ramdisk 2: the image has 2 ramdisks");
        QTest::newRow("missing --eif-path") << QStringList {} << 2 << QString()
                                            << QStringLiteral("enclave-tool: --eif-path FILE is required");
        QTest::newRow("lying size") << QStringList { QStringLiteral("--eif-path"), QStringLiteral("@broken") }
                                    << 1 << QStringLiteral("ramdisk 1")
                                    << QStringLiteral("enclave-tool: @broken: offset ");
        QTest::newRow("not an EIF") << QStringList {
            QStringLiteral("--eif-path"), eifFixture(QStringLiteral("signed_p384_v4.cert.pem"))
        } << 1 << QString() << QStringLiteral("signed_p384_v4.cert.pem: offset 542: file is 542 bytes");
    }
    void listRamdisk()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        for (QString &a : args) {
            if (a == u"@base")
                a = m_base;
            else if (a == u"@broken")
                a = m_broken;
        }
        stderrHas.replace(QLatin1StringView("@broken"), m_broken);
        const Run r = tool(QStringList { QStringLiteral("list-ramdisk") } + args);
        QVERIFY2(r.exitCode == exitCode, QByteArray(r.out + r.err).constData());
        if (!stdoutHas.isEmpty())
            QVERIFY2(QString::fromUtf8(r.out).contains(stdoutHas), r.out.constData());
        if (!stderrHas.isEmpty()) {
            QVERIFY2(r.err.startsWith("enclave-tool: ") && QString::fromUtf8(r.err).contains(stderrHas),
                r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        QVERIFY(!r.out.contains('\x1b'));
    }

    void listRamdiskJson()
    {
        const Run r = tool({ QStringLiteral("list-ramdisk"), QStringLiteral("--eif-path"), m_base,
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray ramdisks = o.value(QLatin1StringView("ramdisks")).toArray();
        QCOMPARE(ramdisks.size(), 2);
        QCOMPARE(ramdisks.at(0).toObject().value(QLatin1StringView("compression")).toString(),
            QStringLiteral("none"));
        const QJsonObject app = ramdisks.at(1).toObject();
        QCOMPARE(app.value(QLatin1StringView("compression")).toString(), QStringLiteral("gzip"));
        const QJsonArray entries = app.value(QLatin1StringView("entries")).toArray();
        QStringList paths;
        for (const QJsonValue &e : entries)
            paths.append(e.toObject().value(QLatin1StringView("path")).toString());
        QCOMPARE(paths,
            (QStringList { QStringLiteral("rootfs"), QStringLiteral("rootfs/server"),
                QStringLiteral("rootfs/etc/hosts"), QStringLiteral("rootfs/evil\x1b[31mname") }));
        const QJsonObject hosts = entries.at(2).toObject();
        QCOMPARE(hosts.value(QLatin1StringView("mtime")).toInteger(), 1700000000);
        QCOMPARE(hosts.value(QLatin1StringView("mode")).toString(), QStringLiteral("0644"));
        QCOMPARE(hosts.value(QLatin1StringView("sha256")).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash("127.0.0.1 localhost\n", QCryptographicHash::Sha256).toHex()));
    }
};

QTEST_GUILESS_MAIN(TestMeasureCli)
#include "tst_measurecli.moc"

// Runs the real enclave-tool binary: exit statuses (0 good, 1 bad input, 2 usage), JSON on stdout,
// and the one-line "enclave-tool: FILE: offset N: what is wrong" error on stderr.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/hex.h"
#include "crypto/digest.h"
#include "eif/eiftestsupport.h"

using namespace enclave;
using namespace enclave::test;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ENCLAVE_TOOL_PATH), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestCliEif final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void describeErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("jsonPrinted");
        QTest::addColumn<QString>("error"); // after "enclave-tool: FILE: "
        const QByteArray kcr = kcrEif();
        QTest::newRow("empty") << QByteArray() << 1 << false
                               << QStringLiteral("offset 0: empty file, not an EIF");
        QTest::newRow("short header")
            << kcr.left(10) << 1 << false
            << QStringLiteral("offset 10: file is 10 bytes, shorter than the 548-byte EIF header");
        QByteArray b = kcr;
        b[0] = 'x';
        QTest::newRow("wrong magic") << b << 1 << false
                                     << QStringLiteral(
                                            "offset 0: bad magic 78656966, expected 2e656966 (\".eif\")");
        b = kcr;
        putBe64(b, 578, 1000);
        QTest::newRow("size past EOF")
            << b << 1 << false
            << QStringLiteral(
                   "offset 578: section 2 (Ramdisk): size 1000 goes past end of file (1 bytes left)");
        b = kcr;
        b[586] = 'Z';
        QTest::newRow("CRC mismatch")
            << b << 1 << true
            << QStringLiteral("offset 544: CRC mismatch: eif_crc32 is ee9f4081, the file's CRC-32 is ");
        QTest::newRow("good") << buildEif({ { 1, "K" }, { 2, "C" }, { 5, "{}" }, { 3, "R" } }) << 0 << true
                              << QString();
    }
    void describeErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(bool, jsonPrinted);
        QFETCH(QString, error);
        const QString path = writeFile(m_dir, QStringLiteral("in.eif"), bytes);
        const Run r = run({ QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), path });
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(!r.json().isEmpty(), jsonPrinted);
        if (error.isEmpty()) {
            QCOMPARE(r.err, QByteArray());
            return;
        }
        const QString line = QString::fromUtf8(r.err);
        QCOMPARE(line.count(u'\n'), 1);
        QVERIFY(line.endsWith(u'\n'));
        const QString prefix = QStringLiteral("enclave-tool: ") + path + QStringLiteral(": ");
        QVERIFY2(line.startsWith(prefix + error), qPrintable(line));
    }

    void describeFixture()
    {
        const Run r = run({ QStringLiteral("describe-eif"), QStringLiteral("--eif-path"),
            QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QLatin1StringView("IsSigned")).toBool(), true);
        QCOMPARE(j.value(QLatin1StringView("SignatureCheck")).toBool(), true);
        QCOMPARE(
            j.value(QLatin1StringView("Measurements")).toObject().value(QLatin1StringView("PCR8")).toString(),
            QStringLiteral("baf281eb324f49e02530f4292ca199d1f3082c2db5d275ca50ed00f8f2ea32c75621a931e9549adf4"
                           "26663ef6f804c0e"));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("describe without path") << QStringList { QStringLiteral("describe-eif") };
        QTest::newRow("describe unknown option")
            << QStringList { QStringLiteral("describe-eif"), QStringLiteral("--bogus") };
        QTest::newRow("pcr neither") << QStringList { QStringLiteral("pcr") };
        QTest::newRow("pcr both") << QStringList { QStringLiteral("pcr"), QStringLiteral("--input"),
            QStringLiteral("a"), QStringLiteral("--signing-certificate"), QStringLiteral("b") };
        QTest::newRow("build without kernel") << QStringList { QStringLiteral("build-eif"),
            QStringLiteral("--cmdline"), QStringLiteral("x"), QStringLiteral("--ramdisk"),
            QStringLiteral("r"), QStringLiteral("--output"), QStringLiteral("o") };
        QTest::newRow("build bad arch") << QStringList { QStringLiteral("build-eif"),
            QStringLiteral("--kernel"), QStringLiteral("k"), QStringLiteral("--cmdline"), QStringLiteral("x"),
            QStringLiteral("--ramdisk"), QStringLiteral("r"), QStringLiteral("--arch"),
            QStringLiteral("mips"), QStringLiteral("--output"), QStringLiteral("o") };
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("enclave-tool: "));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void pcr()
    {
        const QString blob = writeFile(m_dir, QStringLiteral("blob"), QByteArray("hello"));
        Run r = run({ QStringLiteral("pcr"), QStringLiteral("--input"), blob });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1StringView("PCR")).toString(), hex::encode(pcr::ofData("hello")));
        r = run({ QStringLiteral("pcr"), QStringLiteral("--signing-certificate"),
            QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.cert.pem") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1StringView("PCR8")).toString(),
            QStringLiteral("baf281eb324f49e02530f4292ca199d1f3082c2db5d275ca50ed00f8f2ea32c75621a931e9549adf4"
                           "26663ef6f804c0e"));
        r = run({ QStringLiteral("pcr"), QStringLiteral("--signing-certificate"), blob });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QByteArray("enclave-tool: " + blob.toUtf8() + ": ")));
        r = run(
            { QStringLiteral("pcr"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("missing")) });
        QCOMPARE(r.exitCode, 1);
    }

    void buildThenDescribe()
    {
        const QString kernel = writeFile(m_dir, QStringLiteral("bzImage"), QByteArray(10000, 'k'));
        const QString rd0 = writeFile(m_dir, QStringLiteral("rd0"), QByteArray("bootstrap"));
        const QString rd1 = writeFile(m_dir, QStringLiteral("rd1"), QByteArray("application"));
        const QString meta = writeFile(m_dir, QStringLiteral("meta.json"), QByteArray(R"({"team":"eif"})"));
        const QString out = m_dir.filePath(QStringLiteral("built.eif"));
        Run r = run({ QStringLiteral("build-eif"), QStringLiteral("--kernel"), kernel,
            QStringLiteral("--cmdline"), QStringLiteral("console=ttyS0"), QStringLiteral("--ramdisk"), rd0,
            QStringLiteral("--ramdisk"), rd1, QStringLiteral("--metadata"), meta, QStringLiteral("--arch"),
            QStringLiteral("aarch64"), QStringLiteral("--name"), QStringLiteral("built"),
            QStringLiteral("--output"), out });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject m = r.json().value(QLatin1StringView("Measurements")).toObject();
        QCOMPARE(m.value(QLatin1StringView("PCR0")).toString(),
            hex::encode(pcr::ofData(
                QByteArray(QByteArray(10000, 'k') + "console=ttyS0" + "bootstrap" + "application"))));
        QCOMPARE(m.value(QLatin1StringView("PCR2")).toString(), hex::encode(pcr::ofData("application")));

        r = run({ QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), out });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d = r.json();
        QCOMPARE(d.value(QLatin1StringView("Measurements")).toObject(), m);
        QCOMPARE(d.value(QLatin1StringView("Architecture")).toString(), QStringLiteral("aarch64"));
        QCOMPARE(d.value(QLatin1StringView("ImageName")).toString(), QStringLiteral("built"));
        QCOMPARE(
            d.value(QLatin1StringView("Metadata")).toObject().value(QLatin1StringView("team")).toString(),
            QStringLiteral("eif"));
        QCOMPARE(d.value(QLatin1StringView("IsSigned")).toBool(), false);

        r = run({ QStringLiteral("build-eif"), QStringLiteral("--kernel"),
            m_dir.filePath(QStringLiteral("none")), QStringLiteral("--cmdline"), QStringLiteral("x"),
            QStringLiteral("--ramdisk"), rd0, QStringLiteral("--output"), out + QStringLiteral(".2") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void sample()
    {
        const QString out = m_dir.filePath(QStringLiteral("sample.eif"));
        const QString cert = m_dir.filePath(QStringLiteral("sample.pem"));
        Run r = run({ QStringLiteral("build-sample-eif"), QStringLiteral("--output"), out,
            QStringLiteral("--certificate-output"), cert });
        QCOMPARE(r.exitCode, 0);
        const QString pcr8 = r.json()
                                 .value(QLatin1StringView("Measurements"))
                                 .toObject()
                                 .value(QLatin1StringView("PCR8"))
                                 .toString();
        QCOMPARE(pcr8.size(), 96);
        r = run({ QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), out });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d = r.json();
        QCOMPARE(d.value(QLatin1StringView("SignatureCheck")).toBool(), true);
        QCOMPARE(d.value(QLatin1StringView("CheckCRC")).toBool(), true);
        QCOMPARE(d.value(QLatin1StringView("ImageName")).toString(), QStringLiteral("sample-hello"));
        r = run({ QStringLiteral("pcr"), QStringLiteral("--signing-certificate"), cert });
        QCOMPARE(r.json().value(QLatin1StringView("PCR8")).toString(), pcr8);
        // PCR0..2 do not depend on the throwaway key: rebuilding gives the same values.
        const QJsonObject m1 = d.value(QLatin1StringView("Measurements")).toObject();
        run({ QStringLiteral("build-sample-eif"), QStringLiteral("--output"), out,
            QStringLiteral("--unsigned") });
        const QJsonObject m2 = run({ QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), out })
                                   .json()
                                   .value(QLatin1StringView("Measurements"))
                                   .toObject();
        for (const char *k : { "PCR0", "PCR1", "PCR2" })
            QCOMPARE(m2.value(QLatin1StringView(k)), m1.value(QLatin1StringView(k)));
        QVERIFY(!m2.contains(QLatin1StringView("PCR8")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliEif)
#include "tst_cli_eif.moc"

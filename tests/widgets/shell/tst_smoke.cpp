#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "eif/eifwriter.h"

using namespace enclave;

// Launches the real enclave-studio on a 1 GiB EIF written by our own writer and checks that the
// GUI event loop never stalls more than 100 ms while the PCRs compute (the app measures it with
// a 10 ms timer and prints it; we print it too).
class TestSmoke final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsTheSystemLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral(
                                       "AWS-Nitro-Enclave-Images und Attestierungsdokumente untersuchen.");
        QTest::newRow("english") << QStringLiteral(
            "C") << QStringLiteral("Inspect AWS Nitro Enclave images and attestation documents.");
    }
    void followsTheSystemLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ENCLAVE_STUDIO_PATH), { QStringLiteral("--help") });
        QVERIFY(app.waitForFinished(60000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void oneGibEifNeverStallsTheEventLoop()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A sparse 1 GiB ramdisk: cheap to create, and still 1 GiB for the writer and the hasher.
        const QString ramdisk = dir.filePath(QStringLiteral("ramdisk1.bin"));
        {
            QFile f(ramdisk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(1) << 30));
        }
        const QString eif = dir.filePath(QStringLiteral("big.eif"));
        EifWriter writer;
        writer.setKernel(QByteArray(4096, 'k'));
        writer.setCmdline(QByteArrayLiteral("reboot=k panic=30 pci=off nomodules console=ttyS0"));
        writer.addRamdisk(QByteArray(1 << 20, 'r'));
        writer.addRamdiskFile(ramdisk);
        const auto written = writer.write(eif);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QFile::remove(ramdisk);
        QVERIFY(QFileInfo(eif).size() > (qint64(1) << 30));

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ENCLAVE_STUDIO_PATH),
            { QStringLiteral("--smoke-test"), QStringLiteral("100"), eif });
        QVERIFY(app.waitForStarted());
        QVERIFY2(app.waitForFinished(240000), "enclave-studio did not finish");
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        qInfo().noquote() << out.trimmed();
        static const QRegularExpression line(
            QStringLiteral("1 of 1 EIF\\(s\\) measured in (\\d+) ms; first frame after "
                           "(\\d+) ms; longest event-loop stall (\\d+) ms"));
        const auto match = line.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out + QString::fromUtf8(app.readAllStandardError())));
        QVERIFY2(match.captured(3).toInt() <= 100, qPrintable(out));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/hex.h"
#include "eif/eifwriter.h"
#include "signing/signingcertificategenerator.h"
#include "measure/measurementsloader.h"
#include "widgets/tools/kmsscreenshot.h"
#include "tools/signeifpage.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name) { return QStringLiteral(TEST_DATA_DIR "/") + QLatin1StringView(name); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSignEifPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signsWithFreshCertificate_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("P-384") << u"secp384r1"_s << QString();
        QTest::newRow("P-256 encrypted key") << u"prime256v1"_s << u"correct horse"_s;
    }

    void signsWithFreshCertificate()
    {
        QFETCH(QString, curve);
        QFETCH(QString, passphrase);
        QTemporaryDir dir;
        const QString input = dir.filePath(u"unsigned.eif"_s);
        QVERIFY(QFile::copy(fixture("kms/unsigned_v4.eif"), input));
        SigningCertificateRequest request;
        request.curve = curve;
        request.passphrase = passphrase.toUtf8();
        const auto generated = SigningCertificateGenerator::generate(request);
        QVERIFY(generated);
        const QString key = dir.filePath(u"key.pem"_s);
        const QString cert = dir.filePath(u"cert.pem"_s);
        QVERIFY(SigningCertificateGenerator::writeFiles(*generated, key, cert, false));
        QString passFile;
        if (!passphrase.isEmpty()) {
            passFile = dir.filePath(u"pass.txt"_s);
            QFile f(passFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(passphrase.toUtf8() + "\n");
        }
        const QString output = dir.filePath(u"signed.eif"_s);
        const QByteArray before = readAll(input);

        SignEifPage page;
        page.show();
        page.setInputs(input, key, cert, passFile, output);
        QSignalSpy spy(&page, &SignEifPage::finished);
        QTest::mouseClick(page.findChild<QPushButton *>(u"sign"_s), Qt::LeftButton);
        QVERIFY(spy.wait(60000));
        QVERIFY2(spy.first().first().toBool(), qPrintable(page.errorText()));
        QCOMPARE(page.pcr8Text(), hex::encode(generated->pcr8));
        QCOMPARE(page.outputPath(), output);

        // The written image, measured by core, carries that PCR8 and the unchanged PCR0.
        const auto signedM = MeasurementsLoader::load(output);
        QVERIFY2(signedM, qPrintable(signedM ? QString() : signedM.error().message));
        QCOMPARE(signedM->value(8), generated->pcr8);
        const auto unsignedM = MeasurementsLoader::load(input);
        QVERIFY(unsignedM);
        QCOMPARE(page.pcr0Text(), hex::encode(unsignedM->value(0)));
        QCOMPARE(signedM->value(0), unsignedM->value(0));
        QCOMPARE(readAll(input), before);
        QSignalSpy open(&page, &SignEifPage::openRequested);
        QTest::mouseClick(page.findChild<QPushButton *>(u"openSigned"_s), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), output);
        kmsScreenshot(&page, u"signeifpage"_s);
    }

    void mismatchedKeyShownInPlace()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"unsigned.eif"_s);
        QVERIFY(QFile::copy(fixture("kms/unsigned_v4.eif"), input));
        const auto a = SigningCertificateGenerator::generate({});
        const auto b = SigningCertificateGenerator::generate({});
        QVERIFY(a && b);
        // a's key with b's certificate.
        QVERIFY(SigningCertificateGenerator::writeFiles(*a, dir.filePath(u"a.key"_s), dir.filePath(u"a.crt"_s), false));
        QVERIFY(SigningCertificateGenerator::writeFiles(*b, dir.filePath(u"b.key"_s), dir.filePath(u"b.crt"_s), false));
        const QString output = dir.filePath(u"signed.eif"_s);
        SignEifPage page;
        page.show();
        page.setInputs(input, dir.filePath(u"a.key"_s), dir.filePath(u"b.crt"_s), {}, output);
        QSignalSpy spy(&page, &SignEifPage::finished);
        page.sign();
        QVERIFY(spy.wait(60000));
        QVERIFY(!spy.first().first().toBool());
        QVERIFY(!page.errorText().isEmpty());
        QVERIFY(page.pcr8Text().isEmpty());
        QVERIFY(!QFile::exists(output));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        // A 64 MiB ramdisk (sparse on disk): two passes over it cannot finish before the click.
        const QString ramdisk = dir.filePath(u"ramdisk"_s);
        {
            QFile f(ramdisk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(64) << 20));
        }
        EifWriter writer;
        writer.setKernel(QByteArray(3000, 'K') + "HdrS");
        writer.setCmdline("console=ttyS0");
        writer.setMetadata(R"({"ImageName":"t","ImageVersion":"1","BuildMetadata":{},"DockerInfo":null,"CustomMetadata":null})");
        writer.addRamdiskFile(ramdisk);
        const QString input = dir.filePath(u"big.eif"_s);
        QVERIFY(writer.write(input));
        const auto generated = SigningCertificateGenerator::generate({});
        QVERIFY(generated);
        QVERIFY(SigningCertificateGenerator::writeFiles(*generated, dir.filePath(u"k.pem"_s), dir.filePath(u"c.pem"_s), false));
        const QString output = dir.filePath(u"signed.eif"_s);

        SignEifPage page;
        page.show();
        page.setInputs(input, dir.filePath(u"k.pem"_s), dir.filePath(u"c.pem"_s), {}, output);
        QSignalSpy spy(&page, &SignEifPage::finished);
        page.sign();
        QVERIFY(page.isRunning());
        auto *cancel = page.findChild<QPushButton *>(u"cancel"_s);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(spy.wait(60000));
        QVERIFY(!spy.first().first().toBool());
        QVERIFY(page.errorText().contains(SignEifPage::tr("Cancelled; nothing was written.")));
        QVERIFY(!QFile::exists(output));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4); // no temporary left
    }

    void missingInputs()
    {
        SignEifPage page;
        page.show();
        QSignalSpy spy(&page, &SignEifPage::finished);
        page.sign();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!page.errorText().isEmpty());
    }
};

QTEST_MAIN(TestSignEifPage)
#include "tst_signeifpage.moc"

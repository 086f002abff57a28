#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/hex.h"
#include "eif/eifwriter.h"
#include "measure/measurementsloader.h"
#include "signing/signingcertificategenerator.h"
#include "tools/signeifpage.h"
#include "widgets/common/messageboxanswer.h"
#include "widgets/tools/kmsscreenshot.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/") + QLatin1StringView(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A key and certificate written into dir (key.pem, cert.pem), and two unsigned inputs a.eif, b.eif
// that differ (b carries another cmdline), so a wrong output is detectable by its PCR0.
struct SignFixture {
    QString key, cert, a, b;
    bool ok = false;
};

SignFixture makeFixture(const QTemporaryDir &dir)
{
    SignFixture f;
    const auto generated = SigningCertificateGenerator::generate({});
    if (!generated)
        return f;
    f.key = dir.filePath(u"key.pem"_s);
    f.cert = dir.filePath(u"cert.pem"_s);
    if (!SigningCertificateGenerator::writeFiles(*generated, f.key, f.cert, false))
        return f;
    f.a = dir.filePath(u"a.eif"_s);
    f.b = dir.filePath(u"b.eif"_s);
    if (!QFile::copy(fixture("eif/unsigned_v4.eif"), f.a))
        return f;
    EifWriter writer;
    writer.setKernel(QByteArray(3000, 'K') + "HdrS");
    writer.setCmdline("console=ttyS0 b");
    writer.setMetadata(
        R"({"ImageName":"b","ImageVersion":"1","BuildMetadata":{},"DockerInfo":null,"CustomMetadata":null})");
    writer.addRamdisk(QByteArray(512, 'r'));
    f.ok = bool(writer.write(f.b));
    return f;
}

QByteArray pcr0Of(const QString &path)
{
    const auto m = MeasurementsLoader::load(path);
    return m ? m->value(0) : QByteArray();
}

bool signAndWait(SignEifPage &page)
{
    QSignalSpy spy(&page, &SignEifPage::finished);
    page.sign();
    if (spy.isEmpty() && !spy.wait(60000))
        return false;
    return spy.first().first().toBool();
}

} // namespace

class TestSignEifPage final : public QObject {
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
        QVERIFY(QFile::copy(fixture("eif/unsigned_v4.eif"), input));
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
        QVERIFY(QFile::copy(fixture("eif/unsigned_v4.eif"), input));
        const auto a = SigningCertificateGenerator::generate({});
        const auto b = SigningCertificateGenerator::generate({});
        QVERIFY(a && b);
        // a's key with b's certificate.
        QVERIFY(SigningCertificateGenerator::writeFiles(
            *a, dir.filePath(u"a.key"_s), dir.filePath(u"a.crt"_s), false));
        QVERIFY(SigningCertificateGenerator::writeFiles(
            *b, dir.filePath(u"b.key"_s), dir.filePath(u"b.crt"_s), false));
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
        writer.setMetadata(
            R"({"ImageName":"t","ImageVersion":"1","BuildMetadata":{},"DockerInfo":null,"CustomMetadata":null})");
        writer.addRamdiskFile(ramdisk);
        const QString input = dir.filePath(u"big.eif"_s);
        QVERIFY(writer.write(input));
        const auto generated = SigningCertificateGenerator::generate({});
        QVERIFY(generated);
        QVERIFY(SigningCertificateGenerator::writeFiles(
            *generated, dir.filePath(u"k.pem"_s), dir.filePath(u"c.pem"_s), false));
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

    void outputFollowsInputUntilEdited()
    {
        QTemporaryDir dir;
        const SignFixture f = makeFixture(dir);
        QVERIFY(f.ok);
        SignEifPage page;
        page.show();
        page.setInputs(f.a, f.key, f.cert);
        QCOMPARE(page.outputText(), dir.filePath(u"a-signed.eif"_s));
        auto *eif = page.findChild<QLineEdit *>(u"eif"_s);
        eif->setText(f.b);
        QCOMPARE(page.outputText(), dir.filePath(u"b-signed.eif"_s));
        // The user types an output of their own: it no longer follows.
        auto *output = page.findChild<QLineEdit *>(u"output"_s);
        output->clear();
        QTest::keyClicks(output, dir.filePath(u"mine.eif"_s));
        eif->setText(f.a);
        QCOMPARE(page.outputText(), dir.filePath(u"mine.eif"_s));
        // Cleared by the user: follows again.
        output->selectAll();
        QTest::keyClick(output, Qt::Key_Backspace);
        eif->setText(f.b);
        QCOMPARE(page.outputText(), dir.filePath(u"b-signed.eif"_s));
    }

    // The reported bug: after a first signing, choosing another image kept the old output and
    // silently overwrote it with a different image.
    void secondImageGetsItsOwnOutput()
    {
        QTemporaryDir dir;
        const SignFixture f = makeFixture(dir);
        QVERIFY(f.ok);
        SignEifPage page;
        page.show();
        page.setInputs(f.a, f.key, f.cert);
        QVERIFY2(signAndWait(page), qPrintable(page.errorText()));
        const QString aSigned = dir.filePath(u"a-signed.eif"_s);
        QCOMPARE(page.outputPath(), aSigned);
        const QByteArray aSignedBytes = readAll(aSigned);
        page.findChild<QLineEdit *>(u"eif"_s)->setText(f.b);
        QVERIFY2(signAndWait(page), qPrintable(page.errorText()));
        const QString bSigned = dir.filePath(u"b-signed.eif"_s);
        QCOMPARE(page.outputPath(), bSigned);
        QCOMPARE(readAll(aSigned), aSignedBytes);
        QCOMPARE(pcr0Of(bSigned), pcr0Of(f.b));
        QVERIFY(pcr0Of(bSigned) != pcr0Of(f.a));
        QVERIFY(page.findChild<QGroupBox *>()->title().contains(u"b-signed.eif"_s));
    }

    void existingFileAsksFirst_data()
    {
        QTest::addColumn<bool>("inPlace");
        QTest::addColumn<bool>("replace");
        QTest::newRow("existing output, keep") << false << false;
        QTest::newRow("existing output, replace") << false << true;
        QTest::newRow("the input itself, keep") << true << false;
        QTest::newRow("the input itself, replace") << true << true;
    }

    void existingFileAsksFirst()
    {
        QFETCH(bool, inPlace);
        QFETCH(bool, replace);
        QTemporaryDir dir;
        const SignFixture f = makeFixture(dir);
        QVERIFY(f.ok);
        const QString target = inPlace ? f.a : dir.filePath(u"existing.eif"_s);
        if (!inPlace)
            QVERIFY(QFile::copy(f.b, target));
        const QByteArray before = readAll(target);
        SignEifPage page;
        page.show();
        page.setInputs(f.a, f.key, f.cert, {}, target);
        const auto answer
            = answerNextMessageBox(replace ? QMessageBox::DestructiveRole : QMessageBox::RejectRole);
        const bool ok = signAndWait(page);
        QVERIFY(answer->seen);
        QVERIFY2(answer->text.contains(QFileInfo(target).fileName()), qPrintable(answer->text));
        if (inPlace)
            QVERIFY2(answer->text.contains(u"image being signed"_s), qPrintable(answer->text));
        if (!replace) {
            QVERIFY(!ok);
            QCOMPARE(readAll(target), before);
            QVERIFY(page.errorText().contains(QFileInfo(target).fileName()));
            QVERIFY(page.outputPath().isEmpty());
            return;
        }
        QVERIFY2(ok, qPrintable(page.errorText()));
        QCOMPARE(page.outputPath(), target);
        QVERIFY(readAll(target) != before);
        const auto m = MeasurementsLoader::load(target);
        QVERIFY(m && m->contains(8));
    }

    void emptyOutputNeverReplacesTheInput()
    {
        QTemporaryDir dir;
        const SignFixture f = makeFixture(dir);
        QVERIFY(f.ok);
        const QByteArray before = readAll(f.a);
        SignEifPage page;
        page.show();
        page.setInputs(f.a, f.key, f.cert);
        auto *output = page.findChild<QLineEdit *>(u"output"_s);
        output->selectAll();
        QTest::keyClick(output, Qt::Key_Backspace);
        QVERIFY(page.outputText().isEmpty());
        QVERIFY2(signAndWait(page), qPrintable(page.errorText()));
        QCOMPARE(page.outputPath(), dir.filePath(u"a-signed.eif"_s));
        QCOMPARE(readAll(f.a), before);
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

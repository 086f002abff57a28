#include <sys/stat.h>

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/hex.h"
#include "eif/pcrcalculator.h"
#include "widgets/tools/kmsscreenshot.h"
#include "tools/signingcertificatepage.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestSigningCertificatePage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesKey0600_data()
    {
        QTest::addColumn<int>("curveIndex");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("P-384") << 0 << QString();
        QTest::newRow("P-521 encrypted") << 2 << u"s3cret"_s;
    }

    void writesKey0600()
    {
        QFETCH(int, curveIndex);
        QFETCH(QString, passphrase);
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key.pem"_s);
        const QString cert = dir.filePath(u"cert.pem"_s);
        SigningCertificatePage page;
        page.show();
        page.findChild<QComboBox *>(u"curve"_s)->setCurrentIndex(curveIndex);
        page.setOutputPaths(key, cert);
        page.setPassphrase(passphrase, passphrase);
        QSignalSpy spy(&page, &SigningCertificatePage::generated);
        QTest::mouseClick(page.findChild<QPushButton *>(u"generate"_s), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QVERIFY2(spy.first().first().toBool(), qPrintable(page.errorText()));

        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const auto pcr8 = PcrCalculator::pcr8FromCertificatePem(certFile.readAll());
        QVERIFY(pcr8);
        QCOMPARE(page.pcr8Text(), hex::encode(*pcr8));
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray pem = keyFile.readAll();
        QCOMPARE(pem.contains("ENCRYPTED PRIVATE KEY"), !passphrase.isEmpty());
        kmsScreenshot(&page, u"signingcertificatepage"_s);

        // A second run does not overwrite without being asked.
        page.generate();
        QCOMPARE(spy.count(), 2);
        QVERIFY(!spy.last().first().toBool());
        QVERIFY(!page.errorText().isEmpty());
    }

    void passphraseMismatch()
    {
        QTemporaryDir dir;
        SigningCertificatePage page;
        page.setOutputPaths(dir.filePath(u"k.pem"_s), dir.filePath(u"c.pem"_s));
        page.setPassphrase(u"one"_s, u"two"_s);
        page.show();
        page.generate();
        QVERIFY(!page.errorText().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"k.pem"_s)));
    }
};

QTEST_MAIN(TestSigningCertificatePage)
#include "tst_signingcertificatepage.moc"

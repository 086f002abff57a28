#include <sys/stat.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/hex.h"
#include "eif/pcrcalculator.h"
#include "shell/mainwindow.h"
#include "tools/kmsactions.h"
#include "tools/signeifpage.h"
#include "tools/signingcertificatepage.h"
#include "widgets/tools/kmsscreenshot.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestSigningCertificatePage final : public QObject {
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

        struct stat st { };
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

    // A neutral subject by default, shown in reading order with ISO dates; "Sign an Image with
    // This" opens Sign EIF with the files just written.
    void neutralSubjectAndSignWithThis()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key.pem"_s);
        const QString cert = dir.filePath(u"cert.pem"_s);
        MainWindow window;
        installKmsActions(&window);
        QAction *open = nullptr;
        for (QAction *a : window.menu(MainWindow::Menu::Tools)->actions()) {
            if (a->text().contains(u"Signing"_s))
                open = a;
        }
        QVERIFY(open);
        open->trigger();
        auto *page = window.findChild<SigningCertificatePage *>();
        QVERIFY(page);
        const QString subject = page->findChild<QLineEdit *>(u"subject"_s)->text();
        QVERIFY2(!subject.contains(u"Amazon"_s) && !subject.contains(u"AWS"_s), qPrintable(subject));
        page->setOutputPaths(key, cert);
        page->generate();
        QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
        const QString details = page->detailsText();
        QVERIFY2(
            details.startsWith(u"CN=Enclave Image Signing, O=Example Organisation"_s), qPrintable(details));
        static const QRegularExpression iso(
            u"valid from \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ to \\d{4}-"_s);
        QVERIFY2(iso.match(details).hasMatch(), qPrintable(details));
        kmsScreenshot(page, u"signingcertificate-result"_s);

        QVERIFY(!window.findChild<SignEifPage *>());
        page->findChild<QPushButton *>(u"signWith"_s)->click();
        auto *sign = window.findChild<SignEifPage *>();
        QVERIFY(sign);
        QCOMPARE(sign->findChild<QLineEdit *>(u"key"_s)->text(), key);
        QCOMPARE(sign->findChild<QLineEdit *>(u"certificate"_s)->text(), cert);
    }

    void subjectText_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::newRow("two") << u"/CN=a/O=b"_s << u"CN=a, O=b"_s;
        QTest::newRow("country last") << u"/CN=Signer/O=Org/C=DE"_s << u"CN=Signer, O=Org, C=DE"_s;
        QTest::newRow("unparsable kept") << u"nonsense"_s << u"nonsense"_s;
    }
    void subjectText()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QCOMPARE(SigningCertificatePage::subjectText(subject), text);
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

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "common/hex.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/pcrcalculator.h"
#include "inspector/eifview.h"
#include "inspector/signingcertificatepanel.h"
#include "shell/mainwindow.h"
#include "studiofeatures.h"

using namespace enclave;
using namespace enclave::ui;

namespace {
const QString Signed = QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif");
const QString Cert = QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.cert.pem");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// A signed EIF's Signature panel: self-signed said plainly, PCR8 shown as what pins the
// certificate, and the certificate copied or saved (never over a file without asking).
class TestSigningCertificatePanel final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EnclaveStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signingcertificatepanel"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void signedEifExplainsItsCertificate()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *view = qobject_cast<EifView *>(window.openFile(Signed));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 30000);
        SigningCertificatePanel *panel = view->signaturePanel();
        QVERIFY(panel);
        const QString text = panel->text();
        QVERIFY2(text.contains(QStringLiteral("self-signed")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("PCR8")));
        QVERIFY(text.contains(QStringLiteral("Signature verified")));
        // The PCR8 shown is the one core computes from the certificate, and the one the PCR pass found.
        const auto pcr8 = PcrCalculator::pcr8FromCertificatePem(fileBytes(Cert));
        QVERIFY(pcr8);
        QCOMPARE(panel->pcr8Hex(), hex::encode(*pcr8));
        QVERIFY(text.contains(panel->pcr8Hex()));
        QCOMPARE(view->pcrs().value(8), *pcr8);
        QCOMPARE(panel->certificatePem(), fileBytes(Cert));

        // Copy puts the PEM on the clipboard.
        panel->findChild<QPushButton *>(QStringLiteral("copyCertificate"))->click();
        QCOMPARE(QApplication::clipboard()->text().toLatin1(), fileBytes(Cert));

        // Save writes it; an existing file is replaced only after a yes.
        const QString target = m_dir.filePath(QStringLiteral("cert.pem"));
        QVERIFY(panel->saveCertificate(target));
        QCOMPARE(fileBytes(target), fileBytes(Cert));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!panel->saveCertificate(target));
        QCOMPARE(fileBytes(target), QByteArray("mine"));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(panel->saveCertificate(target));
        QCOMPARE(fileBytes(target), fileBytes(Cert));
    }

    void unsignedEifHasNothingToCopy()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *view
            = qobject_cast<EifView *>(window.openFile(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif")));
        QVERIFY(view);
        SigningCertificatePanel *panel = view->signaturePanel();
        QVERIFY(panel->text().contains(QStringLiteral("Unsigned")));
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("copyCertificate"))->isEnabled());
        QVERIFY(!panel->saveCertificate(m_dir.filePath(QStringLiteral("none.pem"))));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 30000);
    }
};

QTEST_MAIN(TestSigningCertificatePanel)
#include "tst_signingcertificatepanel.moc"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "inspector/attestationview.h"
#include "inspector/documentview.h"
#include "inspector/eifview.h"
#include "shell/errorview.h"
#include "shell/mainwindow.h"
#include "studiofeatures.h"

using namespace enclave;
using namespace enclave::ui;

// Nothing a file contains may crash the app: mutated copies of the real fixtures (bytes flipped,
// truncated, extended) must each open as a view or an error tab, and EIF hashing must finish.
class TestRobustness final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EnclaveStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_robustness"));
        QVERIFY(m_dir.isValid());
    }

    void mutatedFilesNeverCrash_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("signed eif") << QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif");
        QTest::newRow("unsigned eif") << QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif");
        QTest::newRow("attestation") << QStringLiteral(
            TEST_DATA_DIR "/attestation/sparsity-attestation2-2023-09-28.cbor");
        QTest::newRow("attestation base64")
            << QStringLiteral("base64:" TEST_DATA_DIR "/attestation/sparsity-attestation2-2023-09-28.cbor");
    }
    void mutatedFilesNeverCrash()
    {
        QFETCH(QString, fixture);
        QByteArray original;
        if (fixture.startsWith(QStringLiteral("base64:")))
            original = read(fixture.mid(7)).toBase64();
        else
            original = read(fixture);
        QVERIFY(!original.isEmpty());
        QRandomGenerator rng(20261122); // fixed seed: failures reproduce
        MainWindow window;
        installDocumentFeatures(window);
        int views = 0;
        int errors = 0;
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes = original;
            switch (round % 4) {
            case 0: // flip a few bytes anywhere
            case 1:
                for (int i = 0, n = 1 + int(rng.bounded(4)); i < n; ++i)
                    bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
                break;
            case 2: // truncate
                bytes.truncate(int(rng.bounded(int(bytes.size()))));
                break;
            case 3: // overwrite 8 bytes with 0xff (lying sizes and counts) in the first 700 bytes
                bytes.replace(
                    int(rng.bounded(std::min(700, int(bytes.size()) - 8))), 8, QByteArray(8, '\xff'));
                break;
            }
            const QString path = m_dir.filePath(
                QStringLiteral("m-%1-%2.bin")
                    .arg(QTest::currentDataTag()
                            ? QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')
                            : QString())
                    .arg(round));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            QWidget *tab = window.openFile(path);
            QVERIFY(tab);
            if (auto *eif = qobject_cast<EifView *>(tab)) {
                if (eif->isComputing()) {
                    QSignalSpy done(eif, &EifView::pcrsFinished);
                    QVERIFY(done.wait(20000));
                }
                ++views;
            } else if (qobject_cast<AttestationView *>(tab)) {
                ++views;
            } else {
                auto *error = qobject_cast<ErrorView *>(tab);
                QVERIFY(error);
                QVERIFY(!error->error().message.isEmpty());
                ++errors;
            }
            window.closeAllTabs();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        qInfo("%d views, %d error tabs", views, errors);
        QVERIFY(errors > 0);
    }
};

QTEST_MAIN(TestRobustness)
#include "tst_robustness.moc"

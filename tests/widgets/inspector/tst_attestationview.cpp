#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include "attestation/attestationdocument.h"
#include "attestation/attestationverifier.h"
#include "common/hex.h"
#include "common/wrappingtextfield.h"
#include "inspector/attestationverdict.h"
#include "inspector/attestationview.h"
#include "inspector/certificatechainmodel.h"
#include "inspector/expectedpcrsdialog.h"
#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"
#include "inspector/pcrtablemodel.h"
#include "inspector/verificationchecksmodel.h"
#include "shell/errorview.h"
#include "shell/mainwindow.h"
#include "studiofeatures.h"

using namespace enclave;
using namespace enclave::ui;

namespace {

const QString DataDir = QStringLiteral(TEST_DATA_DIR "/attestation/");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAttestationView final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EnclaveStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_attestationview"));
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }

    // Every attestation fixture: a view whose verdict is the core verifier's, or an error tab.
    void fixturesShowVerdict_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("expectValidAtDocTime"); // 1 valid, 0 invalid, -1 error tab
        const QStringList files
            = QDir(DataDir).entryList({ QStringLiteral("*.cbor") }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QString &f : files) {
            int expected = f.contains(QStringLiteral("INVALID")) ? 0 : 1;
            // Structurally broken documents do not parse: they get an error tab.
            if (f.contains(QStringLiteral("trailing-byte")) || f.contains(QStringLiteral("missing-3-bytes"))
                || f.contains(QStringLiteral("alg-es512")))
                expected = -1;
            QTest::newRow(qPrintable(f)) << f << expected;
        }
    }
    void fixturesShowVerdict()
    {
        QFETCH(QString, file);
        QFETCH(int, expectValidAtDocTime);
        MainWindow window;
        installDocumentFeatures(window);
        QWidget *tab = window.openFile(DataDir + file);
        const auto parsed = AttestationDocument::parse(fileBytes(DataDir + file));
        if (expectValidAtDocTime < 0) {
            auto *error = qobject_cast<ErrorView *>(tab);
            QVERIFY(error);
            QVERIFY(!parsed);
            QCOMPARE(error->error().offset, parsed.error().offset);
            QVERIFY(error->error().offset >= 0);
            QVERIFY(error->message().contains(QString::number(parsed.error().offset)));
            return;
        }
        auto *view = qobject_cast<AttestationView *>(tab);
        QVERIFY(view);
        QVERIFY(parsed);
        QAbstractItemModelTester t1(
            view->fieldModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(view->pcrModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(
            view->chainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(
            view->checksModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Default is "now": these documents' leaf certificates expired hours after they were made.
        QCOMPARE(view->verification().timeMode, AttestationTime::Mode::Now);
        QVERIFY(!view->verification().valid);
        auto *banner = view->findChild<QLabel *>(QStringLiteral("verdictBanner"));
        if (expectValidAtDocTime == 1) {
            // Only expiry fails: said in a reviewer's words, with the one-click switch.
            QCOMPARE(view->verdict().kind, AttestationVerdict::Kind::ExpiredSinceIssued);
            QVERIFY2(view->verdictText().startsWith(QStringLiteral("AUTHENTIC WHEN ISSUED on ")
                         + parsed->timestamp().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                qPrintable(view->verdictText()));
            QVERIFY(view->verdict().expiredSince.isValid());
            QVERIFY(view->verdict().expiredSince > parsed->timestamp());
            QVERIFY(view->verdictText().contains(QStringLiteral("Verify at the document's time")));
            QVERIFY(view->documentTimeButton()->isVisibleTo(view));
            view->documentTimeButton()->click();
            QCOMPARE(view->verification().timeMode, AttestationTime::Mode::Document);
            QVERIFY(!view->documentTimeButton()->isVisibleTo(view));
        } else {
            // Forged or damaged: not valid, and the failing check is the first row, selected.
            QCOMPARE(view->verdict().kind, AttestationVerdict::Kind::Invalid);
            QVERIFY(view->verdictText().startsWith(QStringLiteral("NOT VALID")));
            QVERIFY(!view->documentTimeButton()->isVisibleTo(view));
            QCOMPARE(view->checksModel()->index(0, 0).data(VerificationChecksModel::StatusRole).toInt(),
                int(AttestationCheck::Status::Failed));
            QCOMPARE(view->checksTable()->currentIndex().row(), 0);
            view->setTimeMode(AttestationTime::Mode::Document);
        }
        // The banner wraps the whole text: nothing elided.
        QCOMPARE(banner->text(), view->verdictText());
        QVERIFY(banner->wordWrap());
        QVERIFY(!banner->text().contains(QChar(0x2026)));

        const AttestationVerification core
            = AttestationVerifier().verify(*parsed, AttestationTime::document());
        QCOMPARE(view->verification().valid, core.valid);
        QCOMPARE(view->verification().valid, expectValidAtDocTime == 1);
        // At the document's time a pass proves authenticity, not freshness (no nonce expected).
        QCOMPARE(view->verdict().kind == AttestationVerdict::Kind::AuthenticNotFresh, core.valid);
        if (core.valid) {
            QVERIFY(view->verdictText().startsWith(QStringLiteral("AUTHENTIC when issued")));
            QVERIFY(view->verdictText().contains(QStringLiteral("freshness is not")));
        }
        QCOMPARE(banner->text(), view->verdictText());
        // The checks: failed ones first, each group in the order the verifier ran them.
        QList<AttestationCheck> ordered = core.checks;
        std::stable_partition(ordered.begin(), ordered.end(),
            [](const AttestationCheck &c) { return c.status == AttestationCheck::Status::Failed; });
        QCOMPARE(view->checksModel()->rowCount(), int(core.checks.size()));
        for (int row = 0; row < view->checksModel()->rowCount(); ++row) {
            const QModelIndex index = view->checksModel()->index(row, VerificationChecksModel::StatusColumn);
            QCOMPARE(index.data(VerificationChecksModel::CheckIdRole).toString(), ordered.at(row).id);
            QCOMPARE(index.data(VerificationChecksModel::StatusRole).toInt(), int(ordered.at(row).status));
        }

        // PCR table: the document's values, in order.
        const auto pcrs = parsed->pcrs();
        QCOMPARE(view->pcrModel()->rowCount(), int(pcrs.size()));
        for (const AttestationPcr &p : pcrs) {
            const int row = view->pcrModel()->rowForPcr(p.index);
            QCOMPARE(view->pcrModel()->index(row, PcrTableModel::ValueColumn).data().toString(),
                hex::encode(p.value));
        }
        // Chain: root first, leaf last.
        const int n = view->chainModel()->rowCount();
        QCOMPARE(n, int(parsed->cabundle().size()) + 1);
        QCOMPARE(view->chainModel()
                     ->index(0, CertificateChainModel::FingerprintColumn)
                     .data(CertificateChainModel::FingerprintRole)
                     .toString(),
            hex::encode(AttestationVerifier::awsNitroRootFingerprintSha256()));
        QCOMPARE(view->chainModel()->index(n - 1, CertificateChainModel::SubjectColumn).data().toString(),
            parsed->certificate().subject());
        // The leaf is valid at document time.
        QVERIFY(view->chainModel()->index(n - 1, 0).data(CertificateChainModel::ValidAtTimeRole).toBool());

        // Selecting the "pcrs" field marks its span.
        const QModelIndex pcrsField = view->fieldModel()->findByName(QStringLiteral("pcrs"));
        QVERIFY(pcrsField.isValid());
        view->fieldTree()->setCurrentIndex(pcrsField);
        QCOMPARE(view->hexView()->markedOffset(), pcrsField.data(FieldTreeModel::OffsetRole).toLongLong());
    }

    // A fresh-enough check: a document verified "now" within its leaf's life is plainly VALID, and
    // at the document's time an expected nonce that matches proves freshness too.
    void verdictKinds()
    {
        const QString file = DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor");
        const auto doc = AttestationDocument::parse(fileBytes(file));
        QVERIFY(doc);
        AttestationVerifier verifier;
        AttestationExpectations none;
        const auto inLife = verifier.verify(*doc, AttestationTime::at(doc->timestamp().addSecs(60)), none);
        QVERIFY(inLife.valid);
        AttestationVerification asNow = inLife;
        asNow.timeMode = AttestationTime::Mode::Now; // as if checked while the leaf still lived
        QCOMPARE(
            AttestationVerdict::explain(*doc, verifier, asNow, none).kind, AttestationVerdict::Kind::Valid);
        QCOMPARE(AttestationVerdict::explain(*doc, verifier, inLife, none).kind,
            AttestationVerdict::Kind::AuthenticNotFresh);
        if (doc->nonce()) {
            AttestationExpectations nonce;
            nonce.nonce = *doc->nonce();
            const auto withNonce = verifier.verify(*doc, AttestationTime::document(), nonce);
            QCOMPARE(AttestationVerdict::explain(*doc, verifier, withNonce, nonce).kind,
                AttestationVerdict::Kind::Valid);
        }
        // Expired now and a wrong expected PCR: not "authentic when issued", just not valid.
        AttestationExpectations wrong;
        wrong.pcrs = { { 0, QByteArray(48, '\x01') } };
        const auto now = verifier.verify(*doc, AttestationTime::now(), wrong);
        const auto verdict = AttestationVerdict::explain(*doc, verifier, now, wrong);
        QCOMPARE(verdict.kind, AttestationVerdict::Kind::Invalid);
        QVERIFY(verdict.headline.startsWith(QStringLiteral("NOT VALID")));
    }

    // The Document tab shows long values whole (wrapped), and the chain's fingerprints are not cut.
    void noClipping()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = qobject_cast<AttestationView *>(
            window.openFile(DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor")));
        QVERIFY(view);
        auto *panels = view->findChild<QTabWidget *>();
        auto *summary = view->findChild<QWidget *>(QStringLiteral("documentSummary"));
        panels->setCurrentWidget(summary);
        QCoreApplication::processEvents();
        const auto fields = summary->findChildren<WrappingTextField *>();
        QVERIFY(fields.size() >= 7);
        for (WrappingTextField *f : fields) {
            // Every value fits its box: the document's height is the widget's.
            QVERIFY2(f->document()->size().height() <= f->height(), qPrintable(f->toPlainText().left(40)));
            QVERIFY(f->width() < 1280);
        }
        auto *chain = view->findChild<QTableView *>(QStringLiteral("chainTable"));
        panels->setCurrentWidget(chain);
        QCoreApplication::processEvents();
        const QModelIndex fp = view->chainModel()->index(0, CertificateChainModel::FingerprintColumn);
        const int needed
            = QFontMetrics(fp.data(Qt::FontRole).value<QFont>()).horizontalAdvance(fp.data().toString());
        QVERIFY2(chain->columnWidth(CertificateChainModel::FingerprintColumn) >= needed * 0.9,
            qPrintable(QStringLiteral("%1 < %2")
                           .arg(chain->columnWidth(CertificateChainModel::FingerprintColumn))
                           .arg(needed)));
        // The field tree's value column takes the room left of the tree.
        QTreeView *tree = view->fieldTree();
        QCOMPARE(tree->header()->sectionResizeMode(FieldTreeModel::ValueColumn), QHeaderView::Stretch);
    }

    void chosenTimeAndPersistedMode()
    {
        MainWindow window;
        installDocumentFeatures(window);
        const QString file = DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor");
        auto *view = qobject_cast<AttestationView *>(window.openFile(file));
        QVERIFY(view);
        const auto doc = AttestationDocument::parse(fileBytes(file));
        QVERIFY(doc);
        view->setTimeMode(AttestationTime::Mode::Explicit, doc->timestamp().addSecs(60));
        QVERIFY(view->verification().valid);
        // The verifier works at second precision (what OpenSSL takes).
        QCOMPARE(view->verification().verificationTime.toSecsSinceEpoch(),
            doc->timestamp().addSecs(60).toSecsSinceEpoch());
        view->setTimeMode(AttestationTime::Mode::Explicit, doc->timestamp().addDays(2)); // leaf expired
        QVERIFY(!view->verification().valid);
        QVERIFY(view->verdictText().contains(QStringLiteral("expired")));

        // Choosing "document time" in the combo box sticks for the next document.
        auto *combo = view->findChild<QComboBox *>(QStringLiteral("timeMode"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(AttestationTime::Mode::Document)));
        QVERIFY(view->verification().valid);
        window.closeAllTabs();
        auto *again = qobject_cast<AttestationView *>(
            window.openFile(DataDir + QStringLiteral("fastcrypto-pcr16-indefmap-2025-11-10.cbor")));
        QVERIFY(again);
        QCOMPARE(again->verification().timeMode, AttestationTime::Mode::Document);
        QVERIFY(again->verification().valid);
    }

    void debugModeZerosFlagged()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *view = qobject_cast<AttestationView *>(
            window.openFile(DataDir + QStringLiteral("evervault-ga-debug-2023-09-18.cbor")));
        QVERIFY(view);
        QVERIFY(view->verification().debugMode);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("debugBadge"))->isVisibleTo(view));
        for (int i : { 0, 1, 2 }) {
            const int row = view->pcrModel()->rowForPcr(i);
            QCOMPARE(view->pcrModel()->status(row), PcrTableModel::Status::DebugZero);
            QVERIFY(view->pcrModel()
                        ->index(row, PcrTableModel::StatusColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("debug")));
        }
        const QString shots = qEnvironmentVariable("ENCLAVE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.resize(1280, 820);
            auto *panels = view->findChild<QTabWidget *>();
            for (int i = 0; i < panels->count(); ++i) {
                panels->setCurrentIndex(i);
                window.grab().save(QStringLiteral("%1/attestation-panel%2.png").arg(shots).arg(i));
            }
        }
        auto *prod = qobject_cast<AttestationView *>(
            window.openFile(DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor")));
        QVERIFY(prod);
        QVERIFY(!prod->findChild<QLabel *>(QStringLiteral("debugBadge"))->isVisibleTo(prod));
        QCOMPARE(prod->pcrModel()->status(prod->pcrModel()->rowForPcr(0)), PcrTableModel::Status::Unchecked);
    }

    void expectedPcrsCompared()
    {
        MainWindow window;
        installDocumentFeatures(window);
        const QString file = DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor");
        auto *view = qobject_cast<AttestationView *>(window.openFile(file));
        QVERIFY(view);
        view->setTimeMode(AttestationTime::Mode::Document);
        const auto doc = AttestationDocument::parse(fileBytes(file));
        const QByteArray pcr0 = *doc->pcr(0);
        view->setExpectedPcrs({ { 0, pcr0 } });
        QVERIFY(view->verification().valid);
        QCOMPARE(view->pcrModel()->status(view->pcrModel()->rowForPcr(0)), PcrTableModel::Status::Matches);

        QByteArray wrong = pcr0;
        wrong[0] = char(wrong.at(0) ^ 1);
        view->setExpectedPcrs({ { 0, wrong } });
        QVERIFY(!view->verification().valid);
        QCOMPARE(view->pcrModel()->status(view->pcrModel()->rowForPcr(0)), PcrTableModel::Status::Differs);
        QVERIFY(view->verdictText().startsWith(QStringLiteral("NOT VALID")));

        view->setExpectedPcrs({});
        QVERIFY(view->verification().valid);
    }

    void expectedPcrsLoadedFromEif()
    {
        ExpectedPcrsDialog dialog({});
        QSignalSpy changed(dialog.editor(), &QPlainTextEdit::textChanged);
        dialog.loadFromEif(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif"));
        QVERIFY(changed.wait(30000));
        const Measurements pcrs = dialog.pcrs();
        QCOMPARE(pcrs.indexes(), (QList<int> { 0, 1, 2, 8 }));
        QCOMPARE(hex::encode(pcrs.value(0)),
            QStringLiteral("20465c702d4d5956cf9b32bc8e4b8bb556909056002f7bdfa7271b50e2174be50e78094b9ff233d2e"
                           "6ef04b5ef64851f"));

        // A file that is not an EIF leaves the text alone and says why.
        ExpectedPcrsDialog bad({});
        bad.loadFromEif(DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor"));
        QTRY_VERIFY(bad.editor()->isEnabled());
        QVERIFY(bad.pcrs().isEmpty());
    }

    void textEncodingsOpenTheSameDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray doc = fileBytes(DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor"));
        QTest::newRow("base64") << doc.toBase64();
        QTest::newRow("base64 wrapped") << QByteArray(doc.toBase64().insert(76, '\n') + '\n');
        QTest::newRow("hex") << doc.toHex();
    }
    void textEncodingsOpenTheSameDocument()
    {
        QFETCH(QByteArray, text);
        const QString path = m_dir.filePath(
            QStringLiteral("doc-%1.txt").arg(QLatin1StringView(QTest::currentDataTag())).replace(u' ', u'_'));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        MainWindow window;
        installDocumentFeatures(window);
        auto *view = qobject_cast<AttestationView *>(window.openFile(path));
        QVERIFY(view);
        view->setTimeMode(AttestationTime::Mode::Document);
        QVERIFY(view->verification().valid);
        // The hex view shows the decoded document, so spans line up.
        QCOMPARE(view->hexView()->size(),
            fileBytes(DataDir + QStringLiteral("sparsity-attestation2-2023-09-28.cbor")).size());
    }
};

QTEST_MAIN(TestAttestationView)
#include "tst_attestationview.moc"

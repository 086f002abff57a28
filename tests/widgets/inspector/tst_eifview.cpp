#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "common/hex.h"
#include "compare/compareview.h"
#include "eif/eifreader.h"
#include "eif/eifwriter.h"
#include "eif/pcrcalculator.h"
#include "inspector/eifview.h"
#include "inspector/fielditem.h"
#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"
#include "inspector/pcrtablemodel.h"
#include "inspector/ramdiskcontentsmodel.h"
#include "inspector/ramdiskcontentsview.h"
#include "shell/errorview.h"
#include "shell/mainwindow.h"
#include "studiofeatures.h"

using namespace enclave;
using namespace enclave::ui;

namespace {

QJsonObject expectedJson(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/eif/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitForPcrs(EifView *view)
{
    if (!view->isComputing())
        return true;
    QSignalSpy spy(view, &EifView::pcrsFinished);
    return spy.wait(60000);
}

} // namespace

class TestEifView final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EnclaveStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_eifview"));
        QVERIFY(m_dir.isValid());
    }

    void fixturesShowTreeAndPcrs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isSigned");
        QTest::newRow("unsigned v4") << QStringLiteral("unsigned_v4") << false;
        QTest::newRow("signed p384 v4") << QStringLiteral("signed_p384_v4") << true;
    }
    void fixturesShowTreeAndPcrs()
    {
        QFETCH(QString, file);
        QFETCH(bool, isSigned);
        const QJsonObject expected = expectedJson(file + QStringLiteral(".expected.json"));
        QVERIFY(!expected.isEmpty());
        MainWindow window;
        installDocumentFeatures(window);
        window.show();
        auto *view = qobject_cast<EifView *>(
            window.openFile(QStringLiteral(TEST_DATA_DIR "/eif/") + file + QStringLiteral(".eif")));
        QVERIFY(view);
        QAbstractItemModelTester fieldTester(
            view->fieldModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pcrTester(
            view->pcrModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Header and every section are in the tree before any hashing finished.
        FieldTreeModel *model = view->fieldModel();
        QVERIFY(model->findByName(QStringLiteral("EIF header")).isValid());
        const auto sections = expected.value(QStringLiteral("sections")).toArray();
        QCOMPARE(model->rowCount(), 1 + sections.size());
        for (const auto &s : sections) {
            const QJsonObject section = s.toObject();
            const QString name = QStringLiteral("Section %1: %2")
                                     .arg(section.value(QStringLiteral("index")).toInt())
                                     .arg(section.value(QStringLiteral("type_name")).toString());
            const QModelIndex index = model->findByName(name);
            QVERIFY2(index.isValid(), qPrintable(name));
            // Selecting the node marks exactly the section's bytes (header + data) in the hex view.
            view->fieldTree()->setCurrentIndex(index);
            const qint64 headerOffset = section.value(QStringLiteral("header_offset")).toInteger();
            QCOMPARE(view->hexView()->markedOffset(), headerOffset);
            QCOMPARE(view->hexView()->markedLength(), 12 + section.value(QStringLiteral("size")).toInteger());
        }

        // And back: a click on a byte selects the most specific field holding it.
        const QJsonObject cmdline = sections.at(1).toObject();
        const qint64 dataOffset = cmdline.value(QStringLiteral("data_offset")).toInteger();
        HexView *hex = view->hexView();
        hex->scrollToOffset(dataOffset + 3);
        QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, hex->byteRect(dataOffset + 3).center());
        const QModelIndex current = view->fieldTree()->currentIndex();
        QCOMPARE(current.data().toString(), QStringLiteral("data"));
        QCOMPARE(current.parent().data().toString(), QStringLiteral("Section 1: Cmdline"));
        QCOMPARE(current.data(FieldTreeModel::OffsetRole).toLongLong(), dataOffset);
        hex->scrollToOffset(4);
        QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, hex->byteRect(4).center());
        QCOMPARE(view->fieldTree()->currentIndex().data().toString(), QStringLiteral("version"));

        // PCRs arrive from the worker and equal both core's PcrCalculator and the reference values.
        QVERIFY(waitForPcrs(view));
        const QJsonObject measurements = expected.value(QStringLiteral("nitro_cli_describe_eif"))
                                             .toObject()
                                             .value(QStringLiteral("Measurements"))
                                             .toObject();
        auto reader = EifReader::open(view->filePath());
        QVERIFY(reader);
        PcrCalculator calculator(*reader);
        const auto core = calculator.compute();
        QVERIFY(core);
        const Measurements shown = view->pcrs();
        QCOMPARE(shown.value(0), core->pcr0);
        QCOMPARE(shown.value(1), core->pcr1);
        QCOMPARE(shown.value(2), core->pcr2);
        for (int i : { 0, 1, 2 }) {
            const int row = view->pcrModel()->rowForPcr(i);
            QCOMPARE(view->pcrModel()->index(row, PcrTableModel::ValueColumn).data().toString(),
                measurements.value(QStringLiteral("PCR%1").arg(i)).toString());
        }
        if (isSigned) {
            QCOMPARE(hex::encode(shown.value(8)), measurements.value(QStringLiteral("PCR8")).toString());
            QVERIFY2(view->signatureStatus().startsWith(QStringLiteral("Signature verified")),
                qPrintable(view->signatureStatus()));
        } else {
            QVERIFY(!shown.contains(8));
            QCOMPARE(
                view->pcrModel()->status(view->pcrModel()->rowForPcr(8)), PcrTableModel::Status::Unavailable);
        }

        // Copy all: nitro-cli's Measurements shape, parseable JSON with the same values.
        view->copyAllPcrs();
        const QJsonObject copied
            = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
        const QJsonObject copiedMeasurements = copied.value(QStringLiteral("Measurements")).toObject();
        QCOMPARE(copiedMeasurements.value(QStringLiteral("HashAlgorithm")).toString(),
            QStringLiteral("Sha384 { ... }"));
        for (const QString &key : measurements.keys()) {
            if (key.startsWith(QStringLiteral("PCR")))
                QCOMPARE(copiedMeasurements.value(key).toString(), measurements.value(key).toString());
        }
        QApplication::clipboard()->clear();
        auto *editCopy = window.findChild<QAction *>(QStringLiteral("copyMeasurementsAction"));
        QVERIFY(editCopy && editCopy->isEnabled());
        editCopy->trigger(); // Edit > Copy Measurements as JSON does the same for the current tab
        QCOMPARE(QApplication::clipboard()->text(), view->measurementsJson());
        QCOMPARE(QJsonDocument::fromJson(view->pcrJson(1).toUtf8())
                     .object()
                     .value(QStringLiteral("PCR1"))
                     .toString(),
            measurements.value(QStringLiteral("PCR1")).toString());
        QVERIFY(!view->progressBar()->isVisible());
        QVERIFY(view->warnings().isEmpty());

        // For looking at every panel (ENCLAVE_SCREENSHOT_DIR=/tmp/x ctest -R tst_eifview).
        const QString shots = qEnvironmentVariable("ENCLAVE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.resize(1280, 820);
            for (int i = 0; i < view->panels()->count(); ++i) {
                view->panels()->setCurrentIndex(i);
                window.grab().save(QStringLiteral("%1/%2-panel%3.png").arg(shots, file).arg(i));
            }
        }
    }

    void contentsPanelListsRamdisksOnDemand()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *view
            = qobject_cast<EifView *>(window.openFile(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif")));
        QVERIFY(view);
        QVERIFY(!view->contentsView()); // nothing listed until the tab is shown
        int contents = -1;
        for (int i = 0; i < view->panels()->count(); ++i) {
            if (view->panels()->tabText(i) == QStringLiteral("Contents"))
                contents = i;
        }
        QVERIFY(contents >= 0);
        view->panels()->setCurrentIndex(contents);
        RamdiskContentsView *list = view->contentsView();
        QVERIFY(list);
        QCOMPARE(view->panels()->currentWidget(), list);
        if (list->isLoading()) {
            QSignalSpy loaded(list, &RamdiskContentsView::loaded);
            QVERIFY(loaded.wait(30000));
        }
        QCOMPARE(list->model()->rowCount(), 2); // ramdisk 0 and ramdisk 1 of the fixture
        QVERIFY(waitForPcrs(view));
    }

    void compareFromToolsMenu()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.openFile(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif"));
        auto *action = window.findChild<QAction *>(QStringLiteral("compareAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        action->trigger();
        auto *compare = qobject_cast<CompareView *>(window.tabs()->currentWidget());
        QVERIFY(compare);
        QCOMPARE(compare->leftPath(), QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif"));
        QVERIFY(compare->rightPath().isEmpty());
    }

    void cancelStopsTheComputation()
    {
        // 96 MiB of ramdisk: long enough that Cancel lands while hashing.
        const QString path = m_dir.filePath(QStringLiteral("big.eif"));
        {
            EifWriter writer;
            writer.setKernel(QByteArray(4096, 'k'));
            writer.setCmdline(QByteArrayLiteral("console=ttyS0"));
            writer.addRamdisk(QByteArray(64 << 20, 'a'));
            writer.addRamdisk(QByteArray(32 << 20, 'b'));
            QVERIFY(writer.write(path));
        }
        MainWindow window;
        installDocumentFeatures(window);
        window.show();
        auto *view = qobject_cast<EifView *>(window.openFile(path));
        QVERIFY(view);
        QVERIFY(view->isComputing());
        QCOMPARE(view->pcrModel()->status(view->pcrModel()->rowForPcr(0)), PcrTableModel::Status::Pending);
        QVERIFY(view->cancelButton()->isVisibleTo(view));
        QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
        QVERIFY(waitForPcrs(view));
        QVERIFY(view->pcrs().isEmpty());
        QCOMPARE(
            view->pcrModel()->status(view->pcrModel()->rowForPcr(0)), PcrTableModel::Status::Unavailable);
        QCOMPARE(view->pcrModel()
                     ->index(view->pcrModel()->rowForPcr(0), PcrTableModel::ValueColumn)
                     .data()
                     .toString(),
            QStringLiteral("cancelled"));

        // Computing again after a cancel gives the right values.
        view->computePcrs();
        QVERIFY(waitForPcrs(view));
        auto reader = EifReader::open(path);
        QVERIFY(reader);
        PcrCalculator calculator(*reader);
        const auto core = calculator.compute();
        QVERIFY(core);
        QCOMPARE(view->pcrs().value(0), core->pcr0);
        QCOMPARE(view->pcrs().value(2), core->pcr2);
    }

    void closingWhileComputingIsSafe()
    {
        const QString path = m_dir.filePath(QStringLiteral("close.eif"));
        EifWriter writer;
        writer.setKernel(QByteArray(4096, 'k'));
        writer.setCmdline(QByteArrayLiteral("console=ttyS0"));
        writer.addRamdisk(QByteArray(48 << 20, 'c'));
        QVERIFY(writer.write(path));
        MainWindow window;
        installDocumentFeatures(window);
        auto *view = qobject_cast<EifView *>(window.openFile(path));
        QVERIFY(view && view->isComputing());
        delete view; // the job cancels and joins its worker
        QCOMPARE(window.tabs()->count(), 0);
    }

    void malformedEifsOpenErrorTabs_data()
    {
        QTest::addColumn<int>("cut"); // truncate to this many bytes (-1: keep)
        QTest::addColumn<qint64>("patchAt"); // overwrite 8 bytes here with 0xff (-1: none)
        const qint64 size = QFileInfo(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif")).size();
        QTest::newRow("header only") << 548 << qint64(-1);
        QTest::newRow("half header") << 300 << qint64(-1);
        QTest::newRow("cut in kernel") << 2000 << qint64(-1);
        QTest::newRow("cut in signature") << int(size - 100) << qint64(-1);
        QTest::newRow("lying kernel size") << -1 << qint64(548 + 4);
        QTest::newRow("lying section count") << -1 << qint64(0x1a - 6);
    }
    void malformedEifsOpenErrorTabs()
    {
        QFETCH(int, cut);
        QFETCH(qint64, patchAt);
        QByteArray bytes = fileBytes(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif"));
        if (cut >= 0)
            bytes.truncate(cut);
        if (patchAt >= 0)
            bytes.replace(patchAt, 8, QByteArray(8, '\xff'));
        const QString path
            = m_dir.filePath(QStringLiteral("bad-%1.eif").arg(QLatin1StringView(QTest::currentDataTag())));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        MainWindow window;
        installDocumentFeatures(window);
        QWidget *tab = window.openFile(path);
        auto *error = qobject_cast<ErrorView *>(tab);
        QVERIFY2(error,
            qPrintable(
                QStringLiteral("opened as %1").arg(QLatin1StringView(tab->metaObject()->className()))));
        QVERIFY(error->error().offset >= 0);
        QVERIFY(error->message().contains(QStringLiteral("offset")));
        QVERIFY(error->hexView()->isVisibleTo(error));
        QCOMPARE(error->hexView()->markedOffset(), std::min<qint64>(error->error().offset, bytes.size() - 1));
    }

    void sampleEifFromHelpMenu()
    {
        const QString sample = MainWindow::sampleEifPath();
        QVERIFY2(!sample.isEmpty(), "the build writes sample/sample.eif before this test runs");
        MainWindow window;
        installDocumentFeatures(window);
        QAction *action = window.findChild<QAction *>(QStringLiteral("openSampleAction"));
        QVERIFY(action);
        action->trigger();
        auto *view = qobject_cast<EifView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->filePath(), sample);
        QVERIFY(waitForPcrs(view));
        QCOMPARE(view->pcrs().size(), 4); // signed by the build's key: PCR8 too
    }
};

QTEST_MAIN(TestEifView)
#include "tst_eifview.moc"

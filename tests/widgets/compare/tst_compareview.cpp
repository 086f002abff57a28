#include <QCheckBox>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include "common/fixtures.h"
#include "compare/compareview.h"
#include "compare/eifdiffmodel.h"
#include "compare/pcrcomparemodel.h"
#include "inspector/ramdiskcontentsview.h"

using namespace enclave;
using namespace enclave::test;
using namespace enclave::ui;

namespace {

// MEASURE_SCREENSHOTS=dir saves what the views look like, to check them by eye.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MEASURE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the layouts follow the new texts
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestCompareView final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compareFiles_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<int>("pcrRows");
        QTest::addColumn<int>("sections");
        QTest::newRow("unsigned vs signed EIF") << QStringLiteral("unsigned_v4.eif") << QStringLiteral("signed_p384_v4.eif")
                                                << QStringLiteral("Measurements differ: PCR8.\nmetadata differs (moves no PCR): 5 JSON changes\nsignature only in the right image (moves PCR8)") << 4 << 6;
        QTest::newRow("EIF vs attestation document")
            << QStringLiteral("unsigned_v4.eif") << QStringLiteral("base-nitrovalidator-indefmap-2026-01-03.cbor")
            << QStringLiteral("Measurements differ: PCR0, PCR1, PCR2.") << 16 << 0;
        QTest::newRow("same EIF") << QStringLiteral("unsigned_v4.eif") << QStringLiteral("unsigned_v4.eif")
                                  << QStringLiteral("Identical measurements: 3 PCRs compared") << 3 << 5;
        QTest::newRow("missing file") << QStringLiteral("unsigned_v4.eif") << QStringLiteral("nope.eif")
                                      << QStringLiteral("Cannot compare: nope.eif: cannot open") << 0 << 0;
    }
    void compareFiles()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, summary);
        QFETCH(int, pcrRows);
        QFETCH(int, sections);
        CompareView view;
        view.resize(1100, 700);
        view.show();
        view.setSources(fixture(left), fixture(right));
        QSignalSpy done(&view, &CompareView::finished);
        QTest::mouseClick(view.compareButton(), Qt::LeftButton);
        QVERIFY(view.isRunning() || done.count() == 1);
        QVERIFY(done.wait(20000) || done.count() == 1);
        QVERIFY(!view.progressBar()->isVisible());
        QVERIFY2(view.summaryLabel()->text().startsWith(summary), qPrintable(view.summaryLabel()->text()));
        QCOMPARE(view.pcrModel()->rowCount(), pcrRows);
        QCOMPARE(view.diffModel()->rowCount(), sections);
        screenshot(&view, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    }

    void contentOnlyFilter()
    {
        CompareView view;
        view.setSources(
            eifFixture(QStringLiteral("unsigned_v4.eif")), eifFixture(QStringLiteral("signed_p384_v4.eif")));
        QSignalSpy done(&view, &CompareView::finished);
        view.compare();
        QVERIFY(done.wait(20000));
        QCOMPARE(view.diffModel()->rowCount(), 6);
        view.contentOnlyBox()->click();
        // Only the signature section moves a PCR (PCR8); metadata is not measured.
        QCOMPARE(view.diffModel()->rowCount(), 1);
        QCOMPARE(view.diffModel()->index(0, 0).data().toString(), QStringLiteral("signature"));
    }

    void dropTwoFiles()
    {
        CompareView view;
        auto *mime = new QMimeData;
        mime->setUrls({ QUrl::fromLocalFile(eifFixture(QStringLiteral("unsigned_v4.eif"))),
            QUrl::fromLocalFile(eifFixture(QStringLiteral("unsigned_v3_arm64.eif"))) });
        QSignalSpy done(&view, &CompareView::finished);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &drop);
        QVERIFY(done.wait(20000));
        QVERIFY2(view.summaryLabel()->text().startsWith(QLatin1StringView("Identical measurements")),
                 qPrintable(view.summaryLabel()->text()));
        QCOMPARE(view.rightPath(), eifFixture(QStringLiteral("unsigned_v3_arm64.eif")));
        delete mime;
    }

    void contentsTab()
    {
        RamdiskContentsView view(eifFixture(QStringLiteral("unsigned_v4.eif")));
        view.resize(1000, 600);
        view.show();
        QSignalSpy loaded(&view, &RamdiskContentsView::loaded);
        QVERIFY(loaded.wait(20000));
        RamdiskContentsModel *model = view.model();
        QCOMPARE(model->rowCount(), 2);
        // Select ramdisk 1's "env" file: the viewer shows it as text.
        const QModelIndex ramdisk1 = model->index(1, 0);
        QModelIndex env;
        for (int i = 0; i < model->rowCount(ramdisk1); ++i) {
            if (model->index(i, 0, ramdisk1).data().toString() == u"env")
                env = model->index(i, 0, ramdisk1);
        }
        QVERIFY(env.isValid());
        QSignalSpy shown(&view, &RamdiskContentsView::entryShown);
        view.tree()->setCurrentIndex(env);
        QVERIFY(shown.wait(20000));
        shown.clear();
        QVERIFY2(view.viewerStatus()->text().contains(QLatin1StringView("shown as text")), qPrintable(view.viewerStatus()->text()));
        QVERIFY(!view.viewer()->toPlainText().isEmpty());
        screenshot(&view, QStringLiteral("contents"));
        // Quick successive selections never block and the last one wins.
        QModelIndex cmd;
        for (int i = 0; i < model->rowCount(ramdisk1); ++i) {
            if (model->index(i, 0, ramdisk1).data().toString() == u"cmd")
                cmd = model->index(i, 0, ramdisk1);
        }
        QVERIFY(cmd.isValid());
        view.tree()->setCurrentIndex(env);
        view.tree()->setCurrentIndex(cmd);
        QVERIFY(QTest::qWaitFor([&] { return view.viewerStatus()->text().startsWith(QLatin1StringView("cmd:")); }, 20000));
        // A directory has nothing to show, and says so at once.
        view.tree()->setCurrentIndex(model->index(0, 0, ramdisk1));
        QVERIFY(view.viewerStatus()->text().contains(QLatin1StringView("directory")));
    }

    // The worker reports progress through plain numbers for every phase.
    void progressReported()
    {
        CompareView::Progress progress;
        std::atomic_bool cancel{false};
        const CompareResult r = CompareView::run(eifFixture(QStringLiteral("unsigned_v4.eif")),
            eifFixture(QStringLiteral("signed_p384_v4.eif")), &cancel, &progress);
        QVERIFY(!r.error);
        QCOMPARE(progress.phase.load(), 2);
        QVERIFY(progress.total.load() > 0);
        QCOMPARE(progress.done.load(), progress.total.load());
        cancel = true;
        const CompareResult c = CompareView::run(eifFixture(QStringLiteral("unsigned_v4.eif")),
            eifFixture(QStringLiteral("signed_p384_v4.eif")), &cancel, &progress);
        QVERIFY(c.error.has_value());
        QCOMPARE(c.error->code, Error::Code::Cancelled);
    }

    void renderHex()
    {
        bool text = true;
        const QString dump = RamdiskContentsView::render(QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10), &text);
        QVERIFY(!text);
        QCOMPARE(dump, QStringLiteral("00000000  7f 45 4c 46 02 01 01 00 00 00                    .ELF......\n"));
        QCOMPARE(RamdiskContentsView::render(QByteArray("PATH=/bin\n"), &text), QStringLiteral("PATH=/bin\n"));
        QVERIFY(text);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"

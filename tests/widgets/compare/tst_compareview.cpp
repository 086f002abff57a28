#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>

#include "common/fixtures.h"
#include "compare/compareview.h"
#include "compare/eifdiffmodel.h"
#include "compare/fileversionsview.h"
#include "compare/pcrcomparemodel.h"
#include "cpio/cpiowriter.h"
#include "eif/eifwriter.h"
#include "inspector/hexview.h"
#include "inspector/ramdiskcontentsview.h"
#include "widgets/common/messageboxanswer.h"

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

// Two images that differ in one text file, one binary file and a long metadata value.
bool writeEif(const QString &path, bool changed)
{
    CpioWriter app;
    app.addDirectory(QStringLiteral("rootfs"), 0755);
    app.addFile(QStringLiteral("rootfs/etc/app.conf"),
        changed ? QByteArray("port=80\nmode=fast\nname=demo\nextra=1\n")
                : QByteArray("port=80\nmode=safe\nname=demo\n"),
        0644);
    QByteArray binary(4096, '\0');
    binary[0] = '\x7f';
    if (changed) {
        binary[0x123] = '\x42';
        binary[0x124] = '\x43';
    }
    app.addFile(QStringLiteral("rootfs/bin/server"), binary, 0755);
    app.addFile(QStringLiteral("rootfs/etc/hosts"), QByteArray("127.0.0.1 localhost\n"), 0644);
    CpioWriter boot;
    boot.addFile(QStringLiteral("init"), QByteArray("init"), 0755);
    EifWriter w;
    w.setKernel(QByteArray(1024, 'K'));
    w.setCmdline(QByteArray("console=ttyS0"));
    const QByteArray longValue = QByteArray(changed ? 300 : 280, changed ? 'b' : 'a');
    w.setMetadata(
        QByteArray("{\"ImageName\":\"t\",\"BuildMetadata\":{\"BuildTool\":\"") + longValue + "\"}}");
    w.addRamdisk(boot.finish());
    w.addRamdisk(app.finish());
    return w.write(path).has_value();
}

QModelIndex findFile(QAbstractItemModel *model, const QString &path)
{
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int i = 0; i < model->rowCount(section); ++i) {
            if (model->index(i, 0, section).data(EifDiffModel::PathRole).toString() == path)
                return model->index(i, 0, section);
        }
    }
    return {};
}

} // namespace

class TestCompareView final : public QObject {
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
        QTest::newRow("unsigned vs signed EIF")
            << QStringLiteral("unsigned_v4.eif") << QStringLiteral("signed_p384_v4.eif")
            << QStringLiteral("Measurements differ: PCR8.\nmetadata differs (moves no PCR): 5 JSON "
                              "changes\nsignature only in the right image (moves PCR8)")
            << 4 << 6;
        QTest::newRow("EIF vs attestation document")
            << QStringLiteral("unsigned_v4.eif")
            << QStringLiteral("base-nitrovalidator-indefmap-2026-01-03.cbor")
            << QStringLiteral("Measurements differ: PCR0, PCR1, PCR2.") << 7 << 0;
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

    // Double-click on a changed text file: both versions side by side as a line diff, from the images' bytes.
    void changedTextFileSideBySide()
    {
        QTemporaryDir dir;
        QVERIFY(writeEif(dir.filePath(QStringLiteral("old.eif")), false));
        QVERIFY(writeEif(dir.filePath(QStringLiteral("new.eif")), true));
        CompareView view;
        view.resize(1100, 700);
        view.show();
        view.setSources(dir.filePath(QStringLiteral("old.eif")), dir.filePath(QStringLiteral("new.eif")));
        QSignalSpy done(&view, &CompareView::finished);
        view.compare();
        QVERIFY(done.wait(20000));
        const QModelIndex conf = findFile(view.diffModel(), QStringLiteral("rootfs/etc/app.conf"));
        QVERIFY(conf.isValid());
        QTreeView *tree = view.diffTree();
        tree->scrollTo(conf);
        const QPoint at = tree->visualRect(conf).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        auto *versions = view.findChild<FileVersionsView *>();
        QVERIFY(versions);
        QSignalSpy loaded(versions, &FileVersionsView::loaded);
        QVERIFY(versions->mode() != FileVersionsView::Mode::Loading || loaded.wait(20000));
        QCOMPARE(versions->mode(), FileVersionsView::Mode::Text);
        QVERIFY2(versions->statusText().startsWith(QStringLiteral("Text: 1 lines removed, 2 lines added.")),
            qPrintable(versions->statusText()));
        const QStringList left = versions->leftText().split(u'\n');
        const QStringList right = versions->rightText().split(u'\n');
        QCOMPARE(left.size(), right.size()); // aligned rows
        QVERIFY(left.at(1).endsWith(QStringLiteral("mode=safe")));
        QVERIFY(right.at(1).endsWith(QStringLiteral("mode=fast")));
        QVERIFY(left.at(2).endsWith(QStringLiteral("name=demo"))
            && right.at(2).endsWith(QStringLiteral("name=demo")));
        QVERIFY(left.at(3).isEmpty());
        QVERIFY(right.at(3).endsWith(QStringLiteral("extra=1")));
        // Sizes and hashes are shown whatever the content.
        const QString labels = [&] {
            QStringList all;
            for (auto *l : versions->findChildren<QLabel *>())
                all.append(l->text());
            return all.join(u'|');
        }();
        const FileChange *change = view.diffModel()->fileChange(conf);
        QVERIFY(change && change->left && change->right);
        QVERIFY(labels.contains(QString::fromLatin1(change->left->sha256.toHex())));
        QVERIFY(labels.contains(QString::fromLatin1(change->right->sha256.toHex())));
        QVERIFY(labels.contains(QStringLiteral("old.eif")) && labels.contains(QStringLiteral("new.eif")));
        screenshot(versions, QStringLiteral("file-versions-text"));
        versions->close();
    }

    void changedBinaryFileSideBySide()
    {
        QTemporaryDir dir;
        QVERIFY(writeEif(dir.filePath(QStringLiteral("old.eif")), false));
        QVERIFY(writeEif(dir.filePath(QStringLiteral("new.eif")), true));
        CompareView view;
        view.resize(1100, 700);
        view.show();
        view.setSources(dir.filePath(QStringLiteral("old.eif")), dir.filePath(QStringLiteral("new.eif")));
        QSignalSpy done(&view, &CompareView::finished);
        view.compare();
        QVERIFY(done.wait(20000));
        const QModelIndex server = findFile(view.diffModel(), QStringLiteral("rootfs/bin/server"));
        QVERIFY(server.isValid());
        FileVersionsView *versions
            = view.showFileVersions(server.siblingAtColumn(EifDiffModel::ChangeColumn));
        QVERIFY(versions);
        QSignalSpy loaded(versions, &FileVersionsView::loaded);
        QVERIFY(versions->mode() != FileVersionsView::Mode::Loading || loaded.wait(20000));
        QCOMPARE(versions->mode(), FileVersionsView::Mode::Binary);
        QCOMPARE(versions->leftHex()->size(), 4096);
        QCOMPARE(versions->rightHex()->size(), 4096);
        QCOMPARE(versions->leftHex()->markedOffset(), 0x123);
        QCOMPARE(versions->rightHex()->markedLength(), 2);
        QVERIFY2(versions->statusText().contains(QStringLiteral("2 bytes differ")),
            qPrintable(versions->statusText()));
        QVERIFY(versions->statusText().contains(QStringLiteral("0x123")));
        // Not a file row: nothing opens.
        QVERIFY(!view.showFileVersions(view.diffModel()->index(0, 0)));
    }

    void reportCopiedAndExported()
    {
        QTemporaryDir dir;
        QVERIFY(writeEif(dir.filePath(QStringLiteral("old.eif")), false));
        QVERIFY(writeEif(dir.filePath(QStringLiteral("new.eif")), true));
        CompareView view;
        QVERIFY(!view.copyReportButton()->isEnabled());
        view.setSources(dir.filePath(QStringLiteral("old.eif")), dir.filePath(QStringLiteral("new.eif")));
        QSignalSpy done(&view, &CompareView::finished);
        view.compare();
        QVERIFY(done.wait(20000));
        QVERIFY(view.copyReportButton()->isEnabled());
        const QString md = view.reportMarkdown();
        QVERIFY(md.contains(QStringLiteral("| old.eif | new.eif |")));
        QVERIFY(md.contains(QStringLiteral("| `rootfs/etc/app.conf` | content |")));
        QVERIFY(!md.contains(dir.path()));
        view.copyReportButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), md);

        const QString out = dir.filePath(QStringLiteral("report.md"));
        QVERIFY(view.exportReport(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), md);
        f.close();
        // Again: asks, naming the file; "Cancel" keeps it, "Replace" writes.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("mine");
        f.close();
        auto keep = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!view.exportReport(out));
        QVERIFY(keep->seen);
        QVERIFY(keep->text.contains(QStringLiteral("report.md")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("mine"));
        f.close();
        auto replace = answerNextMessageBox(QMessageBox::DestructiveRole);
        QVERIFY(view.exportReport(out));
        QVERIFY(replace->seen);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), md);
    }

    // Long metadata values stay in the details column; paths keep their column on screen.
    void treeColumnsKeepDetailsOnScreen()
    {
        QTemporaryDir dir;
        QVERIFY(writeEif(dir.filePath(QStringLiteral("old.eif")), false));
        QVERIFY(writeEif(dir.filePath(QStringLiteral("new.eif")), true));
        CompareView view;
        view.resize(1000, 700);
        view.show();
        view.setSources(dir.filePath(QStringLiteral("old.eif")), dir.filePath(QStringLiteral("new.eif")));
        QSignalSpy done(&view, &CompareView::finished);
        view.compare();
        QVERIFY(done.wait(20000));
        QTreeView *tree = view.diffTree();
        const int width = tree->viewport()->width();
        QVERIFY(tree->columnWidth(EifDiffModel::ItemColumn) <= width * 45 / 100);
        QVERIFY(tree->columnWidth(EifDiffModel::ItemColumn) + tree->columnWidth(EifDiffModel::ChangeColumn)
            < width * 70 / 100);
        // The metadata row names the JSON path; the long value is in the details column.
        QModelIndex meta;
        for (int s = 0; s < view.diffModel()->rowCount(); ++s) {
            const QModelIndex section = view.diffModel()->index(s, 0);
            if (section.data().toString() == QStringLiteral("metadata"))
                meta = view.diffModel()->index(0, 0, section);
        }
        QVERIFY(meta.isValid());
        QCOMPARE(meta.data().toString(), QStringLiteral("BuildMetadata.BuildTool"));
        QVERIFY(meta.siblingAtColumn(EifDiffModel::PcrsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("aaaa")));
        screenshot(&view, QStringLiteral("compare-files"));
    }

    // An attestation document's unused zero registers fold into one row; PCR values are not elided.
    void pcrTableFoldsZerosAndShowsWholeValues()
    {
        CompareView view;
        view.resize(1100, 700);
        view.show();
        view.setSources(fixture(QStringLiteral("unsigned_v4.eif")),
            fixture(QStringLiteral("base-nitrovalidator-indefmap-2026-01-03.cbor")));
        QSignalSpy done(&view, &CompareView::finished);
        view.compare();
        QVERIFY(done.wait(20000));
        PcrCompareModel *model = view.pcrModel();
        QVERIFY(!model->foldedIndexes().isEmpty());
        const int folded = model->rowCount();
        QCOMPARE(folded, 16 - int(model->foldedIndexes().size()) + 1);
        view.foldZerosBox()->click();
        QCOMPARE(model->rowCount(), 16);
        view.foldZerosBox()->click();
        QCOMPARE(model->rowCount(), folded);

        // Every digit visible: each line of a value fits its column.
        QCoreApplication::processEvents();
        QTableView *table = view.pcrTable();
        const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        for (int column : { int(PcrCompareModel::LeftColumn), int(PcrCompareModel::RightColumn) }) {
            const QString text = model->index(0, column).data().toString();
            int widest = 0;
            for (const QString &line : text.split(u'\n'))
                widest = std::max(widest, fm.horizontalAdvance(line));
            QVERIFY2(widest < table->columnWidth(column), qPrintable(text));
            QVERIFY(table->rowHeight(0) >= int(text.count(u'\n') + 1) * fm.lineSpacing());
        }
        // Wide enough for whole values: one line each.
        view.resize(2600, 700);
        QCoreApplication::processEvents();
        QCOMPARE(model->hexLineLength(), 0);
        QVERIFY(!model->index(0, PcrCompareModel::LeftColumn).data().toString().contains(u'\n'));
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
        view.tree()->setCurrentIndex(view.proxy()->mapFromSource(env));
        QVERIFY(shown.wait(20000));
        shown.clear();
        QVERIFY2(view.viewerStatus()->text().contains(QLatin1StringView("shown as text")),
            qPrintable(view.viewerStatus()->text()));
        QVERIFY(!view.viewer()->toPlainText().isEmpty());
        screenshot(&view, QStringLiteral("contents"));
        // Quick successive selections never block and the last one wins.
        QModelIndex cmd;
        for (int i = 0; i < model->rowCount(ramdisk1); ++i) {
            if (model->index(i, 0, ramdisk1).data().toString() == u"cmd")
                cmd = model->index(i, 0, ramdisk1);
        }
        QVERIFY(cmd.isValid());
        view.tree()->setCurrentIndex(view.proxy()->mapFromSource(env));
        view.tree()->setCurrentIndex(view.proxy()->mapFromSource(cmd));
        QVERIFY(QTest::qWaitFor(
            [&] { return view.viewerStatus()->text().startsWith(QLatin1StringView("cmd:")); }, 20000));
        // A directory has nothing to show, and says so at once.
        view.tree()->setCurrentIndex(view.proxy()->mapFromSource(model->index(0, 0, ramdisk1)));
        QVERIFY(view.viewerStatus()->text().contains(QLatin1StringView("directory")));
    }

    // The worker reports progress through plain numbers for every phase.
    void progressReported()
    {
        CompareView::Progress progress;
        std::atomic_bool cancel { false };
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
        const QString dump = RamdiskContentsView::render(QByteArray("\x7f"
                                                                    "ELF\x02\x01\x01\0\0\0",
                                                             10),
            &text);
        QVERIFY(!text);
        QCOMPARE(
            dump, QStringLiteral("00000000  7f 45 4c 46 02 01 01 00 00 00                    .ELF......\n"));
        QCOMPARE(
            RamdiskContentsView::render(QByteArray("PATH=/bin\n"), &text), QStringLiteral("PATH=/bin\n"));
        QVERIFY(text);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"

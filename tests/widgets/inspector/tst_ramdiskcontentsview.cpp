#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "common/hex.h"
#include "inspector/eifview.h"
#include "inspector/hexview.h"
#include "inspector/ramdiskcontentsmodel.h"
#include "inspector/ramdiskcontentsview.h"
#include "shell/mainwindow.h"
#include "studiofeatures.h"

using namespace enclave;
using namespace enclave::ui;

namespace {
const QString Eif = QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif");

QByteArray fileBytes(const QString &path, qint64 offset = 0, qint64 length = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return {};
    return length < 0 ? f.readAll() : f.read(length);
}
} // namespace

// The Contents tab on a real image (ramdisk 0 plain cpio, ramdisk 1 gzip): filter, sort, and the
// file actions (view, save, copy path / SHA-256, bytes in the hex view).
class TestRamdiskContentsView final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void answerNextQuestion(QMessageBox::StandardButton answer, QString *text)
    {
        QTimer::singleShot(0, qApp, [answer, text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->button(answer)->click();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EnclaveStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ramdiskcontentsview"));
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void filterAndSort()
    {
        RamdiskContentsView view(Eif);
        view.resize(1000, 600);
        view.show();
        QSignalSpy loaded(&view, &RamdiskContentsView::loaded);
        QVERIFY(loaded.wait(20000));
        QSortFilterProxyModel *proxy = view.proxy();
        QCOMPARE(proxy->rowCount(), 2);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 3); // archive order by default
        QCOMPARE(proxy->index(1, 0, proxy->index(0, 0)).data().toString(), QStringLiteral("init"));

        // Typing in the filter box keeps only matching paths (and their ramdisk).
        QTest::keyClicks(view.filterEdit(), QStringLiteral("HELLO"));
        QCOMPARE(proxy->rowCount(), 1);
        const QModelIndex ramdisk = proxy->index(0, 0);
        QCOMPARE(proxy->rowCount(ramdisk), 1);
        QCOMPARE(proxy->index(0, 0, ramdisk).data().toString(), QStringLiteral("rootfs/bin/hello.sh"));
        QVERIFY2(view.summaryLabel()->text().endsWith(QStringLiteral("Entries matching \"HELLO\": 1.")),
            qPrintable(view.summaryLabel()->text()));
        view.setFilterText(QString());
        QCOMPARE(proxy->rowCount(), 2);

        // Sorting by size compares bytes, not the formatted text.
        view.tree()->sortByColumn(RamdiskContentsModel::SizeColumn, Qt::DescendingOrder);
        // (ramdisks sort by their number, so descending puts ramdisk 1 first)
        const QModelIndex gz = proxy->index(0, 0);
        QCOMPARE(gz.data(RamdiskContentsModel::RamdiskRole).toInt(), 1);
        QCOMPARE(proxy->index(0, 0, gz).data().toString(), QStringLiteral("env")); // 66 bytes
        QCOMPARE(proxy->index(1, 0, gz).data().toString(), QStringLiteral("rootfs/bin/hello.sh")); // 18
        QCOMPARE(proxy->index(0, RamdiskContentsModel::SizeColumn, gz).data().toString(),
            QStringLiteral("66 bytes"));
        view.tree()->sortByColumn(RamdiskContentsModel::PathColumn, Qt::AscendingOrder);
        const QModelIndex gzAscending = proxy->index(1, 0);
        QCOMPARE(gzAscending.data(RamdiskContentsModel::RamdiskRole).toInt(), 1);
        QCOMPARE(proxy->index(0, 0, gzAscending).data().toString(), QStringLiteral("cmd"));
    }

    void fileActions()
    {
        RamdiskContentsView view(Eif);
        view.resize(1000, 600);
        view.show();
        QSignalSpy loaded(&view, &RamdiskContentsView::loaded);
        QVERIFY(loaded.wait(20000));
        const QModelIndex init = view.findEntry(QStringLiteral("init"));
        const QModelIndex env = view.findEntry(QStringLiteral("env"));
        QVERIFY(init.isValid() && env.isValid());
        const CpioEntry initEntry = *view.model()->entry(init);
        const CpioEntry envEntry = *view.model()->entry(env);

        // The context menu offers every action; bytes only where they are stored as they are.
        std::unique_ptr<QMenu> plainMenu(view.createContextMenu(init, nullptr));
        for (const char *name : { "viewFile", "saveFile", "copyPath", "copySha256", "showBytes" })
            QVERIFY2(plainMenu->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        std::unique_ptr<QMenu> gzipMenu(view.createContextMenu(env, nullptr));
        QVERIFY(!gzipMenu->findChild<QAction *>(QStringLiteral("showBytes"))->isEnabled());
        QVERIFY(gzipMenu->findChild<QAction *>(QStringLiteral("saveFile"))->isEnabled());

        // Copy path / SHA-256.
        gzipMenu->findChild<QAction *>(QStringLiteral("copyPath"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("env"));
        gzipMenu->findChild<QAction *>(QStringLiteral("copySha256"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), hex::encode(envEntry.sha256));

        // Show bytes: the span in the EIF holds exactly the file (its SHA-256 is the listed one).
        QSignalSpy bytes(&view, &RamdiskContentsView::bytesRequested);
        plainMenu->findChild<QAction *>(QStringLiteral("showBytes"))->trigger();
        QCOMPARE(bytes.size(), 1);
        const qint64 offset = bytes.at(0).at(0).toLongLong();
        QCOMPARE(bytes.at(0).at(1).toLongLong(), initEntry.size);
        QCOMPARE(QCryptographicHash::hash(fileBytes(Eif, offset, initEntry.size), QCryptographicHash::Sha256),
            initEntry.sha256);

        // View File and double-click show the entry.
        QSignalSpy shown(&view, &RamdiskContentsView::entryShown);
        gzipMenu->findChild<QAction *>(QStringLiteral("viewFile"))->trigger();
        QVERIFY(shown.wait(20000));
        QVERIFY(view.viewerStatus()->text().startsWith(QStringLiteral("env:")));
        shown.clear();
        const QModelIndex initRow = view.proxy()->mapFromSource(init);
        view.tree()->scrollTo(initRow);
        QTest::mouseDClick(
            view.tree()->viewport(), Qt::LeftButton, {}, view.tree()->visualRect(initRow).center());
        QVERIFY(QTest::qWaitFor(
            [&] { return view.viewerStatus()->text().startsWith(QStringLiteral("init:")); }, 20000));

        // Save As: the file's exact bytes from the gzip ramdisk, atomically.
        const QString target = m_dir.filePath(QStringLiteral("env.txt"));
        QSignalSpy saved(&view, &RamdiskContentsView::entrySaved);
        QVERIFY(view.saveEntry(env, target));
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QCOMPARE(QCryptographicHash::hash(fileBytes(target), QCryptographicHash::Sha256), envEntry.sha256);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
            QStringList { QStringLiteral("env.txt") }); // no temp left

        // An existing file is replaced only when the user says so, and the question names it.
        QFile other(target);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("keep me");
        other.close();
        QString asked;
        answerNextQuestion(QMessageBox::Cancel, &asked);
        QVERIFY(!view.saveEntry(init, target));
        QVERIFY(asked.contains(target));
        QCOMPARE(fileBytes(target), QByteArray("keep me"));
        saved.clear();
        answerNextQuestion(QMessageBox::Yes, &asked);
        QVERIFY(view.saveEntry(init, target));
        QVERIFY(saved.wait(20000));
        QCOMPARE(QCryptographicHash::hash(fileBytes(target), QCryptographicHash::Sha256), initEntry.sha256);
    }

    // In the EIF view, "Show Bytes in Hex View" marks the file's bytes in the image's hex view.
    void bytesMarkedInTheEifHexView()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.resize(1280, 820);
        window.show();
        auto *view = qobject_cast<EifView *>(window.openFile(Eif));
        QVERIFY(view);
        for (int i = 0; i < view->panels()->count(); ++i) {
            if (view->panels()->tabText(i) == QStringLiteral("Contents"))
                view->panels()->setCurrentIndex(i);
        }
        RamdiskContentsView *contents = view->contentsView();
        QVERIFY(contents);
        if (contents->isLoading()) {
            QSignalSpy loaded(contents, &RamdiskContentsView::loaded);
            QVERIFY(loaded.wait(20000));
        }
        const QModelIndex init = contents->findEntry(QStringLiteral("init"));
        contents->showBytes(init);
        QCOMPARE(
            view->hexView()->markedOffset(), init.data(RamdiskContentsModel::FileOffsetRole).toLongLong());
        // ENCLAVE_SCREENSHOT_DIR=DIR (under Xvfb): the window as a user sees it, filtered.
        if (const QString shots = qEnvironmentVariable("ENCLAVE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            contents->setFilterText(QStringLiteral("i"));
            contents->tree()->setCurrentIndex(
                contents->proxy()->mapFromSource(contents->findEntry(QStringLiteral("init"))));
            QTest::qWait(1500);
            window.grab().save(shots + QStringLiteral("/contents.png"));
        }
        QTRY_VERIFY(!view->isComputing());
    }
};

QTEST_MAIN(TestRamdiskContentsView)
#include "tst_ramdiskcontentsview.moc"

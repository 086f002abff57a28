#include <sys/stat.h>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include "common/closeguard.h"
#include "common/hex.h"
#include "common/libraryversions.h"
#include "eif/eifdescription.h"
#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"
#include "inspector/measurementsview.h"
#include "inspector/pcrtablemodel.h"
#include "measure/nitroclijson.h"
#include "shell/aboutdialog.h"
#include "shell/errorview.h"
#include "shell/helpview.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"
#include "shell/shortcutslist.h"
#include "shell/startpage.h"
#include "studiofeatures.h"
#include "tools/signeifpage.h"

using namespace enclave;
using namespace enclave::ui;

class TestMainWindow final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A tab that would lose something when closed.
    class BusyView final : public QWidget, public CloseGuard {
    public:
        QStringList losses;
        QStringList pendingLoss() const override { return losses; }
    };

    // Answers the next modal question (Close Anyway or Cancel), keeping its text.
    void answerNextQuestion(bool proceed, QString *text)
    {
        text->clear();
        QTimer::singleShot(0, this, [proceed, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *text = box->text();
            if (proceed)
                box->findChild<QPushButton *>(QStringLiteral("closeAnyway"))->click();
            else
                box->button(QMessageBox::Cancel)->click();
        });
    }

    QString copyFixture(const QString &fixture, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(QStringLiteral(TEST_DATA_DIR "/") + fixture, path) ? path : QString();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EnclaveStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }

    void malformedFilesOpenErrorTabs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("empty");
        QTest::newRow("unknown binary") << QByteArray("\x7f"
                                                      "ELF\x02\x01",
            6) << qint64(0) << QStringLiteral("7f 45 4c 46");
        QTest::newRow("hex with junk")
            << QByteArray("8444a10138220a!!") << qint64(14) << QStringLiteral("unexpected character");
        QTest::newRow("odd hex") << QByteArray("8444a1013") << qint64(9) << QStringLiteral("odd number");
    }
    void malformedFilesOpenErrorTabs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, offset);
        QFETCH(QString, needle);
        MainWindow window;
        installDocumentFeatures(window);
        const QString path = write(
            QStringLiteral("bad-%1.bin").arg(QLatin1StringView(QTest::currentDataTag())).replace(u' ', u'_'),
            bytes);
        QWidget *tab = window.openFile(path);
        auto *error = qobject_cast<ErrorView *>(tab);
        QVERIFY(error);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(error->error().offset, offset);
        QVERIFY2(error->message().contains(needle), qPrintable(error->message()));
        if (offset >= 0 && !bytes.isEmpty()) {
            QVERIFY(error->hexView()->isVisibleTo(error));
            QCOMPARE(error->hexView()->markedOffset(), std::min<qint64>(offset, bytes.size() - 1));
        }
    }

    // Every source Compare accepts opens: measurement files as a read-only measurements tab.
    void measurementSourcesOpenReadOnly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("sourceType"); // Measurements::SourceType
        QTest::addColumn<QList<int>>("indexes");
        const QByteArray p0 = QByteArray(48, '\x11').toHex();
        const QByteArray p1 = QByteArray(48, '\x22').toHex();
        using T = Measurements::SourceType;
        auto d = EifDescription::describe(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif"));
        QVERIFY(d);
        const QByteArray describe = NitroCliJson::describeEif(*d);
        QTest::newRow("nitro-cli build-enclave")
            << QByteArray("{\"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\", \"PCR0\": \"" + p0
                   + "\", \"PCR1\": \"" + p1 + "\"}}")
            << int(T::NitroCliJson) << QList<int> { 0, 1 };
        QTest::newRow("nitro-cli with progress lines") << QByteArray(
            "Start building the Enclave Image...\n{\"Measurements\": {\"PCR0\": \"" + p0 + "\"}}\n")
                                                       << int(T::NitroCliJson) << QList<int> { 0 };
        QTest::newRow("enclave-tool describe-eif")
            << describe << int(T::DescribeEifJson) << QList<int> { 0, 1, 2, 8 };
        QTest::newRow("expectations") << QByteArray("{\"PCR0\": \"" + p0 + "\", \"PCR8\": \"" + p1 + "\"}")
                                      << int(T::Expectations) << QList<int> { 0, 8 };
        QTest::newRow("kms key policy") << QByteArray(
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"enclave\", \"Effect\": \"Allow\", "
            "\"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:role/app\"}, \"Action\": \"kms:Decrypt\", "
            "\"Resource\": \"*\", \"Condition\": {\"StringEqualsIgnoreCase\": "
            "{\"kms:RecipientAttestation:ImageSha384\": \""
            + p0 + "\", \"kms:RecipientAttestation:PCR1\": \"" + p1 + "\"}}}]}")
                                        << int(T::KmsKeyPolicy) << QList<int> { 0, 1 };
    }
    void measurementSourcesOpenReadOnly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, sourceType);
        QFETCH(QList<int>, indexes);
        MainWindow window;
        installDocumentFeatures(window);
        const QString path = write(
            QStringLiteral("m-%1.json").arg(QLatin1StringView(QTest::currentDataTag())).replace(u' ', u'_'),
            bytes);
        QWidget *tab = window.openFile(path);
        if (auto *error = qobject_cast<ErrorView *>(tab))
            QFAIL(qPrintable(error->message()));
        auto *view = qobject_cast<MeasurementsView *>(tab);
        QVERIFY(view);
        QCOMPARE(int(view->measurements().sourceType()), sourceType);
        QCOMPARE(view->measurements().indexes(), indexes);
        QCOMPARE(view->pcrModel()->rowCount(), indexes.size());
        for (int i : indexes) {
            const int row = view->pcrModel()->rowForPcr(i);
            QCOMPARE(view->pcrModel()->index(row, PcrTableModel::ValueColumn).data().toString(),
                hex::encode(view->measurements().value(i)));
            QCOMPARE(view->measurements().value(i).size(), 48);
        }
        // The tab's JSON copy is what nitro-cli prints.
        QCOMPARE(QJsonDocument::fromJson(view->measurementsJson().toUtf8())
                     .object()
                     .value(QStringLiteral("Measurements"))
                     .toObject()
                     .size(),
            indexes.size() + 1);
    }

    // A JSON of a known shape with a bad value is an error tab naming the problem.
    void badMeasurementsJsonIsAnErrorTab()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *error = qobject_cast<ErrorView *>(
            window.openFile(write(QStringLiteral("bad.json"), "{\"Measurements\": {\"PCR0\": \"abcd\"}}")));
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("PCR0")), qPrintable(error->message()));
    }

    void missingFileIsAnErrorTab()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *error = qobject_cast<ErrorView *>(window.openFile(m_dir.filePath(QStringLiteral("nope.eif"))));
        QVERIFY(error);
        QCOMPARE(error->error().code, Error::Code::Io);
        QVERIFY(window.recentFiles()->files().isEmpty());

        auto *dir = qobject_cast<ErrorView *>(window.openFile(m_dir.path()));
        QVERIFY(dir);
        QCOMPARE(dir->error().code, Error::Code::Io);
        // A FIFO with no writer would block open(): it must be refused without opening it.
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        auto *pipe = qobject_cast<ErrorView *>(window.openFile(fifo));
        QVERIFY(pipe);
        QVERIFY(pipe->message().contains(QStringLiteral("not a regular file")));
    }

    void reopeningFocusesExistingTab()
    {
        MainWindow window;
        installDocumentFeatures(window);
        const QString a = write(QStringLiteral("a.bin"), "junk-a-junk");
        const QString b = write(QStringLiteral("b.bin"), "junk-b-junk");
        QWidget *ta = window.openFile(a);
        window.openFile(b);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.openFile(a), ta);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->currentWidget(), ta);
        window.closeCurrentTab();
        QCOMPARE(window.tabs()->count(), 1);
        window.closeAllTabs();
        QCOMPARE(window.tabs()->count(), 0);
    }

    void dragAndDropOpensFiles()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString a = write(QStringLiteral("drop-a.bin"), "dropped file a");
        const QString b = write(QStringLiteral("drop-b.bin"), "dropped file b");
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(a), QUrl::fromLocalFile(b),
            QUrl(QStringLiteral("https://example.invalid/x.eif")) });
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(window.tabs()->count(), 2); // the remote URL is ignored
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("drop-b.bin"));

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent enterText(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        enterText.setAccepted(false);
        QCoreApplication::sendEvent(&window, &enterText);
        QVERIFY(!enterText.isAccepted());
    }

    void recentFilesPersistAndReopen()
    {
        const QString a = copyFixture(QStringLiteral("attestation/sparsity-attestation2-2023-09-28.cbor"),
            QStringLiteral("recent-a.cbor"));
        const QString b = copyFixture(QStringLiteral("attestation/fastcrypto-pcr16-indefmap-2025-11-10.cbor"),
            QStringLiteral("recent-b.cbor"));
        {
            MainWindow window;
            installDocumentFeatures(window);
            window.openFile(a);
            window.openFile(b);
            window.openFile(a);
            QCOMPARE(window.recentFiles()->files(), (QStringList { a, b }));
        }
        MainWindow window; // a new window reads them back from QSettings
        installDocumentFeatures(window);
        QCOMPARE(window.recentFiles()->files(), (QStringList { a, b }));
        QMenu *recentMenu = nullptr;
        for (QAction *action : window.menu(MainWindow::Menu::File)->actions()) {
            if (action->menu() && action->menu()->title().contains(QStringLiteral("Recent")))
                recentMenu = action->menu();
        }
        QVERIFY(recentMenu);
        QAction *second = nullptr;
        for (QAction *action : recentMenu->actions()) {
            if (action->data().toString() == b)
                second = action;
        }
        QVERIFY(second);
        QCOMPARE(second->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
        second->trigger();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(qobject_cast<DocumentView *>(window.tabs()->currentWidget())->filePath(), b);
        QCOMPARE(window.recentFiles()->files().first(), b);
        window.recentFiles()->clear();
        QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().isEmpty());
    }

    // Only files that opened are remembered; one that fails now leaves the list.
    void failedFilesStayOutOfRecent()
    {
        MainWindow window;
        installDocumentFeatures(window);
        const QString good = copyFixture(
            QStringLiteral("attestation/sparsity-attestation2-2023-09-28.cbor"), QStringLiteral("good.cbor"));
        const QString junk = write(QStringLiteral("junk.bin"), "not an enclave file");
        window.openFile(junk);
        window.openFile(good);
        QCOMPARE(window.recentFiles()->files(), QStringList { good });
        window.openFile(junk); // focusing its error tab does not add it either
        QCOMPARE(window.recentFiles()->files(), QStringList { good });
        window.closeAllTabs();
        // The good file is damaged since: reopening it fails and removes it from Open Recent.
        write(QStringLiteral("good.cbor"), "damaged");
        QVERIFY(qobject_cast<ErrorView *>(window.openFile(good)));
        QVERIFY(window.recentFiles()->files().isEmpty());
    }

    // An EIF cut short says "truncated" and by how much, and still shows the header that parsed.
    void truncatedEifShowsItsHeader_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("inside the last section") << 100;
        QTest::newRow("into an earlier section") << 3000;
    }
    void truncatedEifShowsItsHeader()
    {
        QFETCH(int, cut);
        QFile in(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        QVERIFY(whole.size() > cut + 548);
        const QString path = write(QStringLiteral("cut-%1.eif").arg(cut), whole.left(whole.size() - cut));
        MainWindow window;
        installDocumentFeatures(window);
        auto *error = qobject_cast<ErrorView *>(window.openFile(path));
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("truncated by %1 bytes").arg(cut)),
            qPrintable(error->message()));
        QVERIFY(error->fieldModel());
        const QModelIndex header = error->fieldModel()->findByName(QStringLiteral("EIF header"));
        QVERIFY(header.isValid());
        QVERIFY(error->fieldModel()->rowCount(header) > 5);
        // Selecting a header field marks its bytes.
        error->fieldTree()->setCurrentIndex(error->fieldModel()->index(1, 0, header));
        QCOMPARE(error->hexView()->markedOffset(),
            error->fieldModel()->index(1, 0, header).data(FieldTreeModel::OffsetRole).toLongLong());
        // A file shorter than the header says so too.
        auto *tiny
            = qobject_cast<ErrorView *>(window.openFile(write(QStringLiteral("tiny.eif"), whole.left(100))));
        QVERIFY(tiny);
        QVERIFY2(tiny->message().contains(QStringLiteral("truncated")), qPrintable(tiny->message()));
    }

    // The empty-file page keeps its icon beside the message at the top.
    void emptyFileIconAndTextTogether()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *error
            = qobject_cast<ErrorView *>(window.openFile(write(QStringLiteral("empty.eif"), QByteArray())));
        QVERIFY(error);
        QCoreApplication::processEvents();
        auto *label = error->findChild<QLabel *>(QStringLiteral("errorMessage"));
        QVERIFY(label->geometry().top() < 40);
        QVERIFY(label->height() < 200);
    }

    // No tab open: the start page, with Open, the sample, recent files and connections.
    void startPageWhenNoTabIsOpen()
    {
        const QString doc = copyFixture(QStringLiteral("attestation/sparsity-attestation2-2023-09-28.cbor"),
            QStringLiteral("start.cbor"));
        const QString missing = copyFixture(
            QStringLiteral("attestation/sparsity-attestation2-2023-09-28.cbor"), QStringLiteral("gone.cbor"));
        MainWindow window;
        installDocumentFeatures(window);
        window.recentFiles()->add(missing);
        window.recentFiles()->add(doc);
        QVERIFY(QFile::remove(missing));
        int connected = 0;
        window.startPage()->setConnectionsProvider([&] {
            return QList<StartPage::Link> { { QStringLiteral("Local simulator"), QString(),
                [&] { ++connected; } } };
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.startPage()->isVisible());
        QVERIFY(!window.tabs()->isVisible());
        // The deleted file is not offered; the one that exists is, and a click opens it.
        QListWidget *recent = window.startPage()->recentList();
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), doc);
        QVERIFY(window.startPage()
                    ->findChild<QLabel *>(QStringLiteral("startAbout"))
                    ->text()
                    .contains(QStringLiteral("attestation")));
        QListWidget *connections = window.startPage()->connectionList();
        QCOMPARE(connections->count(), 1);
        QTest::mouseClick(connections->viewport(), Qt::LeftButton, {},
            connections->visualItemRect(connections->item(0)).center());
        QCOMPARE(connected, 1);
        QTest::mouseClick(
            recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.tabs()->isVisible());
        QVERIFY(!window.startPage()->isVisible());
        window.closeAllTabs();
        QVERIFY(window.startPage()->isVisible());
        // The sample button opens the sample EIF the build made (when this build made one).
        if (!MainWindow::sampleEifPath().isEmpty()) {
            window.startPage()->sampleButton()->click();
            QCOMPARE(window.tabs()->count(), 1);
            QCOMPARE(qobject_cast<DocumentView *>(window.tabs()->currentWidget())->filePath(),
                MainWindow::sampleEifPath());
        }
    }

    // The status bar names the current tab's file, never a stale one.
    void statusBarFollowsTheCurrentTab()
    {
        MainWindow window;
        installDocumentFeatures(window);
        const QString a = write(QStringLiteral("status-a.bin"), "status a");
        const QString b = write(QStringLiteral("status-b.bin"), "status b");
        window.openFile(a);
        window.openFile(b);
        QCOMPARE(window.currentFileLabel()->text(), b);
        window.tabs()->setCurrentIndex(0);
        QCOMPARE(window.currentFileLabel()->text(), a);
        window.addView(new QWidget, QStringLiteral("Dashboard"));
        QVERIFY(window.currentFileLabel()->text().isEmpty());
        window.closeAllTabs();
        QVERIFY(window.currentFileLabel()->text().isEmpty());
    }

    // Close Tab, Close All Tabs and Quit ask when a tab would lose something, saying what.
    void closingAsksWhenWorkWouldBeLost()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *busy = new BusyView;
        busy->losses = { QStringLiteral("the upload of app.eif") };
        window.addView(busy, QStringLiteral("Enclaves: prod"));
        window.openFile(write(QStringLiteral("idle.bin"), "nothing to lose"));
        QCOMPARE(window.tabs()->count(), 2);

        // Cancel keeps every tab; the question names the tab and the loss.
        QString asked;
        answerNextQuestion(false, &asked);
        window.closeAllTabs();
        QCOMPARE(window.tabs()->count(), 2);
        QVERIFY2(asked.contains(QStringLiteral("Enclaves: prod"))
                && asked.contains(QStringLiteral("the upload of app.eif")),
            qPrintable(asked));
        // Closing a tab that loses nothing does not ask.
        window.closeTab(1);
        QCOMPARE(window.tabs()->count(), 1);
        // Quit asks too, and cancelling keeps the window open.
        answerNextQuestion(false, &asked);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        // "Close Anyway" closes.
        answerNextQuestion(true, &asked);
        window.closeTab(0);
        QCOMPARE(window.tabs()->count(), 0);

        // Typed, unsaved form input counts as a loss.
        auto *form = new QWidget;
        auto *edit = new QLineEdit(form);
        window.addView(form, QStringLiteral("Sign EIF"));
        QVERIFY(CloseGuard::lossesOf(form).isEmpty()); // a plain widget is not a guard
        QVERIFY(!CloseGuard::hasEditedInput(form));
        edit->setText(QStringLiteral("set by the program"));
        QVERIFY(!CloseGuard::hasEditedInput(form));
        QTest::keyClicks(edit, QStringLiteral("typed"));
        QVERIFY(CloseGuard::hasEditedInput(form));

        // A real tool page: typed paths are a loss, its untouched form is not.
        SignEifPage sign;
        QVERIFY(CloseGuard::lossesOf(&sign).isEmpty());
        QTest::keyClicks(sign.findChild<QLineEdit *>(), QStringLiteral("app.eif"));
        QVERIFY(!CloseGuard::lossesOf(&sign).isEmpty());
    }

    // F1 opens README's user sections in a Help tab (focused when already open).
    void helpTab()
    {
        MainWindow window;
        installDocumentFeatures(window);
        QAction *help = window.findChild<QAction *>(QStringLiteral("helpAction"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
        help->trigger();
        QCOMPARE(window.tabs()->count(), 1);
        auto *view = qobject_cast<HelpView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        const QString text = view->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("The desktop app")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Attestation view")));
        QVERIFY(!text.contains(QStringLiteral("screenshots/")));
        window.addView(new QWidget, QStringLiteral("Other"));
        help->trigger();
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->currentWidget(), view);
        // Sections are picked by title; developer subsections and images are left out.
        const QString md = QStringLiteral(
            "# T\n## Build\nno\n## The desktop app\nyes\n![x](a.png)\n### For developers\nno\n"
            "### Tour\nyes too\n## Code\nno");
        QCOMPARE(HelpView::userSections(md, { QStringLiteral("The desktop app") }),
            QStringLiteral("## The desktop app\nyes\n### Tour\nyes too"));
    }

    // About names the versions of Qt, OpenSSL and libcbor (from core, which links them) and the licence.
    void aboutNamesVersions()
    {
        const QString text = AboutDialog::text();
        const LibraryVersions v = LibraryVersions::current();
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(v.openssl.toHtmlEscaped()));
        QVERIFY(text.contains(v.libcbor));
        QVERIFY(text.contains(QStringLiteral("Apache License")));
    }

    // The shortcuts list has every menu, submenus and menus added by other modules included.
    void shortcutsListCoversEveryMenu()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *remote = window.menuBar()->addMenu(QStringLiteral("&Remote"));
        remote->addAction(QStringLiteral("&Connect…"))
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        const QList<ShortcutsList::Entry> entries = ShortcutsList::collect(window.menuBar());
        QStringList seen;
        for (const auto &e : entries)
            seen << e.menu + QStringLiteral(": ") + e.action;
        for (const QString &expected :
            { QStringLiteral("Remote: Connect…"), QStringLiteral("View › Theme: Dark"),
                QStringLiteral("File: Open…"), QStringLiteral("Help: Help Contents"),
                QStringLiteral("File › Open Recent: Clear Recent Files") }) {
            QVERIFY2(
                seen.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + seen.join(u'|')));
        }
        QVERIFY(ShortcutsList::html(entries).contains(QStringLiteral("Remote")));
    }

    // Ctrl+Enter accepts a dialog from its multi-line text box.
    void ctrlEnterAcceptsDialogs()
    {
        MainWindow window; // installs the filter
        installDocumentFeatures(window);
        QDialog dialog;
        auto *layout = new QVBoxLayout(&dialog);
        auto *text = new QPlainTextEdit(&dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return); // a line break, the dialog stays
        QVERIFY(dialog.isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("\n"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // A disabled OK is not clicked.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
    }

    void everyMenuActionHasAShortcut()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.openFile(write(QStringLiteral("r.bin"), "something to remember"));
        QStringList missing;
        QList<QMenu *> menus;
        for (QAction *top : window.menuBar()->actions())
            menus << top->menu();
        while (!menus.isEmpty()) {
            QMenu *m = menus.takeFirst();
            for (QAction *a : m->actions()) {
                if (a->isSeparator())
                    continue;
                if (a->menu()) {
                    menus << a->menu();
                    continue;
                }
                if (a->shortcut().isEmpty())
                    missing << a->text();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void themesAreAppliedAndRemembered()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.setTheme(Theme::Mode::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        // Text stays readable: strong contrast between text and base in both palettes.
        for (const QPalette &p : { Theme::darkPalette(), Theme::lightPalette() }) {
            const int diff
                = std::abs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness());
            QVERIFY(diff > 150);
            const int hl = std::abs(
                p.color(QPalette::HighlightedText).lightness() - p.color(QPalette::Highlight).lightness());
            QVERIFY(hl > 90);
        }
        window.setTheme(Theme::Mode::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        MainWindow second; // the checked action reflects the stored theme
        installDocumentFeatures(second);
        QAction *light = nullptr;
        for (QAction *a : second.findChildren<QAction *>()) {
            if (a->data().toString() == QStringLiteral("light"))
                light = a;
        }
        QVERIFY(light && light->isChecked());
    }

    void extensionPoints()
    {
        MainWindow window;
        installDocumentFeatures(window);
        auto *dashboard = new QWidget;
        const int index = window.addView(dashboard, QStringLiteral("Dashboard"));
        QCOMPARE(window.tabs()->widget(index), dashboard);
        QCOMPARE(window.tabs()->currentWidget(), dashboard);
        QMenu *tools = window.menu(MainWindow::Menu::Tools);
        QVERIFY(tools);
        QCOMPARE(window.menu(MainWindow::Menu::Tools), tools);
        const auto bar = window.menuBar()->actions();
        QCOMPARE(bar.indexOf(tools->menuAction()) + 1,
            bar.indexOf(window.menu(MainWindow::Menu::Help)->menuAction()));

        bool called = false;
        window.registerViewer(
            FileType::CoseHex, [&](const OpenedDocument &doc, QWidget *parent) -> DocumentView * {
                called = true;
                return new ErrorView(doc.path,
                    Error { Error::Code::Unsupported, 1, QStringLiteral("custom viewer") }, doc.source,
                    parent);
            });
        auto *view = qobject_cast<ErrorView *>(
            window.openFile(write(QStringLiteral("doc.hex"), "8444a1013822a0590011")));
        QVERIFY(called);
        QVERIFY(view);
        QCOMPARE(view->hexView()->size(), qint64(10)); // the viewer got the decoded bytes
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include <sys/stat.h>

#include <QApplication>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "shell/errorview.h"
#include "inspector/hexview.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"
#include "studiofeatures.h"

using namespace enclave;
using namespace enclave::ui;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

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
        QTest::newRow("unknown binary") << QByteArray("\x7f" "ELF\x02\x01", 6) << qint64(0)
                                        << QStringLiteral("7f 45 4c 46");
        QTest::newRow("hex with junk") << QByteArray("8444a10138220a!!") << qint64(14)
                                       << QStringLiteral("unexpected character");
        QTest::newRow("odd hex") << QByteArray("8444a1013") << qint64(9) << QStringLiteral("odd number");
    }
    void malformedFilesOpenErrorTabs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, offset);
        QFETCH(QString, needle);
        MainWindow window;
        installDocumentFeatures(window);
        const QString path = write(QStringLiteral("bad-%1.bin").arg(QLatin1StringView(QTest::currentDataTag())).replace(u' ', u'_'), bytes);
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
        mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl(QStringLiteral("https://example.invalid/x.eif"))});
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
        const QString a = write(QStringLiteral("recent-a.bin"), "recent file a");
        const QString b = write(QStringLiteral("recent-b.bin"), "recent file b");
        {
            MainWindow window;
            installDocumentFeatures(window);
            window.openFile(a);
            window.openFile(b);
            window.openFile(a);
            QCOMPARE(window.recentFiles()->files(), (QStringList{a, b}));
        }
        MainWindow window; // a new window reads them back from QSettings
        installDocumentFeatures(window);
        QCOMPARE(window.recentFiles()->files(), (QStringList{a, b}));
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
        for (const QPalette &p : {Theme::darkPalette(), Theme::lightPalette()}) {
            const int diff = std::abs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness());
            QVERIFY(diff > 150);
            const int hl = std::abs(p.color(QPalette::HighlightedText).lightness() - p.color(QPalette::Highlight).lightness());
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
        QCOMPARE(bar.indexOf(tools->menuAction()) + 1, bar.indexOf(window.menu(MainWindow::Menu::Help)->menuAction()));

        bool called = false;
        window.registerViewer(FileType::CoseHex, [&](const OpenedDocument &doc, QWidget *parent) -> DocumentView * {
            called = true;
            return new ErrorView(doc.path, Error{Error::Code::Unsupported, 1, QStringLiteral("custom viewer")},
                                 doc.source, parent);
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

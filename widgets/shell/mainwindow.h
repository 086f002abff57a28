#pragma once

#include <functional>
#include <map>

#include <QMainWindow>

#include "shell/filetype.h"
#include "shell/openeddocument.h"
#include "shell/theme.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace enclave::ui {

class DocumentView;
class RecentFiles;
class StartPage;

// One tab per opened document. Open by File > Open, drag and drop, the command line or Recent
// Files; the viewer is chosen by content (FileTypeDetector), never by extension.
//
// Open for extension: the features (installed once by app/enclave-studio/main.cpp, see
// studiofeatures.h) add viewers for a FileType with registerViewer(), actions to menu(Menu::Tools)
// and tabs with addView(). The Edit menu asks the current DocumentView what it supports; the
// window knows no concrete view.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Tools, Help };
    using ViewerFactory = std::function<DocumentView *(const OpenedDocument &document, QWidget *parent)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path in a new tab (or focuses the tab already showing it). Always returns the tab,
    // which is an ErrorView when the file cannot be read or recognised.
    QWidget *openFile(const QString &path);
    // Adds any widget as a tab (dashboards, compare views); takes ownership, makes it current.
    int addView(QWidget *view, const QString &title, const QIcon &icon = {});
    // The menu to put actions in; Tools is created on first use (before Help).
    QMenu *menu(Menu which);
    void registerViewer(FileType type, ViewerFactory factory);

    QTabWidget *tabs() const { return m_tabs; }
    RecentFiles *recentFiles() const { return m_recent; }
    // Shown instead of the tabs when none is open; modules add their connections to it.
    StartPage *startPage() const { return m_startPage; }
    QLabel *currentFileLabel() const { return m_fileLabel; }
    DocumentView *currentDocument() const;

    // The sample EIF the build made with our writer: next to the binary, in the installed data
    // dir, or in the build tree (path compiled in); empty when none exists.
    static QString sampleEifPath();

public Q_SLOTS:
    void showOpenDialog();
    void openSampleEif();
    void reloadCurrent();
    // Close Tab, Close All Tabs and closing the window ask first when a tab would lose something
    // (see CloseGuard), naming it.
    void closeTab(int index);
    void closeCurrentTab();
    void closeAllTabs();
    void setTheme(Theme::Mode mode);
    // Help > Help Contents (F1): README's user sections in a Help tab (focused if already open).
    QWidget *showHelp();

Q_SIGNALS:
    void documentOpened(QWidget *view);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void updateActions();
    void updateTitle();
    DocumentView *createView(const QString &path);
    void removeTabNow(int index);
    void showAbout();
    void showShortcuts();

    QTabWidget *m_tabs = nullptr;
    RecentFiles *m_recent = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    QLabel *m_fileLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_copyMeasurements = nullptr;
    QAction *m_expectedPcrs = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    std::map<FileType, ViewerFactory> m_viewers;
};

} // namespace enclave::ui

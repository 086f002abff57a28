#include "shell/mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>

#include "common/ctrlenteraccepts.h"
#include "inspector/bufferbytesource.h"
#include "inspector/documentview.h"
#include "inspector/filebytesource.h"
#include "shell/aboutdialog.h"
#include "shell/closeconfirmation.h"
#include "shell/errorview.h"
#include "shell/helpview.h"
#include "shell/recentfiles.h"
#include "shell/shortcutslist.h"
#include "shell/startpage.h"

namespace enclave::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_recent(new RecentFiles(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/enclave-studio.svg")));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    // No tab open (second start, all closed): the start page instead of an empty grey area.
    m_startPage = new StartPage(m_recent, m_stack);
    connect(m_startPage, &StartPage::openDialogRequested, this, &MainWindow::showOpenDialog);
    connect(m_startPage, &StartPage::sampleRequested, this, &MainWindow::openSampleEif);
    connect(m_startPage, &StartPage::fileRequested, this, &MainWindow::openFile);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_startPage);
    m_stack->setCurrentWidget(m_startPage);
    setCentralWidget(m_stack);
    CtrlEnterAccepts::install();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    // Viewers and Tools entries come from the features (installed by main.cpp), not from here.
    createMenus();
    m_fileLabel = new QLabel(statusBar());
    m_fileLabel->setObjectName(QStringLiteral("currentFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_fileLabel, 1);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::registerViewer(FileType type, ViewerFactory factory)
{
    m_viewers[type] = std::move(factory);
}

QMenu *MainWindow::menu(Menu which)
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::Edit:
        return m_editMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Help:
        return m_helpMenu;
    case Menu::Tools:
        if (!m_toolsMenu) {
            m_toolsMenu = new QMenu(tr("&Tools"), this);
            menuBar()->insertMenu(m_helpMenu->menuAction(), m_toolsMenu);
        }
        return m_toolsMenu;
    }
    return nullptr;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    auto *open = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    auto *reload = m_fileMenu->addAction(tr("Re&load"), this, &MainWindow::reloadCurrent);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    m_fileMenu->addSeparator();
    auto *close = m_fileMenu->addAction(tr("&Close Tab"), this, &MainWindow::closeCurrentTab);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    auto *closeAll = m_fileMenu->addAction(tr("Close &All Tabs"), this, &MainWindow::closeAllTabs);
    closeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_fileMenu->addSeparator();
    auto *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_copyMeasurements = m_editMenu->addAction(tr("&Copy Measurements as JSON"), this, [this] {
        if (auto *doc = currentDocument(); doc && doc->canCopyMeasurements())
            doc->copyMeasurements();
    });
    m_copyMeasurements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyMeasurements->setObjectName(QStringLiteral("copyMeasurementsAction"));
    m_expectedPcrs = m_editMenu->addAction(tr("&Expected PCRs…"), this, [this] {
        if (auto *doc = currentDocument(); doc && doc->canEditExpectedPcrs())
            doc->editExpectedPcrs();
    });
    m_expectedPcrs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    updateActions();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto *next = m_viewMenu->addAction(tr("&Next Tab"), this, [this] {
        if (m_tabs->count() > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    auto *previous = m_viewMenu->addAction(tr("&Previous Tab"), this, [this] {
        if (m_tabs->count() > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto *fullScreen = m_viewMenu->addAction(
        tr("&Full Screen"), this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_viewMenu->addSeparator();
    auto *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const Theme::Mode current = Theme::fromKey(QSettings().value(QStringLiteral("ui/theme")).toString());
    const struct {
        Theme::Mode mode;
        QString text;
        QKeySequence key;
    } themes[] = {
        { Theme::Mode::System, tr("Follow &System"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1) },
        { Theme::Mode::Light, tr("&Light"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2) },
        { Theme::Mode::Dark, tr("&Dark"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3) },
    };
    for (const auto &t : themes) {
        auto *action = themeMenu->addAction(t.text, this, [this, mode = t.mode] { setTheme(mode); });
        action->setCheckable(true);
        action->setChecked(t.mode == current);
        action->setShortcut(t.key);
        action->setData(Theme::key(t.mode));
        m_themeGroup->addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *sample = m_helpMenu->addAction(tr("Open &Sample EIF"), this, &MainWindow::openSampleEif);
    sample->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    sample->setObjectName(QStringLiteral("openSampleAction"));
    auto *help = m_helpMenu->addAction(tr("&Help Contents"), this, &MainWindow::showHelp);
    help->setShortcut(QKeySequence(Qt::Key_F1));
    help->setObjectName(QStringLiteral("helpAction"));
    auto *keys = m_helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_helpMenu->addSeparator();
    auto *about = m_helpMenu->addAction(tr("&About Enclave Studio"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 name" gives a mnemonic; Ctrl+Alt+1..9 opens without the menu.
        auto *action
            = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)),
                this, [this, path] { openFile(path); });
        action->setData(path);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    auto *clear = m_recentMenu->addAction(tr("&Clear Recent Files"), m_recent, &RecentFiles::clear);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(true);
}

void MainWindow::updateActions()
{
    const DocumentView *doc = currentDocument();
    m_copyMeasurements->setEnabled(doc && doc->canCopyMeasurements());
    m_expectedPcrs->setEnabled(doc && doc->canEditExpectedPcrs());
}

DocumentView *MainWindow::currentDocument() const
{
    return qobject_cast<DocumentView *>(m_tabs->currentWidget());
}

void MainWindow::updateTitle()
{
    QWidget *w = m_tabs->currentWidget();
    m_stack->setCurrentWidget(w ? static_cast<QWidget *>(m_tabs) : m_startPage);
    // The status bar names the current tab's file, and nothing when the tab has none.
    auto *doc = qobject_cast<DocumentView *>(w);
    m_fileLabel->setText(doc ? QDir::toNativeSeparators(doc->filePath()) : QString());
    if (!w) {
        setWindowTitle(tr("Enclave Studio"));
        return;
    }
    setWindowTitle(tr("%1 — Enclave Studio").arg(m_tabs->tabText(m_tabs->currentIndex())));
}

int MainWindow::addView(QWidget *view, const QString &title, const QIcon &icon)
{
    const int index = m_tabs->addTab(view, icon, title);
    m_tabs->setTabToolTip(index, title);
    m_tabs->setCurrentIndex(index);
    updateTitle();
    return index;
}

QWidget *MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *doc = qobject_cast<DocumentView *>(m_tabs->widget(i));
        if (doc && doc->filePath() == absolute) {
            m_tabs->setCurrentIndex(i);
            if (!doc->isErrorView())
                m_recent->add(absolute);
            return doc;
        }
    }
    DocumentView *view = createView(absolute);
    const int index = addView(view, view->title(),
        view->isErrorView() ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(absolute));
    // Only files that opened are offered again; one that fails now leaves Open Recent.
    if (view->isErrorView())
        m_recent->remove(absolute);
    else
        m_recent->add(absolute);
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(absolute).absolutePath());
    Q_EMIT documentOpened(view);
    return view;
}

DocumentView *MainWindow::createView(const QString &path)
{
    // Directories, FIFOs and devices are refused before open(): a FIFO would block the GUI thread.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return new ErrorView(path, Error { Error::Code::Io, -1, tr("not a regular file") }, nullptr);
    auto file = std::make_shared<FileByteSource>(path);
    if (!file->isOpen()) {
        return new ErrorView(
            path, Error { Error::Code::Io, -1, tr("cannot open: %1").arg(file->errorString()) }, nullptr);
    }
    // Core's detector decides; JSON shapes need the whole (small) document.
    const QByteArray head = file->read(0, InputDetector::HeadSize);
    FileType type = InputDetector::detect(head);
    if (type == FileType::Unknown && InputDetector::jsonOffset(head) >= 0 && file->size() > head.size()
        && file->size() <= InputDetector::MaxWholeFileSize)
        type = InputDetector::detect(file->read(0, file->size()));
    OpenedDocument doc { path, type, file };
    switch (doc.type) {
    case FileType::Empty:
        return new ErrorView(path, Error { Error::Code::Truncated, 0, tr("the file is empty") }, file);
    case FileType::Unknown: {
        const QByteArray head = file->read(0, 4);
        return new ErrorView(path,
            Error { Error::Code::Unsupported, 0,
                tr("not an enclave image, attestation document or measurements JSON (first "
                   "bytes %1): EIF files start with \".eif\", attestation documents are "
                   "COSE_Sign1 CBOR (0x84 or 0xd2), or its base64 or hex text; JSON must be "
                   "nitro-cli output, a KMS key policy or {\"PCR0\": ...}")
                    .arg(QString::fromLatin1(head.toHex(' '))) },
            file);
    }
    case FileType::CoseCbor:
    case FileType::CoseBase64:
    case FileType::CoseHex: {
        // Attestation documents are small: read them whole, decoding the text forms.
        if (file->size() > InputDetector::maxSize(doc.type)) {
            return new ErrorView(path,
                Error { Error::Code::LimitExceeded, 0,
                    tr("%1 bytes is too large for an attestation document (limit %2)")
                        .arg(file->size())
                        .arg(InputDetector::maxSize(doc.type)) },
                file);
        }
        auto decoded = InputDetector::decodeText(doc.type, file->read(0, file->size()));
        if (!decoded)
            return new ErrorView(path, decoded.error(), file);
        if (doc.type != FileType::CoseCbor)
            doc.source = std::make_shared<BufferByteSource>(*decoded);
        break;
    }
    case FileType::Eif:
    case FileType::NitroCliJson:
    case FileType::DescribeEifJson:
    case FileType::KmsKeyPolicy:
    case FileType::Expectations:
        break;
    }
    const auto it = m_viewers.find(doc.type);
    if (it == m_viewers.end()) {
        return new ErrorView(path,
            Error { Error::Code::Unsupported, -1,
                tr("no viewer for %1 in this build").arg(FileTypeDetector::displayName(doc.type)) },
            doc.source);
    }
    return it->second(doc, nullptr);
}

void MainWindow::showOpenDialog()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open"), dir,
        tr("Enclave images and attestation documents (*.eif *.cbor *.cose *.bin *.b64 *.txt *.hex);;All "
           "files (*)"));
    for (const QString &f : files)
        openFile(f);
}

QString MainWindow::sampleEifPath()
{
    QStringList candidates {
        QCoreApplication::applicationDirPath() + QStringLiteral("/sample.eif"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/enclave-studio/sample.eif"),
    };
    const QString installed = QStandardPaths::locate(
        QStandardPaths::GenericDataLocation, QStringLiteral("enclave-studio/sample.eif"));
    if (!installed.isEmpty())
        candidates << installed;
#ifdef ENCLAVE_SAMPLE_EIF
    candidates << QStringLiteral(ENCLAVE_SAMPLE_EIF);
#endif
    for (const QString &c : candidates) {
        if (QFileInfo(c).isFile())
            return QFileInfo(c).canonicalFilePath();
    }
    return {};
}

void MainWindow::openSampleEif()
{
    const QString path = sampleEifPath();
    if (path.isEmpty()) {
        QMessageBox::information(this, tr("Sample EIF"),
            tr("No sample EIF was found. Build the project (it writes sample/sample.eif) or "
               "run \"enclave-tool build-sample-eif FILE\" and open that file."));
        return;
    }
    openFile(path);
}

void MainWindow::reloadCurrent()
{
    auto *doc = currentDocument();
    if (!doc)
        return;
    const QString path = doc->filePath();
    const int index = m_tabs->currentIndex();
    m_tabs->removeTab(index);
    doc->deleteLater();
    QWidget *view = openFile(path);
    m_tabs->tabBar()->moveTab(m_tabs->indexOf(view), index);
    m_tabs->setCurrentWidget(view);
}

void MainWindow::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    if (!CloseConfirmation::confirm(this, CloseConfirmation::collect(m_tabs, { index }), tr("Close Tab")))
        return;
    removeTabNow(index);
}

void MainWindow::removeTabNow(int index)
{
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    w->deleteLater();
    updateTitle();
}

void MainWindow::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void MainWindow::closeAllTabs()
{
    // One question for all tabs, naming each tab that would lose something.
    if (!CloseConfirmation::confirm(this, CloseConfirmation::collect(m_tabs), tr("Close All Tabs")))
        return;
    while (m_tabs->count() > 0)
        removeTabNow(0);
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    QSettings().setValue(QStringLiteral("ui/theme"), Theme::key(mode));
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::key(mode));
}

void MainWindow::showAbout()
{
    AboutDialog::show(this);
}

QWidget *MainWindow::showHelp()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *help = qobject_cast<HelpView *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return help;
        }
    }
    auto *help = new HelpView;
    addView(help, tr("Help"), style()->standardIcon(QStyle::SP_DialogHelpButton));
    return help;
}

void MainWindow::showShortcuts()
{
    ShortcutsList::show(this, menuBar());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    bool any = false;
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            any = true;
        }
    }
    if (any)
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!CloseConfirmation::confirm(this, CloseConfirmation::collect(m_tabs), tr("Quit"))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace enclave::ui

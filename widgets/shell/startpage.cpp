#include "shell/startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStyle>
#include <QVBoxLayout>

#include "shell/recentfiles.h"

namespace enclave::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

QListWidget *linkList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFrameShape(QFrame::NoFrame);
    // Links on the page, not a boxed list: no background, as tall as its rows.
    list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideMiddle);
    list->setMinimumWidth(320);
    list->viewport()->setCursor(Qt::PointingHandCursor);
    return list;
}

// As tall as its rows (at most 12; more scroll).
void fitHeight(QListWidget *list)
{
    const int rows = qMin(list->count(), 12);
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : 0;
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 4);
}

} // namespace

StartPage::StartPage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , m_recentFiles(recent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 24);
    column->setSpacing(10);

    auto *icon = new QLabel(content);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/enclave-studio.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("<h1>Enclave Studio</h1>"), content);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(icon);
    titleRow->addWidget(title, 1);
    column->addLayout(titleRow);
    auto *about
        = new QLabel(tr("Inspect AWS Nitro Enclave images: header, sections, files, and the PCRs "
                        "recomputed.<br>Verify attestation documents against the AWS root, check by "
                        "check.<br>Launch and watch enclaves on a parent instance, or in the built-in "
                        "simulator."),
            content);
    about->setObjectName(QStringLiteral("startAbout"));
    about->setWordWrap(true);
    column->addWidget(about);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open a File…"), content);
    m_open->setObjectName(QStringLiteral("startOpen"));
    connect(m_open, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    m_sample = new QPushButton(tr("Open the Sample Image"), content);
    m_sample->setObjectName(QStringLiteral("startSample"));
    m_sample->setToolTip(tr("A small signed EIF made by this build, to explore every view"));
    connect(m_sample, &QPushButton::clicked, this, &StartPage::sampleRequested);
    buttons->addWidget(m_open);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);
    column->addLayout(buttons);
    auto *drop = new QLabel(
        tr("Or drop an .eif image or an attestation document anywhere in this window."), content);
    drop->setEnabled(false);
    column->addWidget(drop);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    auto *recentColumn = new QVBoxLayout;
    recentColumn->addWidget(heading(tr("Recent files"), content));
    m_recent = linkList(content);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    recentColumn->addWidget(m_recent);
    m_noRecent = new QLabel(tr("Files you open appear here."), content);
    m_noRecent->setEnabled(false);
    recentColumn->addWidget(m_noRecent);
    recentColumn->addStretch(1);
    auto *connectionColumn = new QVBoxLayout;
    m_connectionsTitle = heading(tr("Connections"), content);
    connectionColumn->addWidget(m_connectionsTitle);
    m_connections = linkList(content);
    m_connections->setObjectName(QStringLiteral("startConnections"));
    connectionColumn->addWidget(m_connections);
    connectionColumn->addStretch(1);
    columns->addLayout(recentColumn, 1);
    columns->addLayout(connectionColumn, 1);
    column->addSpacing(12);
    column->addLayout(columns, 1);

    // A click or Enter opens; the page is hidden by then, so a style that also "activates" on
    // that click does not open twice.
    auto openRecent = [this](QListWidgetItem *item) {
        if (isVisible())
            Q_EMIT fileRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_recent, &QListWidget::itemActivated, this, openRecent);
    connect(m_recent, &QListWidget::itemClicked, this, openRecent);
    auto activateLink = [this](QListWidgetItem *item) {
        if (!isVisible())
            return;
        const int i = m_connections->row(item);
        if (i >= 0 && i < m_links.size() && m_links.at(i).activate)
            m_links.at(i).activate();
    };
    connect(m_connections, &QListWidget::itemActivated, this, activateLink);
    connect(m_connections, &QListWidget::itemClicked, this, activateLink);
    if (m_recentFiles)
        connect(m_recentFiles, &RecentFiles::changed, this, &StartPage::rebuildRecent);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    refresh();
}

void StartPage::setConnectionsProvider(LinkProvider provider)
{
    m_provider = std::move(provider);
    rebuildConnections();
}

void StartPage::refresh()
{
    rebuildRecent();
    rebuildConnections();
}

void StartPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void StartPage::rebuildRecent()
{
    m_recent->clear();
    const QStringList files = m_recentFiles ? m_recentFiles->files() : QStringList();
    for (const QString &path : files) {
        // A file deleted since it was opened is not offered; Open Recent keeps it until it fails.
        if (!QFileInfo(path).isFile())
            continue;
        auto *item = new QListWidgetItem(
            style()->standardIcon(QStyle::SP_FileIcon), QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_noRecent->setVisible(m_recent->count() == 0);
    m_recent->setVisible(m_recent->count() > 0);
    fitHeight(m_recent);
}

void StartPage::rebuildConnections()
{
    m_connections->clear();
    m_links = m_provider ? m_provider() : QList<Link>();
    for (const Link &link : std::as_const(m_links)) {
        auto *item
            = new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon), link.text, m_connections);
        item->setToolTip(link.toolTip);
    }
    m_connectionsTitle->setVisible(!m_links.isEmpty());
    m_connections->setVisible(!m_links.isEmpty());
    fitHeight(m_connections);
}

} // namespace enclave::ui

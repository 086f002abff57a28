#include "inspector/ramdiskcontentsview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringDecoder>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/atomicfilewriter.h"
#include "common/hex.h"
#include "common/layoutmemory.h"
#include "common/sizeformat.h"
#include "eif/eifreader.h"

namespace enclave::ui {

RamdiskContentsView::RamdiskContentsView(const QString &eifPath, QWidget *parent)
    : QWidget(parent)
    , m_path(eifPath)
    , m_model(new RamdiskContentsModel(this))
{
    m_summary = new QLabel(tr("Listing ramdisks..."), this);
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("contentsFilter"));
    m_filter->setPlaceholderText(tr("Filter by path…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &RamdiskContentsView::setFilterText);
    // Filtered by path (a ramdisk stays while any of its files match), sorted by any column;
    // with no sort column the archive's own order is kept.
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(RamdiskContentsModel::PathColumn);
    m_proxy->setSortRole(RamdiskContentsModel::SortRole);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("contentsTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &RamdiskContentsView::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->entry(toSource(index)))
            showEntry(index);
    });
    m_viewer = new QPlainTextEdit(this);
    m_viewer->setReadOnly(true);
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_viewerStatus = new QLabel(tr("Select a file to view its content."), this);

    auto *viewerBox = new QWidget(this);
    auto *viewerLayout = new QVBoxLayout(viewerBox);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addWidget(m_viewerStatus);
    viewerLayout->addWidget(m_viewer);
    // Side by side: the panel is wider than tall, and a listing of thousands of files needs rows.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(viewerBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    m_tree->setMinimumHeight(160);
    LayoutMemory::remember(split, QStringLiteral("contents/split"));
    connect(&m_saveWatcher, &QFutureWatcher<Result<void>>::finished, this, [this] {
        const Result<void> r = m_saveWatcher.result();
        m_viewerStatus->setText(r
                ? tr("Saved %1").arg(QDir::toNativeSeparators(m_savePath))
                : tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(m_savePath), r.error().toString()));
        Q_EMIT entrySaved(m_savePath, bool(r));
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showEntry(current); });
    // Double-click and "View File" show the entry like selecting it does.
    connect(&m_listWatcher, &QFutureWatcher<Listed>::finished, this, &RamdiskContentsView::onListed);
    connect(&m_entryWatcher, &QFutureWatcher<Result<CpioReader::Content>>::finished, this,
        &RamdiskContentsView::onEntryRead);

    m_loading = true;
    auto cancel = m_cancel;
    const QString path = m_path;
    m_listWatcher.setFuture(QtConcurrent::run([path, cancel] {
        Listed l;
        l.ramdisks = listRamdisks(path, cancel.get(), &l.error);
        return l;
    }));
}

RamdiskContentsView::~RamdiskContentsView()
{
    m_cancel->store(true);
    if (m_entryCancel)
        m_entryCancel->store(true);
    m_listWatcher.waitForFinished();
    m_entryWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

QList<RamdiskListing> RamdiskContentsView::listRamdisks(
    const QString &eifPath, const std::atomic_bool *cancel, QString *error)
{
    auto listed = RamdiskLister::list(eifPath, cancel);
    if (!listed) {
        *error = listed.error().toString();
        return {};
    }
    return *listed;
}

void RamdiskContentsView::onListed()
{
    const Listed l = m_listWatcher.result();
    m_loading = false;
    m_model->setRamdisks(l.ramdisks);
    if (!l.error.isEmpty()) {
        m_summary->setText(tr("Cannot list the ramdisks: %1").arg(l.error));
    } else {
        qsizetype files = 0;
        for (const RamdiskListing &r : l.ramdisks)
            files += r.entries.size();
        m_summaryText = tr("%1 ramdisks, %2 entries. Paths are shown as stored; nothing is extracted.")
                            .arg(l.ramdisks.size())
                            .arg(files);
        updateSummary();
    }
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_tree->setFirstColumnSpanned(r, QModelIndex(), true);
    m_tree->expandAll();
    for (int c = 0; c < RamdiskContentsModel::Sha256Column; ++c)
        m_tree->resizeColumnToContents(c);
    LayoutMemory::remember(m_tree->header(), QStringLiteral("contents/columns"));
    Q_EMIT loaded();
}

QModelIndex RamdiskContentsView::toSource(const QModelIndex &index) const
{
    return index.model() == m_proxy ? m_proxy->mapToSource(index) : index;
}

void RamdiskContentsView::updateSummary()
{
    if (m_summaryText.isEmpty())
        return;
    if (m_filter->text().isEmpty()) {
        m_summary->setText(m_summaryText);
        return;
    }
    int shown = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown += m_proxy->rowCount(m_proxy->index(r, 0));
    m_summary->setText(m_summaryText + QLatin1Char(' ')
        + tr("Entries matching \"%1\": %2.").arg(m_filter->text()).arg(shown));
}

void RamdiskContentsView::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    updateSummary();
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_tree->setFirstColumnSpanned(r, QModelIndex(), true);
    m_tree->expandAll();
}

QModelIndex RamdiskContentsView::findEntry(const QString &path) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex ramdisk = m_model->index(r, 0);
        for (int e = 0; e < m_model->rowCount(ramdisk); ++e) {
            const QModelIndex entry = m_model->index(e, 0, ramdisk);
            if (RamdiskContentsModel::displayPath(m_model->entry(entry)->rawPath) == path)
                return entry;
        }
    }
    return {};
}

void RamdiskContentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // The EIF view gives its panels the smaller part of its splitter; a listing of thousands of
    // files needs at least half, once (the user's own split is then remembered by that splitter).
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        auto *split = qobject_cast<QSplitter *>(w->parentWidget());
        if (!split || split->orientation() != Qt::Vertical)
            continue;
        const int index = split->indexOf(w);
        QList<int> sizes = split->sizes();
        int total = 0;
        for (int s : sizes)
            total += s;
        if (index >= 0 && total > 0 && sizes.at(index) < total / 2) {
            for (int &s : sizes)
                s = (total - total / 2) / qMax<qsizetype>(1, sizes.size() - 1);
            sizes[index] = total / 2;
            split->setSizes(sizes);
        }
        break;
    }
}

void RamdiskContentsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!m_model->entry(toSource(index)))
        return;
    QMenu *menu = createContextMenu(index, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

QMenu *RamdiskContentsView::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("contentsMenu"));
    const QPersistentModelIndex at(toSource(index));
    const CpioEntry *e = m_model->entry(at);
    if (!e)
        return menu;
    const bool regular = e->type == CpioEntry::Type::Regular;
    QAction *view = menu->addAction(tr("&View File"), this, [this, at] { showEntry(at); });
    view->setObjectName(QStringLiteral("viewFile"));
    view->setEnabled(regular || e->type == CpioEntry::Type::Symlink);
    QAction *save = menu->addAction(tr("&Save File As…"), this, [this, at] { saveEntryAs(at); });
    save->setObjectName(QStringLiteral("saveFile"));
    save->setEnabled(regular);
    menu->addSeparator();
    menu->addAction(tr("Copy &Path"), this, [this, at] { copyPath(at); })
        ->setObjectName(QStringLiteral("copyPath"));
    QAction *sha = menu->addAction(tr("Copy SHA-&256"), this, [this, at] { copySha256(at); });
    sha->setObjectName(QStringLiteral("copySha256"));
    sha->setEnabled(regular && !e->sha256.isEmpty());
    QAction *bytes = menu->addAction(tr("Show Bytes in &Hex View"), this, [this, at] { showBytes(at); });
    bytes->setObjectName(QStringLiteral("showBytes"));
    const bool stored = at.data(RamdiskContentsModel::FileOffsetRole).toLongLong() >= 0;
    bytes->setEnabled(regular && e->size > 0 && stored);
    if (regular && !stored)
        bytes->setToolTip(
            tr("The ramdisk is compressed: the file's bytes are not stored as they are in the image."));
    menu->setToolTipsVisible(true);
    return menu;
}

void RamdiskContentsView::copyPath(const QModelIndex &index)
{
    if (const CpioEntry *e = m_model->entry(toSource(index)))
        QApplication::clipboard()->setText(RamdiskContentsModel::displayPath(e->rawPath));
}

void RamdiskContentsView::copySha256(const QModelIndex &index)
{
    const CpioEntry *e = m_model->entry(toSource(index));
    if (e && !e->sha256.isEmpty())
        QApplication::clipboard()->setText(hex::encode(e->sha256));
}

void RamdiskContentsView::showBytes(const QModelIndex &index)
{
    const QModelIndex source = toSource(index);
    const CpioEntry *e = m_model->entry(source);
    const qint64 offset = source.siblingAtColumn(0).data(RamdiskContentsModel::FileOffsetRole).toLongLong();
    if (!e || offset < 0 || e->size <= 0)
        return;
    Q_EMIT bytesRequested(offset, e->size);
}

void RamdiskContentsView::saveEntryAs(const QModelIndex &index)
{
    const QPersistentModelIndex at(toSource(index));
    const CpioEntry *e = m_model->entry(at);
    if (!e || e->type != CpioEntry::Type::Regular)
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    const QString suggested = QDir(dir).filePath(QFileInfo(QString::fromUtf8(e->rawPath)).fileName());
    // The replace question is ours (saveEntry), so it is asked once and the same way everywhere.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save File As"), suggested, QString(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && at.isValid())
        saveEntry(at, path);
}

bool RamdiskContentsView::saveEntry(const QModelIndex &index, const QString &path)
{
    const QModelIndex source = toSource(index).siblingAtColumn(0);
    const CpioEntry *e = m_model->entry(source);
    if (!e || e->type != CpioEntry::Type::Regular)
        return false;
    if (m_saveWatcher.isRunning()) {
        m_viewerStatus->setText(tr("A file is still being saved."));
        return false;
    }
    if (e->size > MaxSaveBytes) {
        m_viewerStatus->setText(tr("%1 is %2: larger than the %3 this view saves.")
                                    .arg(RamdiskContentsModel::displayPath(e->rawPath), formatSize(e->size),
                                        formatSize(MaxSaveBytes)));
        return false;
    }
    const QFileInfo target(path);
    if (target.exists()) {
        const auto answer = QMessageBox::question(this, tr("Replace File"),
            tr("%1 already exists. Replace it with %2 from the image?")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()),
                    RamdiskContentsModel::displayPath(e->rawPath)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const RamdiskListing &r = m_model->ramdisks().at(source.data(RamdiskContentsModel::RamdiskRole).toInt());
    const qint64 offset = r.offset;
    const qint64 size = r.size;
    const int entryIndex = e->index;
    const qint64 bytes = e->size;
    const QString eif = m_path;
    auto closing = m_cancel;
    m_savePath = target.absoluteFilePath();
    m_viewerStatus->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(m_savePath)));
    const QString out = m_savePath;
    m_saveWatcher.setFuture(
        QtConcurrent::run([eif, offset, size, entryIndex, bytes, out, closing]() -> Result<void> {
            QFile f(eif);
            if (!f.open(QIODevice::ReadOnly))
                return makeError(Error::Code::Io, f.errorString());
            auto content = CpioReader::readEntry(
                &f, offset, size, entryIndex, qMax<qint64>(bytes, 1), {}, closing.get());
            if (!content)
                return std::unexpected(content.error());
            if (content->truncated || content->data.size() != bytes)
                return makeError(Error::Code::Truncated,
                    QStringLiteral("the archive holds fewer bytes than the file's size"));
            // Written to a temporary file beside the target and renamed over it: never half a file.
            return AtomicFileWriter::writeFile(out, content->data, 0644, AtomicFileWriter::Commit::Replace);
        }));
    QSettings().setValue(QStringLiteral("lastDirectory"), target.absolutePath());
    return true;
}

void RamdiskContentsView::showEntry(const QModelIndex &proxyOrSource)
{
    const QModelIndex index = toSource(proxyOrSource);
    // Each selection supersedes the previous one: a read still running for it is abandoned.
    ++m_generation;
    m_pendingEntry = QPersistentModelIndex();
    if (m_entryCancel)
        m_entryCancel->store(true);
    const CpioEntry *e = m_model->entry(index.siblingAtColumn(0));
    if (!e) {
        m_viewer->clear();
        m_viewerStatus->setText(tr("Select a file to view its content."));
        return;
    }
    if (e->type != CpioEntry::Type::Regular && e->type != CpioEntry::Type::Symlink) {
        m_viewer->clear();
        m_viewerStatus->setText(
            tr("%1: a %2, no content to show")
                .arg(RamdiskContentsModel::displayPath(e->rawPath), CpioEntry::typeName(e->type)));
        return;
    }
    if (m_entryWatcher.isRunning()) {
        // Never wait on the GUI thread (a gzip ramdisk is inflated up to the entry): abandon the
        // read in flight and start this one when it has stopped.
        m_pendingEntry = index;
        m_viewerStatus->setText(tr("Reading %1...").arg(RamdiskContentsModel::displayPath(e->rawPath)));
        return;
    }
    startEntryRead(index);
}

void RamdiskContentsView::startEntryRead(const QModelIndex &index)
{
    const CpioEntry *e = m_model->entry(index.siblingAtColumn(0));
    if (!e)
        return;
    const int ramdisk = index.data(RamdiskContentsModel::RamdiskRole).toInt();
    const RamdiskListing &r = m_model->ramdisks().at(ramdisk);
    const qint64 offset = r.offset;
    const qint64 size = r.size;
    const int entryIndex = e->index;
    const QString path = m_path;
    m_entryCancel = std::make_shared<std::atomic_bool>(false);
    m_readGeneration = m_generation;
    auto cancel = m_entryCancel;
    auto closing = m_cancel;
    m_viewerStatus->setText(tr("Reading %1...").arg(RamdiskContentsModel::displayPath(e->rawPath)));
    m_entryWatcher.setFuture(
        QtConcurrent::run([path, offset, size, entryIndex, cancel, closing]() -> Result<CpioReader::Content> {
            if (closing->load())
                return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"));
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return makeError(Error::Code::Io, f.errorString());
            return CpioReader::readEntry(&f, offset, size, entryIndex, MaxViewBytes, {}, cancel.get());
        }));
}

void RamdiskContentsView::onEntryRead()
{
    const Result<CpioReader::Content> c = m_entryWatcher.result();
    if (m_pendingEntry.isValid()) {
        const QModelIndex next = m_pendingEntry;
        m_pendingEntry = QPersistentModelIndex();
        startEntryRead(next);
        return;
    }
    if (m_readGeneration != m_generation)
        return; // the selection moved on (to a directory, or nothing) while this was read
    if (!c) {
        m_viewer->clear();
        m_viewerStatus->setText(tr("Cannot read: %1").arg(c.error().toString()));
        Q_EMIT entryShown();
        return;
    }
    bool text = false;
    m_viewer->setPlainText(render(c->data, &text));
    QString status = tr("%1: %2 bytes, shown as %3")
                         .arg(RamdiskContentsModel::displayPath(c->entry.rawPath))
                         .arg(c->entry.size)
                         .arg(text ? tr("text") : tr("hex"));
    if (c->truncated)
        status += tr(" (first %1 bytes)").arg(c->data.size());
    m_viewerStatus->setText(status);
    Q_EMIT entryShown();
}

QString RamdiskContentsView::render(const QByteArray &data, bool *isText)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    const bool asText = !decoder.hasError() && !data.contains('\0');
    if (isText)
        *isText = asText;
    if (asText)
        return text;
    QString out;
    out.reserve(data.size() * 4 + 16);
    for (qsizetype i = 0; i < data.size(); i += 16) {
        out += QStringLiteral("%1  ").arg(i, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype j = 0; j < 16; ++j) {
            if (i + j < data.size()) {
                const auto b = static_cast<unsigned char>(data.at(i + j));
                out += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7f) ? QLatin1Char(char(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

} // namespace enclave::ui

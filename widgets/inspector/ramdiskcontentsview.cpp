#include "inspector/ramdiskcontentsview.h"

#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStringDecoder>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "eif/eifreader.h"

namespace enclave::ui {

RamdiskContentsView::RamdiskContentsView(const QString &eifPath, QWidget *parent)
    : QWidget(parent)
    , m_path(eifPath)
    , m_model(new RamdiskContentsModel(this))
{
    m_summary = new QLabel(tr("Listing ramdisks..."), this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
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
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(viewerBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current); });
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
}

QList<RamdiskListing> RamdiskContentsView::listRamdisks(const QString &eifPath, const std::atomic_bool *cancel,
                                                       QString *error)
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
        m_summary->setText(tr("%1 ramdisks, %2 entries. Paths are shown as stored; nothing is extracted.")
                               .arg(l.ramdisks.size())
                               .arg(files));
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_tree->setFirstColumnSpanned(r, QModelIndex(), true);
    m_tree->expandAll();
    for (int c = 0; c < RamdiskContentsModel::Sha256Column; ++c)
        m_tree->resizeColumnToContents(c);
    Q_EMIT loaded();
}

void RamdiskContentsView::showEntry(const QModelIndex &index)
{
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
        m_viewerStatus->setText(tr("%1: a %2, no content to show")
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
    m_entryWatcher.setFuture(QtConcurrent::run([path, offset, size, entryIndex, cancel, closing]() -> Result<CpioReader::Content> {
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

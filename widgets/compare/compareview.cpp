#include "compare/compareview.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/atomicfilewriter.h"
#include "common/overwriteconfirm.h"
#include "compare/eifdiffmodel.h"
#include "compare/fileversionsview.h"
#include "compare/pcrcomparemodel.h"
#include "measure/comparereport.h"
#include "measure/measurementsloader.h"

namespace enclave::ui {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_pcrModel(new PcrCompareModel(this))
    , m_diffModel(new EifDiffModel(this))
{
    setAcceptDrops(true);
    auto *pick = new QGridLayout;
    m_leftEdit = new QLineEdit(this);
    m_rightEdit = new QLineEdit(this);
    m_leftEdit->setPlaceholderText(tr("EIF, attestation document, nitro-cli output, KMS policy or PCR JSON"));
    m_rightEdit->setPlaceholderText(m_leftEdit->placeholderText());
    auto *leftBrowse = new QPushButton(tr("Browse..."), this);
    auto *rightBrowse = new QPushButton(tr("Browse..."), this);
    connect(leftBrowse, &QPushButton::clicked, this, [this] { browse(m_leftEdit); });
    connect(rightBrowse, &QPushButton::clicked, this, [this] { browse(m_rightEdit); });
    m_compare = new QPushButton(tr("Compare"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    connect(m_compare, &QPushButton::clicked, this, &CompareView::compare);
    connect(m_cancel, &QPushButton::clicked, this, &CompareView::cancel);
    // Enter in either field runs the comparison.
    connect(m_leftEdit, &QLineEdit::returnPressed, this, &CompareView::compare);
    connect(m_rightEdit, &QLineEdit::returnPressed, this, &CompareView::compare);
    pick->addWidget(new QLabel(tr("Left:"), this), 0, 0);
    pick->addWidget(m_leftEdit, 0, 1);
    pick->addWidget(leftBrowse, 0, 2);
    pick->addWidget(new QLabel(tr("Right:"), this), 1, 0);
    pick->addWidget(m_rightEdit, 1, 1);
    pick->addWidget(rightBrowse, 1, 2);
    pick->addWidget(m_compare, 0, 3);
    pick->addWidget(m_cancel, 1, 3);

    m_summary = new QLabel(tr("Pick or drop two files to compare their measurements."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    // The worker only stores numbers; the GUI thread polls them (no signal per chunk).
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_progressState)
            return;
        static const char *const phases[] = { QT_TR_NOOP("Reading the left source"),
            QT_TR_NOOP("Reading the right source"), QT_TR_NOOP("Comparing sections and ramdisk files") };
        const int phase = std::clamp(m_progressState->phase.load(), 0, 2);
        const qint64 total = m_progressState->total.load();
        const qint64 done = m_progressState->done.load();
        m_progress->setFormat(tr(phases[phase]) + QStringLiteral(" %p%"));
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setModel(m_pcrModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Both values get the same width; long hex keeps its start and end visible.
    m_table->horizontalHeader()->setSectionResizeMode(
        PcrCompareModel::PcrColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        PcrCompareModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PcrCompareModel::LeftColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PcrCompareModel::RightColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    // Values break into lines (fitPcrValues) rather than losing their middle; rows follow.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->viewport()->installEventFilter(this);
    m_foldZeros = new QCheckBox(tr("Fold unused zero PCRs"), this);
    m_foldZeros->setChecked(true);
    m_foldZeros->setToolTip(
        tr("Attestation documents list PCR0 to PCR15; the registers no measurement uses are "
           "all zero. Folded, they take one row."));
    connect(m_foldZeros, &QCheckBox::toggled, m_pcrModel, &PcrCompareModel::setFoldUnusedZeros);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_foldZeros);

    auto *treeBox = m_treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    m_contentOnly = new QCheckBox(
        tr("Content changes only (hide unmeasured metadata and mtime/owner-only files)"), treeBox);
    connect(m_contentOnly, &QCheckBox::toggled, m_diffModel, &EifDiffModel::setContentOnly);
    connect(m_contentOnly, &QCheckBox::toggled, this, [this] { m_tree->expandAll(); });
    m_tree = new QTreeView(treeBox);
    m_tree->setModel(m_diffModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &CompareView::showTreeMenu);
    connect(m_tree, &QTreeView::doubleClicked, this,
        [this](const QModelIndex &index) { showFileVersions(index); });
    treeLayout->addWidget(m_contentOnly);
    treeLayout->addWidget(m_tree);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tableBox);
    split->addWidget(treeBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    m_copyReport = new QPushButton(tr("Copy Report"), this);
    m_copyReport->setToolTip(tr("Copy the comparison as Markdown, for a ticket or a review"));
    m_exportReport = new QPushButton(tr("Export Report..."), this);
    m_exportReport->setToolTip(tr("Save the comparison as a Markdown file"));
    m_copyReport->setEnabled(false);
    m_exportReport->setEnabled(false);
    connect(m_copyReport, &QPushButton::clicked, this, &CompareView::copyReport);
    connect(m_exportReport, &QPushButton::clicked, this, &CompareView::exportReportAs);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_copyReport, 0, Qt::AlignTop);
    summaryRow->addWidget(m_exportReport, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addLayout(summaryRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_notes);
    layout->addWidget(split, 1);

    connect(&m_watcher, &QFutureWatcher<CompareResult>::finished, this, &CompareView::onFinished);
}

CompareView::~CompareView()
{
    cancel();
    m_watcher.waitForFinished();
}

void CompareView::setSources(const QString &left, const QString &right)
{
    m_leftEdit->setText(left);
    m_rightEdit->setText(right);
}

QString CompareView::leftPath() const
{
    return m_leftEdit->text();
}

QString CompareView::rightPath() const
{
    return m_rightEdit->text();
}

void CompareView::browse(QLineEdit *edit)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a measurement source"), edit->text());
    if (!path.isEmpty())
        edit->setText(path);
}

CompareResult CompareView::run(
    const QString &left, const QString &right, const std::atomic_bool *cancel, Progress *progress)
{
    CompareResult r;
    auto report = [progress](int phase) {
        return [progress, phase](qint64 done, qint64 total) {
            if (!progress)
                return;
            progress->phase = phase;
            progress->done = done;
            progress->total = total;
        };
    };
    const QString paths[2] = { left, right };
    Measurements loaded[2];
    for (int i = 0; i < 2; ++i) {
        auto m = MeasurementsLoader::load(paths[i], report(i), cancel);
        if (!m) {
            r.error = m.error();
            r.errorFile = paths[i];
            return r;
        }
        loaded[i] = *m;
    }
    r.left = loaded[0];
    r.right = loaded[1];
    r.pcrs = PcrDiff::compare(r.left, r.right);
    if (r.left.sourceType() == Measurements::SourceType::Eif
        && r.right.sourceType() == Measurements::SourceType::Eif) {
        auto d = EifDiff::compare(left, right, report(2), cancel);
        if (!d) {
            r.error = d.error();
            return r;
        }
        r.eif = *d;
    }
    return r;
}

void CompareView::compare()
{
    if (m_running)
        return;
    const QString left = leftPath().trimmed();
    const QString right = rightPath().trimmed();
    if (left.isEmpty() || right.isEmpty()) {
        m_summary->setText(tr("Choose two files first."));
        return;
    }
    m_running = true;
    m_compare->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Comparing..."));
    m_notes->clear();
    m_pcrModel->clear();
    m_diffModel->clear();
    m_copyReport->setEnabled(false);
    m_exportReport->setEnabled(false);
    m_treeBox->setVisible(true);
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progressState = std::make_shared<Progress>();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_progressTimer->start();
    auto flag = m_cancelFlag;
    auto state = m_progressState;
    m_watcher.setFuture(
        QtConcurrent::run([left, right, flag, state] { return run(left, right, flag.get(), state.get()); }));
}

void CompareView::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void CompareView::onFinished()
{
    m_result = m_watcher.result();
    m_running = false;
    m_progressTimer->stop();
    m_progress->setVisible(false);
    m_compare->setEnabled(true);
    m_cancel->setEnabled(false);
    if (m_result.error) {
        const QString file = m_result.errorFile.isEmpty()
            ? QString()
            : QFileInfo(m_result.errorFile).fileName() + QStringLiteral(": ");
        m_summary->setText(tr("Cannot compare: %1%2").arg(file, m_result.error->toString()));
        Q_EMIT finished();
        return;
    }
    const QString leftTitle = QFileInfo(m_result.left.sourceName()).fileName() + QStringLiteral(" (")
        + Measurements::sourceTypeName(m_result.left.sourceType()) + u')';
    const QString rightTitle = QFileInfo(m_result.right.sourceName()).fileName() + QStringLiteral(" (")
        + Measurements::sourceTypeName(m_result.right.sourceType()) + u')';
    m_pcrModel->setDiff(m_result.pcrs, leftTitle, rightTitle);
    QString summary;
    if (m_result.pcrs.identical()) {
        summary
            = tr("Identical measurements: %1 PCRs compared, all equal.").arg(m_result.pcrs.comparedCount());
    } else if (m_result.pcrs.comparedCount() == 0) {
        summary = tr("Not comparable: the two sources have no PCR in common.");
    } else {
        QStringList names;
        for (int i : m_result.pcrs.differentIndexes())
            names.append(QStringLiteral("PCR%1").arg(i));
        summary = tr("Measurements differ: %1.").arg(names.join(QStringLiteral(", ")));
    }
    if (m_result.eif) {
        const QStringList why = m_result.eif->summary();
        summary += why.isEmpty() ? tr(" Every section is byte-identical.")
                                 : QStringLiteral("\n") + why.join(u'\n');
        m_diffModel->setDiff(*m_result.eif);
        m_tree->expandAll();
        fitTreeColumns();
    }
    fitPcrValues();
    m_copyReport->setEnabled(true);
    m_exportReport->setEnabled(true);
    m_summary->setText(summary);
    QStringList notes;
    for (const QString &n : m_result.left.notes())
        notes.append(tr("Left: %1").arg(n));
    for (const QString &n : m_result.right.notes())
        notes.append(tr("Right: %1").arg(n));
    m_notes->setText(notes.join(u'\n'));
    m_treeBox->setVisible(m_result.eif.has_value());
    Q_EMIT finished();
}

void CompareView::fitPcrValues()
{
    // One line when a 96-digit value fits its column, else 48 (two lines) or 32 (three): every
    // digit stays visible; the row heights follow (ResizeToContents).
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int digitWidth = std::max(1, fm.horizontalAdvance(u'0'));
    const QHeaderView *header = m_table->horizontalHeader();
    const int free = m_table->viewport()->width() - header->sectionSize(PcrCompareModel::PcrColumn)
        - header->sectionSize(PcrCompareModel::StatusColumn);
    const int digits = (free / 2 - 12) / digitWidth;
    m_pcrModel->setHexLineLength(digits >= 96 ? 0 : digits >= 48 ? 48 : digits >= 32 ? 32 : 24);
}

void CompareView::fitTreeColumns()
{
    // Paths get what they need up to 45 % of the width, the change column up to 20 %: a long
    // metadata value or file detail never pushes the columns after it off screen (the details
    // column takes the rest, and elides with the full text in its tooltip).
    const int width = std::max(400, m_tree->viewport()->width());
    m_tree->resizeColumnToContents(EifDiffModel::ItemColumn);
    m_tree->resizeColumnToContents(EifDiffModel::ChangeColumn);
    m_tree->setColumnWidth(
        EifDiffModel::ItemColumn, std::min(m_tree->columnWidth(EifDiffModel::ItemColumn), width * 45 / 100));
    m_tree->setColumnWidth(EifDiffModel::ChangeColumn,
        std::min(m_tree->columnWidth(EifDiffModel::ChangeColumn), width * 20 / 100));
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitPcrValues();
    return QWidget::eventFilter(watched, event);
}

QString CompareView::reportMarkdown() const
{
    if (m_running || m_result.error || m_result.left.sourceName().isEmpty())
        return {};
    return CompareReport::markdown(m_result.left, m_result.right, m_result.pcrs, m_result.eif);
}

void CompareView::copyReport()
{
    const QString md = reportMarkdown();
    if (md.isEmpty())
        return;
    QApplication::clipboard()->setText(md);
    m_notes->setText(tr("The comparison was copied as Markdown."));
}

void CompareView::exportReportAs()
{
    if (reportMarkdown().isEmpty())
        return;
    const QString suggested = QFileInfo(m_result.left.sourceName()).completeBaseName()
        + QStringLiteral("-vs-") + QFileInfo(m_result.right.sourceName()).completeBaseName()
        + QStringLiteral(".md");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"),
        QFileInfo(m_result.left.sourceName()).dir().filePath(suggested), tr("Markdown (*.md);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        exportReport(path);
}

bool CompareView::exportReport(const QString &path)
{
    const QString md = reportMarkdown();
    if (md.isEmpty() || !OverwriteConfirm::ask(this, path))
        return false;
    const auto written
        = AtomicFileWriter::writeFile(path, md.toUtf8(), 0644, AtomicFileWriter::Commit::Replace);
    if (!written) {
        m_notes->setText(tr("Not saved: %1").arg(written.error().toString()));
        return false;
    }
    m_notes->setText(tr("Report saved to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

FileVersionsView *CompareView::showFileVersions(const QModelIndex &index)
{
    const FileChange *change = m_diffModel->fileChange(index.siblingAtColumn(0));
    if (!change)
        return nullptr;
    const int section = index.siblingAtColumn(0).data(EifDiffModel::SectionIndexRole).toInt();
    auto *view = new FileVersionsView(m_diffModel->diff(), section, *change, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    return view;
}

void CompareView::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    if (m_diffModel->fileChange(index.siblingAtColumn(0))) {
        menu.addAction(tr("Show Both Versions..."), this, [this, index] { showFileVersions(index); });
        const QString path = index.siblingAtColumn(0).data(EifDiffModel::PathRole).toString();
        menu.addAction(tr("Copy Path"), this, [path] { QApplication::clipboard()->setText(path); });
    }
    menu.addAction(tr("Copy Row"), this, [index] {
        QStringList cells;
        for (int c = 0; c < EifDiffModel::ColumnCount; ++c)
            cells.append(index.siblingAtColumn(c).data().toString());
        QApplication::clipboard()->setText(cells.join(u'\t'));
    });
    menu.addAction(tr("Copy Report as Markdown"), this, &CompareView::copyReport);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void CompareView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CompareView::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty())
        return;
    // Two files fill both sides; one fills the empty side (or replaces the right one).
    if (files.size() >= 2) {
        setSources(files.at(0), files.at(1));
    } else if (m_leftEdit->text().isEmpty()) {
        m_leftEdit->setText(files.first());
    } else {
        m_rightEdit->setText(files.first());
    }
    event->acceptProposedAction();
    if (!leftPath().isEmpty() && !rightPath().isEmpty())
        compare();
}

} // namespace enclave::ui

#include "inspector/eifview.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "common/hex.h"
#include "common/jsonhighlighter.h"
#include "common/jsontext.h"
#include "common/layoutmemory.h"
#include "common/sizeformat.h"
#include "inspector/bytesource.h"
#include "inspector/fieldadapters.h"
#include "inspector/fieldhexsplitter.h"
#include "inspector/fielditem.h"
#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"
#include "inspector/pcrjob.h"
#include "inspector/pcrtablemodel.h"
#include "inspector/ramdiskcontentsview.h"
#include "inspector/signingcertificatepanel.h"
#include "measure/nitroclijson.h"
#include "shell/theme.h"

namespace enclave::ui {

namespace {

QPlainTextEdit *makeTextPanel(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QString sizeText(qint64 bytes)
{
    return formatSize(bytes);
}

} // namespace

EifView::EifView(const EifReader &reader, std::shared_ptr<const ByteSource> bytes, QWidget *parent)
    : DocumentView(reader.path(), parent)
    , m_reader(reader)
    // Core's cheap phase (cmdline, metadata, signature decode: small, bounded sections).
    , m_description(EifDescription::inspect(reader))
    , m_fieldModel(new FieldTreeModel(this))
    , m_pcrModel(new PcrTableModel(this))
{
    m_pcrModel->setMeasurements(&m_description.pcrs());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("eifSummary"));
    const EifHeader &h = m_reader.header();
    m_summary->setText(tr("<b>%1</b> — EIF version %2, %3, %4 sections, %5, %6")
                           .arg(QFileInfo(m_reader.path()).fileName().toHtmlEscaped())
                           .arg(h.version())
                           .arg(h.architectureName())
                           .arg(m_reader.sections().size())
                           .arg(sizeText(m_reader.fileSize()))
                           .arg(m_reader.isSigned() ? tr("signed") : tr("unsigned")));
    top->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("pcrProgress"));
    m_progress->setFormat(tr("PCRs %p%"));
    m_progress->setMaximumWidth(260);
    top->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("pcrCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &EifView::cancelPcrs);
    top->addWidget(m_cancel);
    m_recompute = new QPushButton(tr("Compute PCRs"), this);
    connect(m_recompute, &QPushButton::clicked, this, &EifView::computePcrs);
    top->addWidget(m_recompute);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *inspector = new FieldHexSplitter(m_fieldModel, std::move(bytes), split);
    m_tree = inspector->tree();
    m_hex = inspector->hex();
    inspector->setStretchFactor(0, 1);
    inspector->setStretchFactor(1, 1);

    m_panels = new QTabWidget(split);
    m_panels->addTab(createMeasurementsPanel(), tr("Measurements"));
    m_cmdline = makeTextPanel(m_panels);
    m_cmdline->setObjectName(QStringLiteral("cmdline"));
    m_cmdline->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_panels->addTab(m_cmdline, tr("Kernel cmdline"));
    m_metadata = makeTextPanel(m_panels);
    m_metadata->setObjectName(QStringLiteral("metadata"));
    m_highlighter = attachJsonHighlighter(m_metadata->document(), Theme::isDark(palette()));
    m_panels->addTab(m_metadata, tr("Metadata"));
    m_panels->addTab(createSignaturePanel(), tr("Signature"));
    // Ramdisk contents (measure module) are listed on demand: reading every ramdisk of a large
    // image competes with the PCR pass for the disk, so only when the tab is first shown.
    m_contentsIndex = m_panels->addTab(new QWidget(m_panels), tr("Contents"));
    connect(m_panels, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != m_contentsIndex || m_contents)
            return;
        m_contents = new RamdiskContentsView(m_reader.path(), m_panels);
        connect(m_contents, &RamdiskContentsView::bytesRequested, m_hex,
            [this](qint64 offset, qint64 length) { m_hex->markField(offset, length, true); });
        QWidget *placeholder = m_panels->widget(m_contentsIndex);
        const QSignalBlocker block(m_panels);
        m_panels->removeTab(m_contentsIndex);
        m_panels->insertTab(m_contentsIndex, m_contents, tr("Contents"));
        m_panels->setCurrentIndex(m_contentsIndex);
        placeholder->deleteLater();
    });
    m_warnings = new QListWidget(m_panels);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_panels->addTab(m_warnings, tr("Warnings"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    LayoutMemory::remember(split, QStringLiteral("eif/panels"));
    LayoutMemory::remember(inspector, QStringLiteral("eif/inspector"));

    const EifSignature &signature = m_description.signature();
    m_fieldModel->setRoot(eifFieldTree(m_reader, signature.isValid() ? &signature : nullptr));
    inspector->showFields(0, QStringLiteral("eif/fieldColumns"));

    loadTextPanels();
    updateSignaturePanel();
    updateWarnings();
    computePcrs();
}

EifView::~EifView() = default;

void EifView::changeEvent(QEvent *event)
{
    // Follow View > Theme: highlighter colours are picked for the palette's lightness.
    if (event->type() == QEvent::PaletteChange) {
        if (auto *own = qobject_cast<JsonHighlighter *>(m_highlighter))
            own->setDarkBackground(Theme::isDark(palette()));
    }
    DocumentView::changeEvent(event);
}

QWidget *EifView::createMeasurementsPanel()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_pcrTable = new QTableView(page);
    m_pcrTable->setObjectName(QStringLiteral("pcrTable"));
    m_pcrTable->setModel(m_pcrModel);
    m_pcrTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pcrTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pcrTable->verticalHeader()->hide();
    m_pcrTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pcrTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_pcrTable, 1);
    auto *buttons = new QHBoxLayout;
    auto *copyOne = new QPushButton(tr("Copy Selected PCR"), page);
    connect(copyOne, &QPushButton::clicked, this, &EifView::copySelectedPcr);
    auto *copyAll = new QPushButton(tr("Copy All as JSON"), page);
    copyAll->setObjectName(QStringLiteral("copyAllPcrs"));
    connect(copyAll, &QPushButton::clicked, this, &EifView::copyAllPcrs);
    buttons->addWidget(copyOne);
    buttons->addWidget(copyAll);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget *EifView::createSignaturePanel()
{
    m_signaturePanel = new SigningCertificatePanel(this);
    return m_signaturePanel;
}

void EifView::loadTextPanels()
{
    // Problems reading these are in the description's problems(), listed under Warnings.
    const QByteArray &cmdline = m_description.cmdline();
    if (!m_reader.firstSection(EifSectionType::Cmdline))
        m_cmdline->setPlainText(tr("(no cmdline section)"));
    else
        m_cmdline->setPlainText(QString::fromUtf8(cmdline));
    const QByteArray &metadata = m_description.metadataBytes();
    if (!m_reader.firstSection(EifSectionType::Metadata))
        m_metadata->setPlainText(tr("(no metadata section: EIF version 3 or older, or built without one)"));
    else if (m_description.metadata())
        m_metadata->setPlainText(indentJson(metadata));
    else
        m_metadata->setPlainText(QString::fromUtf8(metadata));
}

bool EifView::isComputing() const
{
    return m_job && m_job->isRunning();
}

void EifView::computePcrs()
{
    if (isComputing())
        return;
    delete m_job;
    m_job = new PcrJob(this);
    QList<int> pending { 0, 1, 2 };
    if (m_reader.isSigned())
        pending << 8;
    else
        m_pcrModel->setUnavailable(8, tr("unsigned image: no PCR8"));
    m_pcrModel->setPending(pending);
    m_pcrError.reset();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_recompute->hide();
    connect(m_job, &PcrJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &PcrJob::finished, this, &EifView::onPcrsFinished);
    m_job->start(m_reader);
}

void EifView::cancelPcrs()
{
    if (m_job)
        m_job->cancel();
    m_cancel->setEnabled(false);
}

void EifView::onPcrsFinished()
{
    m_cancel->hide();
    if (!m_job->error().message.isEmpty()) {
        const bool cancelled = m_job->error().code == Error::Code::Cancelled;
        const QString reason = cancelled ? tr("cancelled") : m_job->error().toString();
        for (int i : { 0, 1, 2, 8 }) {
            if (m_pcrModel->rowForPcr(i) >= 0
                && m_pcrModel->status(m_pcrModel->rowForPcr(i)) == PcrTableModel::Status::Pending)
                m_pcrModel->setUnavailable(i, reason);
        }
        m_progress->setFormat(cancelled ? tr("PCRs cancelled") : tr("PCRs failed"));
        m_recompute->setText(cancelled ? tr("Compute PCRs") : tr("Retry"));
        m_recompute->show();
        if (!cancelled)
            m_pcrError = m_job->error();
    } else {
        // Core's completion: PCRs, the CRC verdict and the signature check over PCR0.
        const EifMeasurements &m = m_job->measurements();
        m_description.complete(m);
        m_pcrModel->refresh();
        if (m_reader.isSigned() && m.pcr8.isEmpty())
            m_pcrModel->setUnavailable(8, m.pcr8Error.isEmpty() ? tr("no certificate") : m.pcr8Error);
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("PCRs computed"));
        m_progress->hide();
    }
    updateSignaturePanel();
    updateWarnings();
    Q_EMIT pcrsFinished();
}

QString EifView::measurementsJson() const
{
    return QString::fromUtf8(NitroCliJson::buildInfo(pcrs()));
}

QString EifView::pcrJson(int index) const
{
    if (!pcrs().contains(index))
        return {};
    return QString::fromUtf8(NitroCliJson::pcr(index, pcrs().value(index)));
}

void EifView::copyAllPcrs()
{
    if (!pcrs().isEmpty())
        QApplication::clipboard()->setText(measurementsJson());
}

void EifView::copySelectedPcr()
{
    const QModelIndex current = m_pcrTable->currentIndex();
    const int index = current.isValid() ? current.data(PcrTableModel::PcrIndexRole).toInt() : 0;
    const QString json = pcrJson(index);
    if (!json.isEmpty())
        QApplication::clipboard()->setText(json);
}

QString EifView::signatureStatus() const
{
    const EifDescription &d = m_description;
    if (!d.isSigned())
        return tr("Unsigned image: there is no signature section, so no PCR8.");
    if (!d.signature().isValid())
        return tr("The signature section cannot be decoded: %1")
            .arg(d.signatureProblem() ? d.signatureProblem()->toString() : QString());
    if (!d.signatureCheck())
        return tr("Signature present; verified once PCR0 is computed.");
    if (*d.signatureCheck())
        return tr("Signature verified: the certificate's key signed this image's PCR0.");
    if (d.signatureVerifies())
        return tr("The signature verifies, but it signs a different PCR0 than this image's.");
    return tr("Signature does NOT verify: %1")
        .arg(d.signatureProblem() ? d.signatureProblem()->toString() : QString());
}

void EifView::updateSignaturePanel()
{
    const EifSignature &signature = m_description.signature();
    m_signaturePanel->setSignature(signatureStatus(), signature.isValid() ? &signature : nullptr);
}

QStringList EifView::warnings() const
{
    // Core's verdicts: reader warnings, the description's problems, the certificate's validity.
    QStringList out;
    for (const EifWarning &w : m_reader.warnings())
        out << w.toString();
    for (const Error &e : m_description.problems())
        out << e.toString();
    if (const auto expired = m_description.certificateProblem(QDateTime::currentDateTimeUtc()))
        out << expired->toString();
    if (m_pcrError)
        out << m_pcrError->toString();
    out.removeDuplicates();
    return out;
}

void EifView::updateWarnings()
{
    const QStringList list = warnings();
    m_warnings->clear();
    if (list.isEmpty())
        m_warnings->addItem(tr("No warnings."));
    else
        m_warnings->addItems(list);
    const int index = m_panels->indexOf(m_warnings);
    m_panels->setTabText(index, list.isEmpty() ? tr("Warnings") : tr("Warnings (%1)").arg(list.size()));
}

} // namespace enclave::ui

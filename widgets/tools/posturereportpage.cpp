#include "tools/posturereportpage.h"

#include <QBuffer>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "posture/postureassessor.h"
#include "posture/postureinputs.h"
#include "tools/errorbanner.h"
#include "tools/pathfield.h"
#include "tools/toolfilesaver.h"
#include "tools/tooljobrunner.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

PostureReportPage::PostureReportPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"postureReportPage"_s);
    auto *form = new QFormLayout;
    const auto pathRow = [this, form](const QString &label, const QString &name, const QString &placeholder) {
        auto *field = PathField::addRow(form, label, name, PathField::Mode::Open, QString(), this);
        field->lineEdit()->setPlaceholderText(placeholder);
        return field;
    };
    m_eif = pathRow(tr("Enclave image:"), u"eif"_s, tr("Required"));
    m_policy = pathRow(tr("KMS key policy:"), u"policy"_s, tr("Optional"));
    m_attestation = pathRow(tr("Attestation document:"), u"attestation"_s, tr("Optional"));

    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_assess = new QPushButton(tr("Assess"), this);
    m_assess->setObjectName(u"assess"_s);
    m_assess->setDefault(true);
    m_exportMarkdown = new QPushButton(tr("Export Markdown..."), this);
    m_exportHtml = new QPushButton(tr("Export HTML..."), this);
    m_exportPdf = new QPushButton(tr("Export PDF..."), this);
    m_exportMarkdown->setEnabled(false);
    m_exportHtml->setEnabled(false);
    m_exportPdf->setEnabled(false);
    m_fullPaths = new QCheckBox(tr("Show full paths"), this);
    m_fullPaths->setObjectName(u"fullPaths"_s);
    m_fullPaths->setToolTip(
        tr("Name the inputs by their full path instead of their file name (the report may be "
           "handed to someone who does not need your directory layout)"));
    connect(m_fullPaths, &QCheckBox::toggled, this, &PostureReportPage::render);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_fullPaths);
    buttons->addWidget(m_assess);
    buttons->addWidget(m_exportMarkdown);
    buttons->addWidget(m_exportHtml);
    buttons->addWidget(m_exportPdf);

    m_error = new ErrorBanner(this);
    m_error->setObjectName(u"error"_s);
    m_runner = new ToolJobRunner(this);
    m_runner->setButtons(m_assess);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"report"_s);
    m_browser->setOpenLinks(false);
    m_browser->setPlaceholderText(
        tr("Choose an enclave image (and optionally a key policy and an attestation "
           "document), then Assess."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_browser, 1);

    connect(m_assess, &QPushButton::clicked, this, &PostureReportPage::assess);
    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { showExportDialog(Format::Markdown); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { showExportDialog(Format::Html); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { showExportDialog(Format::Pdf); });
}

// The runner, a child, waits for a running assessment when the tab closes.
PostureReportPage::~PostureReportPage() = default;

bool PostureReportPage::isRunning() const
{
    return m_runner->isRunning();
}

void PostureReportPage::setInputs(const QString &eif, const QString &policy, const QString &attestation)
{
    m_eif->setText(eif);
    m_policy->setText(policy);
    m_attestation->setText(attestation);
}

void PostureReportPage::setLiveAttestation(const QString &path, const PostureInputs::Freshness &freshness)
{
    m_livePath = path;
    m_freshness = freshness;
    m_attestation->setText(path);
}

void PostureReportPage::assess()
{
    if (isRunning())
        return;
    m_error->clearMessage();
    const QString eif = m_eif->text();
    if (eif.isEmpty()) {
        m_error->showMessage(tr("Choose the enclave image to assess."));
        Q_EMIT finished(false);
        return;
    }
    const QString policy = m_policy->text();
    const QString attestation = m_attestation->text();
    m_summary->setText(tr("Assessing..."));
    const auto freshness = !m_livePath.isEmpty() && attestation == m_livePath ? m_freshness : std::nullopt;
    m_runner->start<PostureReport>(
        [eif, policy, attestation, freshness](JobControl &) -> Result<PostureReport> {
            auto inputs = PostureInputs::load(eif, policy, attestation);
            if (!inputs)
                return std::unexpected(inputs.error());
            inputs->freshness = freshness;
            return PostureAssessor::assess(*inputs);
        },
        [this](Result<PostureReport> report) { showReport(report); });
}

void PostureReportPage::showReport(const Result<PostureReport> &report)
{
    if (!report) {
        m_summary->clear();
        m_error->showMessage(tr("Cannot assess: %1").arg(report.error().toString()));
        Q_EMIT finished(false);
        return;
    }
    m_report = *report;
    render();
    m_summary->setText(tr("Report ready."));
    m_exportMarkdown->setEnabled(true);
    m_exportHtml->setEnabled(true);
    m_exportPdf->setEnabled(true);
    Q_EMIT finished(true);
}

PostureReport::RenderOptions PostureReportPage::renderOptions() const
{
    PostureReport::RenderOptions options;
    options.generator = tr("Enclave Studio");
    options.fullPaths = m_fullPaths->isChecked();
    return options;
}

void PostureReportPage::setFullPaths(bool on)
{
    m_fullPaths->setChecked(on);
}

void PostureReportPage::render()
{
    if (!m_report)
        return;
    m_markdown = m_report->toMarkdown(renderOptions());
    m_html = m_report->toHtml(renderOptions());
    m_browser->setHtml(m_html);
}

QString PostureReportPage::html() const
{
    return m_html;
}

QString PostureReportPage::errorText() const
{
    return m_error->shownText();
}

Result<QByteArray> PostureReportPage::exportBytes(Format format) const
{
    if (!m_report)
        return makeError(Error::Code::Usage, tr("No report to export"));
    switch (format) {
    case Format::Markdown:
        return m_markdown.toUtf8();
    case Format::Html:
        return m_html.toUtf8();
    case Format::Pdf:
        break;
    }
    // Laid out by QTextDocument from the same HTML as the view, A4 with 15 mm margins.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Security posture: %1").arg(QFileInfo(m_report->eifPath).fileName()));
        writer.setCreator(tr("Enclave Studio"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(m_html);
        doc.print(&writer);
    }
    return bytes;
}

bool PostureReportPage::exportTo(const QString &path, Format format, QString *error) const
{
    auto bytes = exportBytes(format);
    if (bytes) {
        if (const auto written = ToolFileSaver::write(path, *bytes); !written)
            bytes = std::unexpected(written.error());
    }
    if (!bytes && error)
        *error = bytes.error().message;
    return bool(bytes);
}

bool PostureReportPage::exportAs(const QString &path, Format format)
{
    QString error;
    const auto bytes = exportBytes(format);
    const auto outcome
        = bytes ? ToolFileSaver::save(this, path, *bytes, &error) : ToolFileSaver::Outcome::Failed;
    if (!bytes)
        error = bytes.error().message;
    if (outcome == ToolFileSaver::Outcome::Kept)
        return false;
    if (outcome == ToolFileSaver::Outcome::Failed) {
        m_error->showMessage(tr("Cannot export %1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_error->clearMessage();
    m_summary->setText(ToolFileSaver::savedText(path));
    return true;
}

void PostureReportPage::showExportDialog(Format format)
{
    QString title, name, filter;
    switch (format) {
    case Format::Markdown:
        title = tr("Export Markdown");
        name = u"posture-report.md"_s;
        filter = tr("Markdown (*.md)");
        break;
    case Format::Html:
        title = tr("Export HTML");
        name = u"posture-report.html"_s;
        filter = tr("HTML (*.html)");
        break;
    case Format::Pdf:
        title = tr("Export PDF");
        name = u"posture-report.pdf"_s;
        filter = tr("PDF (*.pdf)");
        break;
    }
    // The overwrite question is asked once, by exportAs, naming the file.
    const QString path
        = QFileDialog::getSaveFileName(this, title, name, filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        exportAs(path, format);
}

} // namespace enclave::ui

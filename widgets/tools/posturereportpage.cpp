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
#include <QtConcurrent/QtConcurrentRun>

#include "common/atomicfilewriter.h"
#include "common/overwriteconfirm.h"
#include "posture/postureassessor.h"
#include "posture/postureinputs.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

PostureReportPage::PostureReportPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"postureReportPage"_s);
    auto *form = new QFormLayout;
    const auto pathRow = [this, form](const QString &label, const QString &name, const QString &placeholder) {
        auto *row = new QHBoxLayout;
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        auto *browse = new QPushButton(tr("Browse..."), this);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        form->addRow(label, row);
        connect(browse, &QPushButton::clicked, this, [this, edit, label] {
            const QString path = QFileDialog::getOpenFileName(this, label, edit->text());
            if (!path.isEmpty())
                edit->setText(path);
        });
        return edit;
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

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

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
    connect(
        &m_watcher, &QFutureWatcher<Result<PostureReport>>::finished, this, &PostureReportPage::onFinished);
}

PostureReportPage::~PostureReportPage()
{
    m_watcher.waitForFinished();
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
    if (m_watcher.isRunning())
        return;
    m_error->hide();
    const QString eif = m_eif->text().trimmed();
    if (eif.isEmpty()) {
        m_error->setText(tr("Choose the enclave image to assess."));
        m_error->show();
        Q_EMIT finished(false);
        return;
    }
    const QString policy = m_policy->text().trimmed();
    const QString attestation = m_attestation->text().trimmed();
    m_assess->setEnabled(false);
    m_summary->setText(tr("Assessing..."));
    const auto freshness = !m_livePath.isEmpty() && attestation == m_livePath ? m_freshness : std::nullopt;
    m_watcher.setFuture(QtConcurrent::run([eif, policy, attestation, freshness]() -> Result<PostureReport> {
        auto inputs = PostureInputs::load(eif, policy, attestation);
        if (!inputs)
            return std::unexpected(inputs.error());
        inputs->freshness = freshness;
        return PostureAssessor::assess(*inputs);
    }));
}

void PostureReportPage::onFinished()
{
    m_assess->setEnabled(true);
    const Result<PostureReport> report = m_watcher.result();
    if (!report) {
        m_summary->clear();
        m_error->setText(tr("Cannot assess: %1").arg(report.error().toString()));
        m_error->show();
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
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool PostureReportPage::exportTo(const QString &path, Format format, QString *error) const
{
    if (!m_report) {
        if (error)
            *error = tr("No report to export");
        return false;
    }
    QByteArray bytes;
    switch (format) {
    case Format::Markdown:
        bytes = m_markdown.toUtf8();
        break;
    case Format::Html:
        bytes = m_html.toUtf8();
        break;
    case Format::Pdf: {
        // Laid out by QTextDocument from the same HTML as the view, A4 with 15 mm margins.
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Security posture: %1").arg(QFileInfo(m_report->eifPath).fileName()));
        writer.setCreator(tr("Enclave Studio"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(m_html);
        doc.print(&writer);
        break;
    }
    }
    const auto written = AtomicFileWriter::writeFile(path, bytes, 0644, AtomicFileWriter::Commit::Replace);
    if (!written) {
        if (error)
            *error = written.error().toString();
        return false;
    }
    return true;
}

bool PostureReportPage::exportAs(const QString &path, Format format)
{
    if (!OverwriteConfirm::ask(this, path))
        return false;
    QString error;
    if (!exportTo(path, format, &error)) {
        m_error->setText(tr("Cannot export %1: %2").arg(QFileInfo(path).fileName(), error));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_summary->setText(tr("Saved %1.").arg(QFileInfo(path).fileName()));
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

#include "tools/posturereportpage.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    m_exportMarkdown->setEnabled(false);
    m_exportHtml->setEnabled(false);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_assess);
    buttons->addWidget(m_exportMarkdown);
    buttons->addWidget(m_exportHtml);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"report"_s);
    m_browser->setOpenLinks(false);
    m_browser->setPlaceholderText(tr("Choose an enclave image (and optionally a key policy and an attestation "
                                     "document), then Assess."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_browser, 1);

    connect(m_assess, &QPushButton::clicked, this, &PostureReportPage::assess);
    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { showExportDialog(Format::Markdown); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { showExportDialog(Format::Html); });
    connect(&m_watcher, &QFutureWatcher<Result<PostureReport>>::finished, this, &PostureReportPage::onFinished);
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
    m_watcher.setFuture(QtConcurrent::run([eif, policy, attestation]() -> Result<PostureReport> {
        auto inputs = PostureInputs::load(eif, policy, attestation);
        if (!inputs)
            return std::unexpected(inputs.error());
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
    m_markdown = report->toMarkdown();
    m_browser->setMarkdown(m_markdown);
    m_summary->setText(tr("Report ready."));
    m_exportMarkdown->setEnabled(true);
    m_exportHtml->setEnabled(true);
    Q_EMIT finished(true);
}

QString PostureReportPage::html() const
{
    return m_markdown.isEmpty() ? QString() : m_browser->document()->toHtml();
}

QString PostureReportPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool PostureReportPage::exportTo(const QString &path, Format format, QString *error) const
{
    const QString text = format == Format::Markdown ? m_markdown : html();
    QSaveFile file(path);
    if (text.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = text.isEmpty() ? tr("No report to export") : file.errorString();
        return false;
    }
    return true;
}

void PostureReportPage::showExportDialog(Format format)
{
    const bool md = format == Format::Markdown;
    const QString path = QFileDialog::getSaveFileName(this, md ? tr("Export Markdown") : tr("Export HTML"),
                                                      md ? u"posture-report.md"_s : u"posture-report.html"_s,
                                                      md ? tr("Markdown (*.md)") : tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error)) {
        m_error->setText(tr("Cannot export %1: %2").arg(path, error));
        m_error->show();
    }
}

} // namespace enclave::ui

#pragma once

#include <optional>

#include <QWidget>

#include "posture/postureinputs.h"

#include "common/error.h"
#include "posture/posturereport.h"

class QLabel;
class QCheckBox;
class QPushButton;
class QTextBrowser;

namespace enclave::ui {

class ErrorBanner;
class PathField;
class ToolJobRunner;

// Tools > Security Posture Report: core's PostureInputs::load + PostureAssessor on a worker thread
// (the EIF is hashed), core's styled HTML shown in a QTextBrowser, exportable as Markdown, standalone
// HTML or PDF. Inputs appear by file name unless "Show full paths" is ticked.
class PostureReportPage final : public QWidget {
    Q_OBJECT
public:
    explicit PostureReportPage(QWidget *parent = nullptr);
    ~PostureReportPage() override;

    void setInputs(const QString &eif, const QString &policy = {}, const QString &attestation = {});
    // The attestation document at `path` was fetched just now from the running enclave: the report
    // then judges its freshness (nonce sent, age) as a check of its own, as long as that path is used.
    void setLiveAttestation(const QString &path, const PostureInputs::Freshness &freshness);
    bool isRunning() const;

    QString markdown() const { return m_markdown; }
    QString html() const;
    QString errorText() const;
    QTextBrowser *browser() const { return m_browser; }

    enum class Format { Markdown, Html, Pdf };
    // Writes atomically (replacing an existing file: the caller asks first, see exportAs).
    bool exportTo(const QString &path, Format format, QString *error) const;
    // Asks before replacing an existing file, then exports; the summary says where it went.
    bool exportAs(const QString &path, Format format);
    void setFullPaths(bool on);

Q_SIGNALS:
    void finished(bool ok);

public Q_SLOTS:
    void assess();

private:
    void showReport(const Result<PostureReport> &report);
    // The report in `format`; an error when there is none.
    Result<QByteArray> exportBytes(Format format) const;
    void render();
    void showExportDialog(Format format);
    PostureReport::RenderOptions renderOptions() const;

    PathField *m_eif = nullptr;
    PathField *m_policy = nullptr;
    PathField *m_attestation = nullptr;
    QString m_livePath;
    std::optional<PostureInputs::Freshness> m_freshness;
    QPushButton *m_assess = nullptr;
    QPushButton *m_exportMarkdown = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QCheckBox *m_fullPaths = nullptr;
    ErrorBanner *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_markdown;
    QString m_html;
    std::optional<PostureReport> m_report;
    ToolJobRunner *m_runner = nullptr;
};

} // namespace enclave::ui

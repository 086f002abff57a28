#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include "common/error.h"
#include "posture/posturereport.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace enclave::ui {

// Tools > Security Posture Report: core's PostureInputs::load + PostureAssessor on a worker thread
// (the EIF is hashed), the report's Markdown rendered in a QTextBrowser, exportable as Markdown or
// HTML.
class PostureReportPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PostureReportPage(QWidget *parent = nullptr);
    ~PostureReportPage() override;

    void setInputs(const QString &eif, const QString &policy = {}, const QString &attestation = {});
    bool isRunning() const { return m_watcher.isRunning(); }

    QString markdown() const { return m_markdown; }
    QString html() const;
    QString errorText() const;
    QTextBrowser *browser() const { return m_browser; }

    enum class Format { Markdown, Html };
    bool exportTo(const QString &path, Format format, QString *error) const;

Q_SIGNALS:
    void finished(bool ok);

public Q_SLOTS:
    void assess();

private:
    void onFinished();
    void showExportDialog(Format format);

    QLineEdit *m_eif = nullptr;
    QLineEdit *m_policy = nullptr;
    QLineEdit *m_attestation = nullptr;
    QPushButton *m_assess = nullptr;
    QPushButton *m_exportMarkdown = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_markdown;
    QFutureWatcher<Result<PostureReport>> m_watcher;
};

} // namespace enclave::ui

#pragma once

#include <QWidget>

#include "common/closeguard.h"
#include "common/error.h"
#include "signing/eifimagesigner.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace enclave::ui {

class ErrorBanner;
class PathField;
class ToolJobRunner;
class ToolResultPanel;

// Tools > Sign EIF: nitro-cli sign-eif done by core's EifImageSigner on a worker thread, with
// progress and cancel; shows PCR0, PCR8 and where the signed image went, or the error in place.
class SignEifPage final : public QWidget, public CloseGuard {
    Q_OBJECT
public:
    // A running job or typed input that closing the tab would lose.
    QStringList pendingLoss() const override;
    explicit SignEifPage(QWidget *parent = nullptr);
    ~SignEifPage() override;

    void setInputs(const QString &eif, const QString &key, const QString &certificate,
        const QString &passphraseFile = {}, const QString &output = {});
    bool isRunning() const;
    // What the output field holds now (it follows the input until the user edits it).
    QString outputText() const;
    // "<dir>/<name>-signed.eif" for an input "<dir>/<name>.eif".
    static QString suggestedOutput(const QString &input);

    // Of the last successful run (empty otherwise).
    QString pcr0Text() const;
    QString pcr8Text() const;
    QString outputPath() const;
    QString errorText() const;

Q_SIGNALS:
    void finished(bool ok);
    // "Open Signed Image" was clicked.
    void openRequested(const QString &path);

public Q_SLOTS:
    void sign();
    void cancel();

private:
    void fail(const QString &message);
    void showResult(const Result<EifSigningReport> &result, const QString &output);

    PathField *m_eif = nullptr;
    PathField *m_key = nullptr;
    PathField *m_cert = nullptr;
    PathField *m_passphrase = nullptr;
    PathField *m_output = nullptr;
    QCheckBox *m_force = nullptr;
    ErrorBanner *m_error = nullptr;
    ToolResultPanel *m_result = nullptr;
    QLabel *m_pcr0 = nullptr;
    QLabel *m_pcr8 = nullptr;
    QLabel *m_algorithm = nullptr;
    QLabel *m_outputLabel = nullptr;
    QLabel *m_warnings = nullptr;
    ToolJobRunner *m_runner = nullptr;
    bool m_outputFollowsInput = true;
};

} // namespace enclave::ui

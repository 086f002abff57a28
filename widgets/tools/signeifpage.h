#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QWidget>

#include "common/closeguard.h"
#include "common/error.h"
#include "signing/eifimagesigner.h"

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace enclave::ui {

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
    bool isRunning() const { return m_watcher.isRunning(); }
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
    struct Shared {
        std::atomic_bool cancel { false };
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
    };
    void onFinished();
    void updateProgress();
    QLineEdit *addPathRow(
        QFormLayout *form, const QString &label, const QString &name, bool save, const QString &filter);

    QLineEdit *m_eif = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_output = nullptr;
    QCheckBox *m_force = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_pcr0 = nullptr;
    QLabel *m_pcr8 = nullptr;
    QLabel *m_algorithm = nullptr;
    QLabel *m_outputLabel = nullptr;
    QLabel *m_warnings = nullptr;
    QGroupBox *m_result = nullptr;
    QTimer *m_timer = nullptr;

    std::shared_ptr<Shared> m_shared;
    QString m_runningOutput;
    bool m_outputFollowsInput = true;
    QFutureWatcher<Result<EifSigningReport>> m_watcher;
};

} // namespace enclave::ui

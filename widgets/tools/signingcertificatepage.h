#pragma once

#include <QWidget>

#include "common/closeguard.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace enclave::ui {

class ErrorBanner;
class PathField;
class ToolResultPanel;

// Tools > Signing Certificate: core's SigningCertificateGenerator behind a form (subject, days,
// curve, optional passphrase); writes the key (0600, encrypted PKCS#8 with a passphrase) and the
// certificate, and shows the PCR8 an image signed with it will have.
class SigningCertificatePage final : public QWidget, public CloseGuard {
    Q_OBJECT
public:
    // A running job or typed input that closing the tab would lose.
    QStringList pendingLoss() const override;
    explicit SigningCertificatePage(QWidget *parent = nullptr);

    void setOutputPaths(const QString &keyPath, const QString &certificatePath);
    void setPassphrase(const QString &passphrase, const QString &confirmation);

    QString pcr8Text() const;
    QString errorText() const;
    QString detailsText() const;

    static QString defaultSubject();
    // "/CN=a/O=b" as people read it: "CN=a, O=b".
    static QString subjectText(const QString &subject);

Q_SIGNALS:
    void generated(bool ok);
    // "Sign an Image with This..." after a successful run: the files just written.
    void signImageRequested(const QString &keyPath, const QString &certificatePath);

public Q_SLOTS:
    void generate();

private:
    void fail(const QString &message);

    QLineEdit *m_subject = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_curve = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    PathField *m_keyPath = nullptr;
    PathField *m_certPath = nullptr;
    QCheckBox *m_overwrite = nullptr;
    ErrorBanner *m_error = nullptr;
    ToolResultPanel *m_result = nullptr;
    QLabel *m_pcr8 = nullptr;
    QLabel *m_details = nullptr;
    QString m_writtenKey;
    QString m_writtenCertificate;
};

} // namespace enclave::ui

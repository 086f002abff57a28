#pragma once

#include <QWidget>

#include "eif/eifsignature.h"

class QLabel;
class QPushButton;

namespace enclave::ui {

// The Signature panel of a signed EIF: whether the signature verifies, the signing certificate's
// details, and what they mean: the certificate is self-signed (no CA vouches for it), and what
// binds it to the image is PCR8 (shown), which a KMS key policy or a verifier pins. The
// certificate can be copied (PEM) or saved (asks before replacing a file, written atomically).
class SigningCertificatePanel final : public QWidget {
    Q_OBJECT
public:
    explicit SigningCertificatePanel(QWidget *parent = nullptr);

    // status: the signature check in words; signature: nullptr when unsigned or undecodable.
    void setSignature(const QString &status, const EifSignature *signature);

    QString text() const; // the panel's text, as shown (rich text)
    QString pcr8Hex() const { return m_pcr8; }
    QByteArray certificatePem() const { return m_pem; }

public Q_SLOTS:
    void copyCertificate();
    void saveCertificateAs();
    // Writes the PEM to path; asks before replacing an existing file. False when not written.
    bool saveCertificate(const QString &path);

Q_SIGNALS:
    void certificateSaved(const QString &path);

private:
    QLabel *m_label = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QByteArray m_pem;
    QString m_pcr8;
};

} // namespace enclave::ui

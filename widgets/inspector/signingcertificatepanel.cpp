#include "inspector/signingcertificatepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include "common/atomicfilewriter.h"
#include "common/hex.h"
#include "eif/pcrcalculator.h"

namespace enclave::ui {

SigningCertificatePanel::SigningCertificatePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePanel"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("signature"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMargin(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_copy = new QPushButton(tr("Copy Certificate"), this);
    m_copy->setObjectName(QStringLiteral("copyCertificate"));
    m_copy->setToolTip(tr("Copy the signing certificate as PEM"));
    connect(m_copy, &QPushButton::clicked, this, &SigningCertificatePanel::copyCertificate);
    m_save = new QPushButton(tr("Save Certificate As…"), this);
    m_save->setObjectName(QStringLiteral("saveCertificate"));
    connect(m_save, &QPushButton::clicked, this, &SigningCertificatePanel::saveCertificateAs);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setSignature(QString(), nullptr);
}

void SigningCertificatePanel::setSignature(const QString &status, const EifSignature *signature)
{
    m_pem = signature ? signature->certificatePem() : QByteArray();
    m_pcr8.clear();
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(status.toHtmlEscaped());
    if (signature && signature->certificate().isValid()) {
        const X509Certificate &c = signature->certificate();
        if (const auto pcr8 = PcrCalculator::pcr8FromCertificatePem(m_pem))
            m_pcr8 = hex::encode(*pcr8);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString validity = c.isValidAt(now) ? tr("valid now")
            : now < c.notBefore()                 ? tr("not yet valid")
                                                  : tr("EXPIRED (nitro-cli fails to run it: E36/E39)");
        // What a reviewer needs to know first: who vouches for this certificate (nobody) and what
        // ties it to the image (PCR8).
        QString meaning = c.isSelfIssued()
            ? tr("This certificate is self-signed: no certificate authority vouches for it, and the "
                 "signature only "
                 "shows that whoever holds its private key signed this image.")
            : tr("This certificate was issued by %1; Nitro Enclaves do not check that issuer.")
                  .arg(c.issuer());
        meaning += QLatin1Char(' ')
            + tr(
                "What binds it to the enclave is PCR8 (the SHA-384 of this certificate), which every "
                "attestation "
                "document of the enclave carries: a KMS key policy or a verifier that pins PCR8 accepts only "
                "images signed with this certificate.");
        html += QStringLiteral("<p>%1</p>").arg(meaning.toHtmlEscaped());
        const auto row = [](const QString &k, const QString &v) {
            return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
        };
        html += QStringLiteral("<table cellspacing=\"6\">");
        if (!m_pcr8.isEmpty())
            html += row(tr("PCR8"), m_pcr8);
        html += row(tr("Algorithm"), signature->algorithmName());
        html += row(tr("Subject"), c.subject());
        html += row(tr("Issuer"), c.isSelfIssued() ? tr("%1 (self-signed)").arg(c.issuer()) : c.issuer());
        html += row(tr("Serial"), c.serialHex());
        html += row(tr("Valid from"), c.notBefore().toString(Qt::ISODate));
        html += row(tr("Valid until"),
            c.notAfter().toString(Qt::ISODate) + QStringLiteral(" (") + validity + QLatin1Char(')'));
        html += row(tr("Key"), QStringLiteral("%1 %2").arg(c.publicKeyType(), c.curveName()));
        html += row(tr("Certificate signature"), c.signatureAlgorithm());
        html += row(
            tr("SHA-256 fingerprint"), QString::fromLatin1(c.fingerprintSha256().toHex(':').toUpper()));
        html += QStringLiteral("</table>");
    }
    m_label->setText(html);
    m_copy->setEnabled(!m_pem.isEmpty());
    m_save->setEnabled(!m_pem.isEmpty());
}

QString SigningCertificatePanel::text() const
{
    return m_label->text();
}

void SigningCertificatePanel::copyCertificate()
{
    if (!m_pem.isEmpty())
        QApplication::clipboard()->setText(QString::fromLatin1(m_pem));
}

void SigningCertificatePanel::saveCertificateAs()
{
    if (m_pem.isEmpty())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    // The replace question is ours (saveCertificate), asked once.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Signing Certificate"),
        QDir(dir).filePath(QStringLiteral("signing-certificate.pem")),
        tr("PEM certificates (*.pem *.crt);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        saveCertificate(path);
}

bool SigningCertificatePanel::saveCertificate(const QString &path)
{
    if (m_pem.isEmpty())
        return false;
    const QFileInfo target(path);
    if (target.exists()
        && QMessageBox::question(this, tr("Replace File"),
               tr("%1 already exists. Replace it with the signing certificate?")
                   .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    const auto written = AtomicFileWriter::writeFile(
        target.absoluteFilePath(), m_pem, 0644, AtomicFileWriter::Commit::Replace);
    if (!written) {
        QMessageBox::warning(this, tr("Save Signing Certificate"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), written.error().toString()));
        return false;
    }
    QSettings().setValue(QStringLiteral("lastDirectory"), target.absolutePath());
    Q_EMIT certificateSaved(target.absoluteFilePath());
    return true;
}

} // namespace enclave::ui

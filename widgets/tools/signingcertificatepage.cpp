#include "tools/signingcertificatepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/hex.h"
#include "signing/signingcertificategenerator.h"
#include "tools/errorbanner.h"
#include "tools/pathfield.h"
#include "tools/toolresultpanel.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

SigningCertificatePage::SigningCertificatePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signingCertificatePage"_s);
    const SigningCertificateRequest defaults;
    auto *form = new QFormLayout;
    // A neutral identity to replace with your own (the certificate names who signs the image).
    m_subject = new QLineEdit(defaultSubject(), this);
    m_subject->setObjectName(u"subject"_s);
    m_subject->setToolTip(
        tr("Who signs the images, in OpenSSL -subj syntax: /CN=name/O=organisation/C=country"));
    form->addRow(tr("Subject:"), m_subject);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"days"_s);
    m_days->setRange(1, SigningCertificateGenerator::MaxDays);
    m_days->setValue(defaults.days);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("Valid for:"), m_days);
    m_curve = new QComboBox(this);
    m_curve->setObjectName(u"curve"_s);
    m_curve->addItem(tr("P-384 (secp384r1, ES384)"), u"secp384r1"_s);
    m_curve->addItem(tr("P-256 (prime256v1, ES256)"), u"prime256v1"_s);
    m_curve->addItem(tr("P-521 (secp521r1, ES512)"), u"secp521r1"_s);
    form->addRow(tr("Curve:"), m_curve);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(u"passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Optional: encrypts the key (PKCS#8, AES-256)"));
    form->addRow(tr("Passphrase:"), m_passphrase);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirm"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Confirm passphrase:"), m_confirm);

    const auto pathRow = [this, form](const QString &label, const QString &name, const QString &suggestion) {
        auto *field
            = PathField::addRow(form, label, name, PathField::Mode::Save, tr("PEM files (*.pem)"), this);
        field->setSuggestion(suggestion);
        return field;
    };
    m_keyPath = pathRow(tr("Private key file:"), u"keyPath"_s, u"key.pem"_s);
    m_certPath = pathRow(tr("Certificate file:"), u"certificatePath"_s, u"certificate.pem"_s);
    m_overwrite = new QCheckBox(tr("Overwrite existing files"), this);
    form->addRow(QString(), m_overwrite);

    auto *generateButton = new QPushButton(tr("Generate"), this);
    generateButton->setObjectName(u"generate"_s);
    generateButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(generateButton);

    m_error = new ErrorBanner(this);
    m_error->setObjectName(u"error"_s);

    m_result = new ToolResultPanel(tr("Written"), this);
    m_pcr8 = m_result->addValue(tr("PCR8 of images signed with it:"), u"pcr8"_s);
    m_details = m_result->addValue(tr("Certificate:"), u"details"_s, ToolResultPanel::Font::Normal);
    auto *signWith = new QPushButton(tr("Sign an Image with This..."));
    signWith->setObjectName(u"signWith"_s);
    signWith->setToolTip(tr("Open Sign EIF with this key and certificate filled in"));
    connect(signWith, &QPushButton::clicked, this,
        [this] { Q_EMIT signImageRequested(m_writtenKey, m_writtenCertificate); });
    m_result->addButton(signWith);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addStretch();
    connect(generateButton, &QPushButton::clicked, this, &SigningCertificatePage::generate);
}

void SigningCertificatePage::setOutputPaths(const QString &keyPath, const QString &certificatePath)
{
    m_keyPath->setText(keyPath);
    m_certPath->setText(certificatePath);
}

void SigningCertificatePage::setPassphrase(const QString &passphrase, const QString &confirmation)
{
    m_passphrase->setText(passphrase);
    m_confirm->setText(confirmation);
}

void SigningCertificatePage::fail(const QString &message)
{
    m_error->showMessage(message);
    Q_EMIT generated(false);
}

void SigningCertificatePage::generate()
{
    m_error->clearMessage();
    m_result->hide();
    if (m_keyPath->text().isEmpty() || m_certPath->text().isEmpty())
        return fail(tr("Choose where to write the private key and the certificate."));
    if (m_passphrase->text() != m_confirm->text())
        return fail(tr("The passphrases differ."));

    SigningCertificateRequest request;
    request.subject = m_subject->text().trimmed();
    request.days = m_days->value();
    request.curve = m_curve->currentData().toString();
    request.passphrase = m_passphrase->text().toUtf8();
    // EC key generation and one signature take milliseconds: no worker thread needed.
    auto result = SigningCertificateGenerator::generate(request);
    if (!result)
        return fail(tr("Not generated: %1").arg(result.error().toString()));
    if (auto written = SigningCertificateGenerator::writeFiles(
            *result, m_keyPath->text(), m_certPath->text(), m_overwrite->isChecked());
        !written)
        return fail(tr("Not written: %1").arg(written.error().toString()));

    m_writtenKey = m_keyPath->text();
    m_writtenCertificate = m_certPath->text();
    m_pcr8->setText(hex::encode(result->pcr8));
    m_details->setText(
        tr("%1, valid from %2 to %3; key written with mode 0600%4")
            .arg(subjectText(request.subject), result->certificate.notBefore().toString(Qt::ISODate),
                result->certificate.notAfter().toString(Qt::ISODate),
                request.passphrase.isEmpty() ? QString() : tr(", encrypted")));
    m_result->show();
    Q_EMIT generated(true);
}

QString SigningCertificatePage::defaultSubject()
{
    return u"/CN=Enclave Image Signing/O=Example Organisation"_s;
}

QString SigningCertificatePage::subjectText(const QString &subject)
{
    // In the order written (CN first), as people read a subject, not RFC 2253's reversed order.
    const auto parts = SigningCertificateGenerator::parseSubject(subject);
    if (!parts)
        return subject;
    QStringList out;
    for (const auto &[field, value] : *parts)
        out.append(field + u'=' + value);
    return out.join(u", "_s);
}

QString SigningCertificatePage::detailsText() const
{
    return m_result->shownText(m_details);
}

QString SigningCertificatePage::pcr8Text() const
{
    return m_result->shownText(m_pcr8);
}
QString SigningCertificatePage::errorText() const
{
    return m_error->shownText();
}

QStringList SigningCertificatePage::pendingLoss() const
{
    if (CloseGuard::hasEditedInput(this))
        return { tr("the certificate details typed into the form") };
    return {};
}

} // namespace enclave::ui

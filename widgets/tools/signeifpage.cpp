#include "tools/signeifpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/hex.h"
#include "common/overwriteconfirm.h"
#include "signing/signingfiles.h"
#include "tools/errorbanner.h"
#include "tools/pathfield.h"
#include "tools/tooljobrunner.h"
#include "tools/toolresultpanel.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {

struct SignJob {
    QString eif, output, key, cert, passphraseFile;
    bool force = false;
};

// Names the file a read failed on (the page has several inputs).
Result<QByteArray> readInput(const QString &path, Result<QByteArray> (*read)(const QString &))
{
    auto bytes = read(path);
    if (!bytes)
        return makeError(bytes.error().code,
            QCoreApplication::translate("enclave::ui::SignEifPage", "%1: %2")
                .arg(path, bytes.error().message));
    return bytes;
}

// Runs on the worker thread: core reads the inputs (SigningFiles, with its limits) and signs.
Result<EifSigningReport> runSign(const SignJob &job, JobControl &control)
{
    auto key = readInput(job.key, &SigningFiles::readPem);
    if (!key)
        return std::unexpected(key.error());
    auto cert = readInput(job.cert, &SigningFiles::readPem);
    if (!cert)
        return std::unexpected(cert.error());
    EifSigningOptions options;
    if (!job.passphraseFile.isEmpty()) {
        auto pass = readInput(job.passphraseFile, &SigningFiles::readPassphrase);
        if (!pass)
            return std::unexpected(pass.error());
        options.passphrase = *pass;
    }
    options.force = job.force;
    options.cancel = &control.cancelled;
    options.progress = control.progressCallback();
    return EifImageSigner::sign(job.eif, job.output, *key, *cert, options);
}

} // namespace

SignEifPage::SignEifPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signEifPage"_s);
    auto *form = new QFormLayout;
    const QString eifFilter = tr("Enclave images (*.eif);;All files (*)");
    const QString pemFilter = tr("PEM files (*.pem);;All files (*)");
    const auto pathRow
        = [this, form](const QString &label, const QString &name, PathField::Mode mode,
              const QString &filter) { return PathField::addRow(form, label, name, mode, filter, this); };
    m_eif = pathRow(tr("Enclave image:"), u"eif"_s, PathField::Mode::Open, eifFilter);
    m_key = pathRow(tr("Private key:"), u"key"_s, PathField::Mode::Open, pemFilter);
    m_cert = pathRow(tr("Signing certificate:"), u"certificate"_s, PathField::Mode::Open, pemFilter);
    m_passphrase
        = pathRow(tr("Passphrase file (optional):"), u"passphrase"_s, PathField::Mode::Open, QString());
    m_output = pathRow(tr("Signed image:"), u"output"_s, PathField::Mode::Save, eifFilter);
    m_output->lineEdit()->setPlaceholderText(tr("Empty: <image>-signed.eif next to the image"));
    m_force = new QCheckBox(tr("Sign even with an expired certificate or a damaged (CRC) image"), this);
    form->addRow(QString(), m_force);
    // The output follows the input (a sibling file, so the unsigned image is kept) until the user
    // types or picks an output of their own; clearing the field makes it follow again.
    connect(m_eif->lineEdit(), &QLineEdit::textChanged, this, [this] {
        if (m_outputFollowsInput)
            m_output->setText(suggestedOutput(m_eif->text()));
    });
    connect(m_output->lineEdit(), &QLineEdit::textEdited, this,
        [this](const QString &text) { m_outputFollowsInput = text.trimmed().isEmpty(); });
    connect(m_output, &PathField::picked, this, [this] { m_outputFollowsInput = false; });

    auto *buttons = new QHBoxLayout;
    auto *progress = new QProgressBar(this);
    auto *signButton = new QPushButton(tr("Sign"), this);
    signButton->setObjectName(u"sign"_s);
    signButton->setDefault(true);
    auto *cancelButton = new QPushButton(tr("Cancel"), this);
    cancelButton->setObjectName(u"cancel"_s);
    buttons->addWidget(progress, 1);
    buttons->addWidget(signButton);
    buttons->addWidget(cancelButton);
    m_runner = new ToolJobRunner(this);
    m_runner->setProgressBar(progress);
    m_runner->setButtons(signButton, cancelButton);

    m_error = new ErrorBanner(this);
    m_error->setObjectName(u"error"_s);

    m_result = new ToolResultPanel(tr("Signed"), this);
    m_pcr0 = m_result->addValue(tr("PCR0:"), u"pcr0"_s);
    m_pcr8 = m_result->addValue(tr("PCR8:"), u"pcr8"_s);
    m_algorithm = m_result->addValue(tr("Algorithm:"), u"algorithm"_s);
    m_outputLabel = m_result->addValue(tr("Written to:"), u"outputPath"_s);
    m_warnings = m_result->addValue(tr("Warnings:"), u"warnings"_s);
    auto *openButton = new QPushButton(tr("Open Signed Image"));
    openButton->setObjectName(u"openSigned"_s);
    m_result->addButton(openButton);
    connect(openButton, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_outputLabel->text()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(signButton, &QPushButton::clicked, this, &SignEifPage::sign);
}

// Closing the tab destroys the runner, which cancels the signer: the input stays untouched and the
// temporary file is removed.
SignEifPage::~SignEifPage() = default;

bool SignEifPage::isRunning() const
{
    return m_runner->isRunning();
}

void SignEifPage::setInputs(const QString &eif, const QString &key, const QString &certificate,
    const QString &passphraseFile, const QString &output)
{
    m_outputFollowsInput = output.isEmpty();
    if (!m_outputFollowsInput)
        m_output->setText(output);
    m_eif->setText(eif); // fills a following output
    m_key->setText(key);
    m_cert->setText(certificate);
    m_passphrase->setText(passphraseFile);
}

QString SignEifPage::suggestedOutput(const QString &input)
{
    if (input.isEmpty())
        return {};
    const QFileInfo info(input);
    return info.dir().filePath(info.completeBaseName() + u"-signed.eif"_s);
}

QString SignEifPage::outputText() const
{
    return m_output->lineEdit()->text();
}

void SignEifPage::fail(const QString &message)
{
    m_error->showMessage(message);
    Q_EMIT finished(false);
}

void SignEifPage::sign()
{
    if (isRunning())
        return;
    m_error->clearMessage();
    m_result->hide();
    SignJob job;
    job.eif = m_eif->text();
    job.key = m_key->text();
    job.cert = m_cert->text();
    job.passphraseFile = m_passphrase->text();
    job.output = m_output->text().isEmpty() ? suggestedOutput(job.eif) : m_output->text();
    job.force = m_force->isChecked();
    if (job.eif.isEmpty() || job.key.isEmpty() || job.cert.isEmpty())
        return fail(tr("Choose the enclave image, the private key and the signing certificate."));
    // Nothing is written over an existing file, the input included, without a question naming it.
    const QFileInfo in(job.eif);
    const QFileInfo out(job.output);
    const bool inPlace = out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath();
    if (!OverwriteConfirm::ask(this, job.output,
            inPlace ? tr("the image being signed: it is replaced by the signed image")
                    : tr("it is replaced by the signed image")))
        return fail(tr("Not signed: %1 was kept as it is.").arg(out.fileName()));
    m_runner->start<EifSigningReport>([job](JobControl &control) { return runSign(job, control); },
        [this, output = job.output](Result<EifSigningReport> result) { showResult(result, output); });
}

void SignEifPage::cancel()
{
    m_runner->cancel();
}

void SignEifPage::showResult(const Result<EifSigningReport> &result, const QString &output)
{
    if (!result)
        return fail(result.error().code == Error::Code::Cancelled
                ? tr("Cancelled; nothing was written.")
                : tr("Not signed: %1").arg(result.error().toString()));
    m_pcr0->setText(hex::encode(result->pcr0));
    m_pcr8->setText(hex::encode(result->pcr8));
    m_algorithm->setText(result->algorithm
        + (result->replacedSignature ? tr(" (replaced the previous signature)") : QString()));
    m_outputLabel->setText(output);
    m_result->setTitle(tr("Signed: written to %1").arg(QFileInfo(output).fileName()));
    m_warnings->setText(result->warnings.isEmpty() ? tr("none") : result->warnings.join(u'\n'));
    m_result->show();
    Q_EMIT finished(true);
}

QString SignEifPage::pcr0Text() const
{
    return m_result->shownText(m_pcr0);
}
QString SignEifPage::pcr8Text() const
{
    return m_result->shownText(m_pcr8);
}
QString SignEifPage::outputPath() const
{
    return m_result->shownText(m_outputLabel);
}
QString SignEifPage::errorText() const
{
    return m_error->shownText();
}

QStringList SignEifPage::pendingLoss() const
{
    QStringList out;
    if (isRunning())
        out << tr("the signing in progress (the signed image would not be written)");
    else if (outputPath().isEmpty() && CloseGuard::hasEditedInput(this)) // typed, never signed
        out << tr("the paths typed into the form");
    return out;
}

} // namespace enclave::ui

#include "tools/signeifpage.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/hex.h"
#include "common/overwriteconfirm.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {

// Key, certificate and passphrase files are small; anything bigger is not one.
constexpr qint64 MaxSmallFile = 1 << 20;

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
            QCoreApplication::translate("enclave::ui::SignEifPage", "%1: %2").arg(path, file.errorString()));
    if (file.size() > MaxSmallFile)
        return makeError(Error::Code::LimitExceeded,
            QCoreApplication::translate("enclave::ui::SignEifPage", "%1: larger than 1 MiB").arg(path));
    return file.readAll();
}

struct SignJob {
    QString eif, output, key, cert, passphraseFile;
    bool force = false;
};

// Runs on the worker thread; the atomics live in the shared state the lambda keeps alive.
Result<EifSigningReport> runSign(
    const SignJob &job, std::atomic_bool *cancel, std::atomic<qint64> *done, std::atomic<qint64> *total)
{
    auto key = readSmallFile(job.key);
    if (!key)
        return std::unexpected(key.error());
    auto cert = readSmallFile(job.cert);
    if (!cert)
        return std::unexpected(cert.error());
    EifSigningOptions options;
    if (!job.passphraseFile.isEmpty()) {
        auto pass = readSmallFile(job.passphraseFile);
        if (!pass)
            return std::unexpected(pass.error());
        // The first line, as openssl's file: passphrase source reads it.
        QByteArray line = *pass;
        if (const qsizetype nl = line.indexOf('\n'); nl >= 0)
            line.truncate(nl);
        if (line.endsWith('\r'))
            line.chop(1);
        options.passphrase = line;
    }
    options.force = job.force;
    options.cancel = cancel;
    options.progress = [done, total](qint64 d, qint64 t) {
        done->store(d);
        total->store(t);
    };
    return EifImageSigner::sign(job.eif, job.output, *key, *cert, options);
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setWordWrap(true);
    return label;
}

} // namespace

QLineEdit *SignEifPage::addPathRow(
    QFormLayout *form, const QString &label, const QString &name, bool save, const QString &filter)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    auto *browse = new QPushButton(tr("Browse..."), this);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    connect(browse, &QPushButton::clicked, this, [this, edit, label, save, filter] {
        // The overwrite question comes once, at Sign time, naming the file (not twice).
        const QString path = save ? QFileDialog::getSaveFileName(this, label, edit->text(), filter, nullptr,
                                 QFileDialog::DontConfirmOverwrite)
                                  : QFileDialog::getOpenFileName(this, label, edit->text(), filter);
        if (path.isEmpty())
            return;
        if (edit == m_output)
            m_outputFollowsInput = false;
        edit->setText(path);
    });
    return edit;
}

SignEifPage::SignEifPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signEifPage"_s);
    auto *form = new QFormLayout;
    const QString eifFilter = tr("Enclave images (*.eif);;All files (*)");
    const QString pemFilter = tr("PEM files (*.pem);;All files (*)");
    m_eif = addPathRow(form, tr("Enclave image:"), u"eif"_s, false, eifFilter);
    m_key = addPathRow(form, tr("Private key:"), u"key"_s, false, pemFilter);
    m_cert = addPathRow(form, tr("Signing certificate:"), u"certificate"_s, false, pemFilter);
    m_passphrase = addPathRow(form, tr("Passphrase file (optional):"), u"passphrase"_s, false, QString());
    m_output = addPathRow(form, tr("Signed image:"), u"output"_s, true, eifFilter);
    m_output->setPlaceholderText(tr("Empty: <image>-signed.eif next to the image"));
    m_force = new QCheckBox(tr("Sign even with an expired certificate or a damaged (CRC) image"), this);
    form->addRow(QString(), m_force);
    // The output follows the input (a sibling file, so the unsigned image is kept) until the user
    // types or picks an output of their own; clearing the field makes it follow again.
    connect(m_eif, &QLineEdit::textChanged, this, [this] {
        if (m_outputFollowsInput)
            m_output->setText(suggestedOutput(m_eif->text().trimmed()));
    });
    connect(m_output, &QLineEdit::textEdited, this,
        [this](const QString &text) { m_outputFollowsInput = text.trimmed().isEmpty(); });

    auto *buttons = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_signButton = new QPushButton(tr("Sign"), this);
    m_signButton->setObjectName(u"sign"_s);
    m_signButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancel"_s);
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_signButton);
    buttons->addWidget(m_cancelButton);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto *result = new QGroupBox(tr("Signed"), this);
    m_result = result;
    auto *resultForm = new QFormLayout(result);
    m_pcr0 = valueLabel(result, u"pcr0"_s);
    m_pcr8 = valueLabel(result, u"pcr8"_s);
    m_algorithm = valueLabel(result, u"algorithm"_s);
    m_outputLabel = valueLabel(result, u"outputPath"_s);
    m_warnings = valueLabel(result, u"warnings"_s);
    resultForm->addRow(tr("PCR0:"), m_pcr0);
    resultForm->addRow(tr("PCR8:"), m_pcr8);
    resultForm->addRow(tr("Algorithm:"), m_algorithm);
    resultForm->addRow(tr("Written to:"), m_outputLabel);
    resultForm->addRow(tr("Warnings:"), m_warnings);
    m_openButton = new QPushButton(tr("Open Signed Image"), result);
    m_openButton->setObjectName(u"openSigned"_s);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openButton);
    openRow->addStretch();
    resultForm->addRow(QString(), openRow);
    connect(
        m_openButton, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_outputLabel->text()); });
    result->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(result);
    layout->addStretch();

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &SignEifPage::updateProgress);
    connect(m_signButton, &QPushButton::clicked, this, &SignEifPage::sign);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignEifPage::cancel);
    connect(&m_watcher, &QFutureWatcher<Result<EifSigningReport>>::finished, this, &SignEifPage::onFinished);
}

SignEifPage::~SignEifPage()
{
    // Closing the tab stops the signer; it leaves the input untouched and removes its temp file.
    if (m_shared)
        m_shared->cancel = true;
    m_watcher.waitForFinished();
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
    return m_output->text();
}

void SignEifPage::sign()
{
    if (m_watcher.isRunning())
        return;
    m_error->hide();
    m_result->hide();
    SignJob job;
    job.eif = m_eif->text().trimmed();
    job.key = m_key->text().trimmed();
    job.cert = m_cert->text().trimmed();
    job.passphraseFile = m_passphrase->text().trimmed();
    job.output = m_output->text().trimmed().isEmpty() ? suggestedOutput(job.eif) : m_output->text().trimmed();
    job.force = m_force->isChecked();
    if (job.eif.isEmpty() || job.key.isEmpty() || job.cert.isEmpty()) {
        m_error->setText(tr("Choose the enclave image, the private key and the signing certificate."));
        m_error->show();
        Q_EMIT finished(false);
        return;
    }
    // Nothing is written over an existing file, the input included, without a question naming it.
    const QFileInfo in(job.eif);
    const QFileInfo out(job.output);
    const bool inPlace = out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath();
    if (!OverwriteConfirm::ask(this, job.output,
            inPlace ? tr("the image being signed: it is replaced by the signed image")
                    : tr("it is replaced by the signed image"))) {
        m_error->setText(tr("Not signed: %1 was kept as it is.").arg(out.fileName()));
        m_error->show();
        Q_EMIT finished(false);
        return;
    }
    m_runningOutput = job.output;
    m_shared = std::make_shared<Shared>();
    auto shared = m_shared;
    m_progress->setValue(0);
    m_signButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_timer->start();
    m_watcher.setFuture(QtConcurrent::run(
        [job, shared] { return runSign(job, &shared->cancel, &shared->done, &shared->total); }));
}

void SignEifPage::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
    m_cancelButton->setEnabled(false);
}

void SignEifPage::updateProgress()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total.load();
    m_progress->setValue(total > 0 ? int(m_shared->done.load() * 1000 / total) : 0);
}

void SignEifPage::onFinished()
{
    m_timer->stop();
    m_signButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    const Result<EifSigningReport> result = m_watcher.result();
    if (!result) {
        m_progress->setValue(0);
        m_error->setText(result.error().code == Error::Code::Cancelled
                ? tr("Cancelled; nothing was written.")
                : tr("Not signed: %1").arg(result.error().toString()));
        m_error->show();
        Q_EMIT finished(false);
        return;
    }
    m_progress->setValue(m_progress->maximum());
    m_pcr0->setText(hex::encode(result->pcr0));
    m_pcr8->setText(hex::encode(result->pcr8));
    m_algorithm->setText(result->algorithm
        + (result->replacedSignature ? tr(" (replaced the previous signature)") : QString()));
    m_outputLabel->setText(m_runningOutput);
    m_result->setTitle(tr("Signed: written to %1").arg(QFileInfo(m_runningOutput).fileName()));
    m_warnings->setText(result->warnings.isEmpty() ? tr("none") : result->warnings.join(u'\n'));
    m_result->show();
    Q_EMIT finished(true);
}

QString SignEifPage::pcr0Text() const
{
    return m_result->isVisibleTo(this) ? m_pcr0->text() : QString();
}
QString SignEifPage::pcr8Text() const
{
    return m_result->isVisibleTo(this) ? m_pcr8->text() : QString();
}
QString SignEifPage::outputPath() const
{
    return m_result->isVisibleTo(this) ? m_outputLabel->text() : QString();
}
QString SignEifPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
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

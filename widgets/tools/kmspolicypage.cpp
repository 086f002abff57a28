#include "tools/kmspolicypage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include "common/hex.h"
#include "common/jsonhighlighter.h"
#include "kms/iamrolearn.h"
#include "kms/kmspolicy.h"
#include "kms/kmspolicygenerator.h"
#include "kms/kmspolicyjson.h"
#include "kms/kmspolicylinter.h"
#include "measure/measurementsloader.h"
#include "tools/errorbanner.h"
#include "tools/pathfield.h"
#include "tools/toolfilesaver.h"
#include "tools/tooljobrunner.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

KmsPolicyPage::KmsPolicyPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"kmsPolicyPage"_s);
    auto *form = new QFormLayout;

    m_sourceEdit
        = new PathField(tr("Measurement Source"), u"source"_s, PathField::Mode::Open, QString(), this);
    m_sourceEdit->lineEdit()->setPlaceholderText(
        tr("EIF, attestation document, nitro-cli JSON or expectations file"));
    m_sourceInfo = new QLabel(this);
    m_sourceInfo->setObjectName(u"sourceInfo"_s);
    m_sourceInfo->setWordWrap(true);
    m_sourceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Field and its message in one cell: a separate form row with an empty label leaves gaps.
    auto *sourceCell = new QVBoxLayout;
    sourceCell->setSpacing(2);
    sourceCell->addWidget(m_sourceEdit);
    sourceCell->addWidget(m_sourceInfo);
    form->addRow(tr("Measurements from:"), sourceCell);

    auto *pcrRow = new QHBoxLayout;
    for (int index : offeredPcrs()) {
        auto *box = new QCheckBox(tr("PCR%1").arg(index), this);
        box->setObjectName(u"pcr%1"_s.arg(index));
        box->setEnabled(false);
        m_pcrBoxes.insert(index, box);
        pcrRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &KmsPolicyPage::regenerate);
    }
    pcrRow->addStretch();
    form->addRow(tr("Bind PCRs:"), pcrRow);

    m_principal = new QLineEdit(this);
    m_principal->setObjectName(u"principal"_s);
    m_principal->setPlaceholderText(u"arn:aws:iam::111122223333:role/EnclaveParent"_s);
    m_principalError = new ErrorBanner(this);
    m_principalError->setObjectName(u"principalError"_s);
    auto *principalCell = new QVBoxLayout;
    principalCell->setSpacing(2);
    principalCell->addWidget(m_principal);
    principalCell->addWidget(m_principalError);
    form->addRow(tr("IAM role ARN:"), principalCell);
    connect(m_principal, &QLineEdit::textChanged, this, &KmsPolicyPage::regenerate);

    auto *actionRow = new QHBoxLayout;
    for (const QString &action : KmsPolicyGenerator::supportedActions()) {
        auto *box = new QCheckBox(action, this);
        box->setChecked(action == u"kms:Decrypt");
        m_actionBoxes.append(box);
        actionRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &KmsPolicyPage::regenerate);
    }
    actionRow->addStretch();
    form->addRow(tr("Actions:"), actionRow);

    auto *optionRow = new QHBoxLayout;
    m_shape = new QComboBox(this);
    m_shape->addItem(tr("Whole key policy"));
    m_shape->addItem(tr("Statements only"));
    m_deny = new QCheckBox(tr("Deny without attestation"), this);
    m_deny->setChecked(true);
    m_deny->setToolTip(
        tr("One Deny statement per bound PCR: the role is refused the actions without an "
           "attestation document or with other PCR values, even when an IAM policy allows them."));
    m_pcr0Key = new QComboBox(this);
    m_pcr0Key->addItem(tr("PCR0 as ImageSha384"));
    m_pcr0Key->addItem(tr("PCR0 as PCR0"));
    optionRow->addWidget(m_shape);
    optionRow->addWidget(m_deny);
    optionRow->addWidget(m_pcr0Key);
    optionRow->addStretch();
    form->addRow(tr("Options:"), optionRow);
    connect(m_shape, &QComboBox::currentIndexChanged, this, &KmsPolicyPage::regenerate);
    connect(m_deny, &QCheckBox::toggled, this, &KmsPolicyPage::regenerate);
    connect(m_pcr0Key, &QComboBox::currentIndexChanged, this, &KmsPolicyPage::regenerate);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("Choose a measurement source and enter the IAM role ARN."));
    attachJsonHighlighter(m_preview->document(), palette().color(QPalette::Base).lightness() < 128);

    m_lint = new QListWidget(this);
    m_lint->setObjectName(u"lint"_s);
    m_lint->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_lint);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    m_error = new ErrorBanner(this);
    m_error->setObjectName(u"error"_s);

    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("Copy"), this);
    m_save = new QPushButton(tr("Save..."), this);
    m_copy->setObjectName(u"copy"_s);
    m_save->setObjectName(u"save"_s);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_saved = new QLabel(this);
    m_saved->setObjectName(u"saved"_s);
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_sourceEdit, &PathField::picked, this, &KmsPolicyPage::loadSource);
    connect(m_sourceEdit->lineEdit(), &QLineEdit::returnPressed, this,
        [this] { loadSource(m_sourceEdit->lineEdit()->text()); });
    connect(m_copy, &QPushButton::clicked, this, &KmsPolicyPage::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &KmsPolicyPage::showSaveDialog);
    m_runner = new ToolJobRunner(this);
    regenerate();
}

// Closing the tab destroys the runner, which stops hashing a big EIF at its next chunk instead of
// blocking on it.
KmsPolicyPage::~KmsPolicyPage() = default;

bool KmsPolicyPage::isLoading() const
{
    return m_runner->isRunning();
}

void KmsPolicyPage::loadSource(const QString &path)
{
    if (isLoading())
        return;
    m_sourceEdit->setText(path);
    m_sourceInfo->setText(tr("Loading %1...").arg(path));
    m_runner->start<Measurements>(
        [path](JobControl &control) { return MeasurementsLoader::load(path, {}, &control.cancelled); },
        [this](Result<Measurements> result) { showSource(result); });
}

void KmsPolicyPage::showSource(const Result<Measurements> &result)
{
    if (!result) {
        m_source.reset();
        m_sourceInfo->setText(
            tr("Cannot read %1: %2").arg(m_sourceEdit->lineEdit()->text(), result.error().toString()));
        m_sourceInfo->setStyleSheet(u"color: #c62828;"_s);
    } else {
        m_source = *result;
        m_sourceInfo->setStyleSheet(QString());
        // The PCRs by name ("EIF (PCRs computed): PCR0, PCR1, PCR2"): no English plural to get wrong.
        QStringList pcrs;
        for (int index : m_source->indexes())
            pcrs.append(u"PCR%1"_s.arg(index));
        QString info
            = tr("%1: %2").arg(Measurements::sourceTypeName(m_source->sourceType()), pcrs.join(u", "_s));
        if (!m_source->notes().isEmpty())
            info += u" \u2014 "_s + m_source->notes().join(u"; "_s);
        m_sourceInfo->setText(info);
    }
    // Default binding as the CLI chooses it: 0, 1, 2, and 8 when the image is signed.
    for (auto it = m_pcrBoxes.cbegin(); it != m_pcrBoxes.cend(); ++it) {
        const int index = it.key();
        const PcrMeasurement *pcr = m_source ? m_source->find(index) : nullptr;
        QCheckBox *box = it.value();
        const QSignalBlocker block(box);
        box->setEnabled(pcr != nullptr);
        box->setToolTip(pcr ? hex::encode(pcr->value) : tr("Not in this source"));
        const bool zero8 = index == 8 && pcr && pcr->value == QByteArray(48, '\0');
        box->setChecked(pcr && (index <= 2 || (index == 8 && !zero8)));
    }
    regenerate();
    Q_EMIT sourceLoaded(result.has_value());
}

void KmsPolicyPage::setError(const QString &message)
{
    m_error->showMessage(message);
}

QString KmsPolicyPage::errorText() const
{
    return m_principalError->isHidden() ? m_error->text() : m_principalError->text();
}

QStringList KmsPolicyPage::lintMessages() const
{
    QStringList out;
    for (int i = 0; i < m_lint->count(); ++i)
        out.append(m_lint->item(i)->text());
    return out;
}

void KmsPolicyPage::regenerate()
{
    m_policyText.clear();
    m_preview->clear();
    m_lint->clear();
    setError(QString());
    m_principalError->clearMessage();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_deny->setEnabled(true);

    const QString principal = m_principal->text().trimmed();
    if (!principal.isEmpty()) {
        if (auto arn = IamRoleArn::parse(principal); !arn) {
            m_principalError->showMessage(arn.error().message);
        }
    }
    if (!m_source || principal.isEmpty() || !m_principalError->isHidden()) {
        Q_EMIT policyChanged();
        return;
    }

    KmsPolicyOptions options;
    options.principal = principal;
    for (QCheckBox *box : std::as_const(m_actionBoxes)) {
        if (box->isChecked())
            options.actions.append(box->text());
    }
    options.pcr0Style = m_pcr0Key->currentIndex() == 0 ? KmsConditionKey::Pcr0Style::ImageSha384
                                                       : KmsConditionKey::Pcr0Style::Pcr0;
    options.denyStatements = m_deny->isChecked();
    for (auto it = m_pcrBoxes.cbegin(); it != m_pcrBoxes.cend(); ++it) {
        if (const PcrMeasurement *pcr = m_source->find(it.key()); pcr && it.value()->isChecked())
            options.pcrValues.insert(
                it.key(), pcr->accepted.isEmpty() ? QList<QByteArray> { pcr->value } : pcr->accepted);
    }
    if (options.actions.isEmpty()) {
        setError(tr("Choose at least one action."));
        Q_EMIT policyChanged();
        return;
    }

    const bool statementsOnly = m_shape->currentIndex() == 1;
    QJsonValue json;
    if (statementsOnly) {
        auto list = KmsPolicyGenerator::statements(options);
        if (!list) {
            setError(list.error().message);
            Q_EMIT policyChanged();
            return;
        }
        json = list->size() == 1 ? list->first() : QJsonValue(*list);
    } else {
        auto policy = KmsPolicyGenerator::keyPolicy(options);
        if (!policy) {
            setError(policy.error().message);
            Q_EMIT policyChanged();
            return;
        }
        json = *policy;
    }
    const QByteArray text = KmsPolicyJson::toText(json);
    if (m_policyText != QString::fromUtf8(text))
        m_saved->clear(); // what was saved is no longer what is shown
    m_policyText = QString::fromUtf8(text);
    m_preview->setPlainText(m_policyText);
    m_copy->setEnabled(true);
    m_save->setEnabled(true);

    if (const auto parsed = KmsPolicy::parse(text)) {
        for (const KmsLintFinding &finding : KmsPolicyLinter::lint(*parsed)) {
            if (statementsOnly && finding.code == u"missing-deny")
                continue;
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            if (finding.severity == KmsLintFinding::Severity::Error)
                icon = QStyle::SP_MessageBoxCritical;
            else if (finding.severity == KmsLintFinding::Severity::Warning)
                icon = QStyle::SP_MessageBoxWarning;
            auto *item = new QListWidgetItem(style()->standardIcon(icon), finding.toString(), m_lint);
            item->setData(Qt::UserRole, finding.code);
            item->setData(Qt::UserRole + 1, finding.severity == KmsLintFinding::Severity::Error);
        }
    } else {
        setError(parsed.error().message);
    }
    if (m_lint->count() == 0)
        new QListWidgetItem(tr("No lint findings."), m_lint);
    if (!canExport()) {
        m_copy->setEnabled(false);
        m_save->setEnabled(false);
        setError(tr("This policy has lint errors (listed below): it is not safe to use, so it cannot be "
                    "copied or saved."));
    }
    Q_EMIT policyChanged();
}

bool KmsPolicyPage::canExport() const
{
    if (m_policyText.isEmpty())
        return false;
    for (int i = 0; i < m_lint->count(); ++i) {
        if (m_lint->item(i)->data(Qt::UserRole + 1).toBool())
            return false;
    }
    return true;
}

void KmsPolicyPage::copyToClipboard()
{
    if (canExport())
        QApplication::clipboard()->setText(m_policyText);
}

bool KmsPolicyPage::saveTo(const QString &path, QString *error)
{
    QString problem = m_policyText.isEmpty() ? tr("No policy to save")
        : !canExport()                       ? tr("The policy has lint errors")
                                             : QString();
    if (problem.isEmpty()) {
        if (const auto written = ToolFileSaver::write(path, m_policyText.toUtf8()); !written)
            problem = written.error().message;
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    showSaved(path);
    return true;
}

void KmsPolicyPage::showSaved(const QString &path)
{
    m_saved->setText(ToolFileSaver::savedText(path));
    m_saved->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

QString KmsPolicyPage::savedText() const
{
    return m_saved->text();
}

void KmsPolicyPage::showSaveDialog()
{
    if (!canExport())
        return;
    // The overwrite question is asked once, by ToolFileSaver, naming the file.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Key Policy"), u"key-policy.json"_s,
        tr("JSON (*.json)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString error;
    switch (ToolFileSaver::save(this, path, m_policyText.toUtf8(), &error)) {
    case ToolFileSaver::Outcome::Saved:
        showSaved(path);
        break;
    case ToolFileSaver::Outcome::Kept:
        break;
    case ToolFileSaver::Outcome::Failed:
        setError(tr("Cannot save %1: %2").arg(path, error));
        break;
    }
}

QStringList KmsPolicyPage::pendingLoss() const
{
    if (CloseGuard::hasEditedInput(this))
        return { tr("the policy input typed into the form") };
    return {};
}

} // namespace enclave::ui

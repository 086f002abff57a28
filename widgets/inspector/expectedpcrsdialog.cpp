#include "inspector/expectedpcrsdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "inspector/pcrjob.h"
#include "measure/nitroclijson.h"
#include "measure/pcrtextparser.h"

namespace enclave::ui {

ExpectedPcrsDialog::ExpectedPcrsDialog(const Measurements &current, QWidget *parent)
    : QDialog(parent)
    , m_pcrs(current)
{
    setWindowTitle(tr("Expected PCRs"));
    auto *layout = new QVBoxLayout(this);
    auto *help
        = new QLabel(tr("Paste nitro-cli output (describe-eif, build-enclave), a KMS key policy, or lines "
                        "such as \"PCR0: <hex>\". Leave empty to show PCRs without comparing."),
            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("expectedPcrsEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (!current.isEmpty())
        m_editor->setPlainText(QString::fromUtf8(NitroCliJson::buildInfo(current)));
    layout->addWidget(m_editor, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *load = buttons->addButton(tr("Load from &EIF…"), QDialogButtonBox::ActionRole);
    connect(load, &QPushButton::clicked, this, &ExpectedPcrsDialog::chooseEif);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ExpectedPcrsDialog::parseText);
    parseText();
    resize(720, 420);
}

ExpectedPcrsDialog::~ExpectedPcrsDialog() = default;

void ExpectedPcrsDialog::parseText()
{
    const auto parsed = PcrTextParser::parse(m_editor->toPlainText(), tr("pasted text"));
    if (!parsed) {
        m_status->setText(tr("Cannot use this text: %1").arg(parsed.error().toString()));
        m_ok->setEnabled(false);
        return;
    }
    m_pcrs = *parsed;
    QStringList names;
    for (int i : m_pcrs.indexes())
        names << QStringLiteral("PCR%1").arg(i);
    m_status->setText(m_pcrs.isEmpty() ? tr("No expected PCRs.")
                                       : tr("Will compare %1.").arg(names.join(QStringLiteral(", "))));
    m_ok->setEnabled(true);
}

void ExpectedPcrsDialog::chooseEif()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load PCRs from EIF"), dir, tr("Enclave images (*.eif);;All files (*)"));
    if (!path.isEmpty())
        loadFromEif(path);
}

void ExpectedPcrsDialog::loadFromEif(const QString &path)
{
    auto *job = new PcrJob(this);
    m_status->setText(tr("Computing the PCRs of %1…").arg(path));
    m_editor->setEnabled(false);
    connect(job, &PcrJob::progress, this, [this](qint64 done, qint64 total) {
        m_status->setText(tr("Computing PCRs: %1%").arg(total > 0 ? done * 100 / total : 0));
    });
    connect(job, &PcrJob::finished, this, [this, job, path] {
        m_editor->setEnabled(true);
        job->deleteLater();
        if (!job->error().message.isEmpty()) {
            m_status->setText(tr("Cannot load %1: %2").arg(path, job->error().toString()));
            return;
        }
        m_editor->setPlainText(QString::fromUtf8(NitroCliJson::buildInfo(job->pcrs())));
    });
    job->start(path);
}

} // namespace enclave::ui

#include "inspector/attestationview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "common/hex.h"
#include "common/layoutmemory.h"
#include "common/wrappingtextfield.h"
#include "inspector/bytesource.h"
#include "inspector/certificatechainmodel.h"
#include "inspector/expectedpcrsdialog.h"
#include "inspector/fieldadapters.h"
#include "inspector/fieldhexsplitter.h"
#include "inspector/fielditem.h"
#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"
#include "inspector/pcrtablemodel.h"
#include "inspector/verificationchecksmodel.h"

namespace enclave::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QString hexOrDash(const std::optional<QByteArray> &value)
{
    if (!value)
        return QCoreApplication::translate("enclave::ui::AttestationView", "(absent)");
    if (value->isEmpty())
        return QCoreApplication::translate("enclave::ui::AttestationView", "(empty)");
    return hex::encode(*value);
}

} // namespace

AttestationView::AttestationView(const QString &path, const AttestationDocument &document,
    std::shared_ptr<const ByteSource> bytes, QWidget *parent)
    : DocumentView(path, parent)
    , m_document(document)
    , m_fieldModel(new FieldTreeModel(this))
    , m_pcrModel(new PcrTableModel(this))
    , m_chainModel(new CertificateChainModel(this))
    , m_checksModel(new VerificationChecksModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bannerRow = new QHBoxLayout;
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    m_banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    bannerRow->addWidget(m_banner, 1);
    // The one-click way from "expired now" to "authentic when issued?".
    m_documentTime = new QPushButton(tr("Verify at Document Time"), this);
    m_documentTime->setObjectName(QStringLiteral("verifyAtDocumentTime"));
    m_documentTime->setToolTip(tr("Check the certificates at the moment the document was signed"));
    m_documentTime->hide();
    connect(m_documentTime, &QPushButton::clicked, this, [this] {
        // Through the combo box, so the choice is remembered like a choice made there.
        m_timeMode->setCurrentIndex(m_timeMode->findData(int(AttestationTime::Mode::Document)));
    });
    bannerRow->addWidget(m_documentTime, 0, Qt::AlignVCenter);
    m_debugBadge = new QLabel(tr("DEBUG MODE: PCRs are zero"), this);
    m_debugBadge->setObjectName(QStringLiteral("debugBadge"));
    m_debugBadge->setStyleSheet(QStringLiteral("QLabel { background: #d08a00; color: black; font-weight: "
                                               "bold; padding: 6px; border-radius: 4px; }"));
    m_debugBadge->setToolTip(
        tr("This document comes from an enclave started with --debug-mode: its PCR0, PCR1 "
           "and PCR2 are zero and prove nothing about the image."));
    m_debugBadge->setVisible(document.isDebugMode());
    bannerRow->addWidget(m_debugBadge, 0, Qt::AlignTop);
    layout->addLayout(bannerRow);
    layout->addWidget(createToolbar());

    auto *split = new QSplitter(Qt::Vertical, this);
    m_panels = new QTabWidget(split);
    m_checksTable = makeTable(m_checksModel, m_panels);
    m_checksTable->setObjectName(QStringLiteral("checksTable"));
    m_checksTable->setWordWrap(true);
    m_checksTable->horizontalHeader()->setSectionResizeMode(
        VerificationChecksModel::ReasonColumn, QHeaderView::Stretch);
    m_checksTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_panels->addTab(m_checksTable, tr("Verification"));
    m_panels->addTab(makeTable(m_pcrModel, m_panels), tr("PCRs"));
    auto *chainTable = makeTable(m_chainModel, m_panels);
    chainTable->setObjectName(QStringLiteral("chainTable"));
    // The fingerprint is shown whole; the (long) subject takes what is left, its tooltip has it all.
    chainTable->horizontalHeader()->setStretchLastSection(false);
    chainTable->horizontalHeader()->setSectionResizeMode(
        CertificateChainModel::SubjectColumn, QHeaderView::Stretch);
    m_panels->addTab(chainTable, tr("Certificate chain"));
    m_panels->addTab(createSummary(), tr("Document"));

    auto *inspector = new FieldHexSplitter(m_fieldModel, std::move(bytes), split);
    m_tree = inspector->tree();
    m_hex = inspector->hex();
    inspector->setStretchFactor(0, 3);
    inspector->setStretchFactor(1, 2);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    LayoutMemory::remember(split, QStringLiteral("attestation/panels"));
    LayoutMemory::remember(inspector, QStringLiteral("attestation/inspector"));

    m_fieldModel->setRoot(attestationFieldTree(document.tree()));
    inspector->showFields(1, QStringLiteral("attestation/fieldColumns"));

    m_pcrs = Measurements::fromAttestationDocument(document, path);
    m_pcrModel->setDebugMode(document.isDebugMode());
    m_pcrModel->setMeasurements(&m_pcrs);
    m_pcrModel->setExpected(&m_expected);
    QList<X509Certificate> chain = document.cabundle();
    chain << document.certificate();
    m_chainModel->setChain(chain);
    // Remember "now" vs "document time" between documents; a chosen time is per document.
    if (QSettings().value(QStringLiteral("attestation/timeMode")).toString()
        == AttestationTime::modeName(AttestationTime::Mode::Document))
        m_time.mode = AttestationTime::Mode::Document;
    m_timeMode->setCurrentIndex(m_timeMode->findData(int(m_time.mode)));
    reverify();
}

AttestationView::~AttestationView() = default;

QWidget *AttestationView::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *timeLabel = new QLabel(tr("Verify certificates at:"), bar);
    row->addWidget(timeLabel);
    m_timeMode = new QComboBox(bar);
    m_timeMode->setObjectName(QStringLiteral("timeMode"));
    m_timeMode->addItem(tr("Now"), int(AttestationTime::Mode::Now));
    m_timeMode->addItem(tr("Document time"), int(AttestationTime::Mode::Document));
    m_timeMode->addItem(tr("Chosen time"), int(AttestationTime::Mode::Explicit));
    timeLabel->setBuddy(m_timeMode);
    row->addWidget(m_timeMode);
    m_timeEdit = new QDateTimeEdit(
        m_document.timestamp().isValid() ? m_document.timestamp() : QDateTime::currentDateTimeUtc(), bar);
    m_timeEdit->setTimeSpec(Qt::UTC);
    m_timeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_timeEdit->setCalendarPopup(true);
    m_timeEdit->setEnabled(false);
    row->addWidget(m_timeEdit);
    connect(m_timeMode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = AttestationTime::Mode(m_timeMode->currentData().toInt());
        if (mode != AttestationTime::Mode::Explicit)
            QSettings().setValue(QStringLiteral("attestation/timeMode"), AttestationTime::modeName(mode));
        setTimeMode(mode, m_timeEdit->dateTime());
    });
    connect(m_timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &t) {
        if (m_time.mode == AttestationTime::Mode::Explicit)
            setTimeMode(AttestationTime::Mode::Explicit, t);
    });
    row->addSpacing(24);
    auto *expected = new QPushButton(tr("Expected PCRs…"), bar);
    expected->setObjectName(QStringLiteral("expectedPcrsButton"));
    connect(expected, &QPushButton::clicked, this, &AttestationView::editExpectedPcrs);
    row->addWidget(expected);
    m_expectedLabel = new QLabel(tr("none: PCRs are shown, not compared"), bar);
    row->addWidget(m_expectedLabel);
    row->addStretch(1);
    return bar;
}

QWidget *AttestationView::createSummary()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto addRow = [&](const QString &label, const QString &value) {
        // Hex values have no break points: wrapped anywhere and grown to fit, never cut off.
        auto *field = new WrappingTextField(value, page);
        form->addRow(label, field);
    };
    addRow(tr("Kind:"), m_document.kindName());
    addRow(tr("Module ID:"), m_document.moduleId());
    addRow(tr("Timestamp:"),
        tr("%1 (%2 ms)").arg(m_document.timestamp().toString(Qt::ISODate)).arg(m_document.timestampMs()));
    addRow(tr("Digest:"), m_document.digest());
    addRow(tr("Nonce:"), hexOrDash(m_document.nonce()));
    addRow(tr("User data:"), hexOrDash(m_document.userData()));
    addRow(tr("Public key:"), hexOrDash(m_document.publicKey()));
    addRow(tr("COSE envelope:"),
        m_document.isTagged() ? tr("tag 18 (COSE_Sign1), ES384") : tr("untagged COSE_Sign1, ES384"));
    if (!m_document.warnings().isEmpty())
        addRow(tr("Notes:"), m_document.warnings().join(QLatin1Char('\n')));
    // Long user_data or public keys make the page taller than the panel: it scrolls.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("documentSummary"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void AttestationView::setTimeMode(AttestationTime::Mode mode, const QDateTime &chosen)
{
    m_time.mode = mode;
    m_time.explicitTime = chosen.isValid() ? chosen.toUTC() : m_timeEdit->dateTime().toUTC();
    const int comboIndex = m_timeMode->findData(int(mode));
    if (m_timeMode->currentIndex() != comboIndex) {
        const QSignalBlocker block(m_timeMode);
        m_timeMode->setCurrentIndex(comboIndex);
    }
    m_timeEdit->setEnabled(mode == AttestationTime::Mode::Explicit);
    if (chosen.isValid() && m_timeEdit->dateTime() != chosen) {
        const QSignalBlocker block(m_timeEdit);
        m_timeEdit->setDateTime(chosen);
    }
    reverify();
}

void AttestationView::setTrustedRoot(const X509Certificate &root)
{
    m_verifier = AttestationVerifier(root);
    reverify();
}

void AttestationView::setExpectedPcrs(const Measurements &expected)
{
    m_expected = expected;
    m_expectations.pcrs = expected;
    m_pcrModel->refresh();
    if (expected.isEmpty()) {
        m_expectedLabel->setText(tr("none: PCRs are shown, not compared"));
    } else {
        QStringList names;
        for (int i : expected.indexes())
            names << QStringLiteral("PCR%1").arg(i);
        m_expectedLabel->setText(tr("comparing %1").arg(names.join(QStringLiteral(", "))));
    }
    reverify();
}

void AttestationView::editExpectedPcrs()
{
    ExpectedPcrsDialog dialog(m_expected, this);
    if (dialog.exec() == QDialog::Accepted)
        setExpectedPcrs(dialog.pcrs());
}

void AttestationView::reverify()
{
    m_verification = m_verifier.verify(m_document, m_time, m_expectations);
    m_checksModel->setVerification(m_verification);
    m_chainModel->setVerificationTime(m_verification.verificationTime);
    m_verdict = AttestationVerdict::explain(m_document, m_verifier, m_verification, m_expectations);
    updateBanner();
    // A failure that is not just expiry: show the failing check (the model puts failures first).
    if (m_verdict.kind == AttestationVerdict::Kind::Invalid && m_checksModel->rowCount() > 0) {
        m_panels->setCurrentWidget(m_checksTable);
        const QModelIndex first = m_checksModel->index(0, 0);
        m_checksTable->setCurrentIndex(first);
        m_checksTable->scrollTo(first, QAbstractItemView::PositionAtTop);
    }
}

QString AttestationView::verdictText() const
{
    return m_verdict.text();
}

void AttestationView::updateBanner()
{
    m_banner->setText(verdictText());
    m_banner->setToolTip(m_verification.firstFailure());
    m_documentTime->setVisible(m_verdict.kind == AttestationVerdict::Kind::ExpiredSinceIssued);
    // Fixed colours with white text, chosen for contrast on both themes: green valid, blue
    // authentic (not proven fresh), amber expired since issued, red not valid.
    QString background;
    switch (m_verdict.kind) {
    case AttestationVerdict::Kind::Valid:
        background = QStringLiteral("#2e7d32");
        break;
    case AttestationVerdict::Kind::AuthenticNotFresh:
        background = QStringLiteral("#1565c0");
        break;
    case AttestationVerdict::Kind::ExpiredSinceIssued:
        background = QStringLiteral("#8d5a00");
        break;
    case AttestationVerdict::Kind::Invalid:
        background = QStringLiteral("#c62828");
        break;
    }
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; border-radius: 4px; }")
            .arg(background));
}

} // namespace enclave::ui

#pragma once

#include <memory>

#include "attestation/attestationdocument.h"
#include "attestation/attestationverifier.h"
#include "inspector/attestationverdict.h"
#include "inspector/documentview.h"
#include "measure/measurements.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace enclave::ui {

class ByteSource;
class CertificateChainModel;
class FieldTreeModel;
class HexView;
class PcrTableModel;
class VerificationChecksModel;

// An attestation document: verdict banner, verification checklist, PCR table (debug zeros
// flagged, compared with expected values), certificate chain root to leaf, and the decoded
// fields beside a hex view. The verification time can be now, the document's own time or a
// chosen time; expected PCRs can be pasted or loaded from an EIF.
class AttestationView final : public DocumentView {
    Q_OBJECT
public:
    AttestationView(const QString &path, const AttestationDocument &document,
        std::shared_ptr<const ByteSource> bytes, QWidget *parent = nullptr);
    ~AttestationView() override;

    const AttestationVerification &verification() const { return m_verification; }
    // The banner's text: what the result means for a reviewer (see AttestationVerdict).
    QString verdictText() const;
    const AttestationVerdict &verdict() const { return m_verdict; }
    QPushButton *documentTimeButton() const { return m_documentTime; }
    QTableView *checksTable() const { return m_checksTable; }
    void setTimeMode(AttestationTime::Mode mode, const QDateTime &chosen = {});
    void setExpectedPcrs(const Measurements &expected);
    // Verify against another root (the local simulator's, for its own documents) instead of AWS's.
    void setTrustedRoot(const X509Certificate &root);

    FieldTreeModel *fieldModel() const { return m_fieldModel; }
    PcrTableModel *pcrModel() const { return m_pcrModel; }
    CertificateChainModel *chainModel() const { return m_chainModel; }
    VerificationChecksModel *checksModel() const { return m_checksModel; }
    QTreeView *fieldTree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }

    bool canEditExpectedPcrs() const override { return true; }

public Q_SLOTS:
    void editExpectedPcrs() override;
    void reverify();

private:
    QWidget *createToolbar();
    QWidget *createSummary();
    void updateBanner();

    AttestationDocument m_document;
    AttestationVerifier m_verifier;
    AttestationVerification m_verification;
    AttestationExpectations m_expectations;
    Measurements m_pcrs; // the document's, adapted by m_pcrModel
    Measurements m_expected; // pasted or loaded, adapted by m_pcrModel
    AttestationTime m_time;
    AttestationVerdict m_verdict;

    QLabel *m_banner = nullptr;
    QLabel *m_debugBadge = nullptr;
    QPushButton *m_documentTime = nullptr;
    QTableView *m_checksTable = nullptr;
    QLabel *m_expectedLabel = nullptr;
    QComboBox *m_timeMode = nullptr;
    QDateTimeEdit *m_timeEdit = nullptr;
    QTabWidget *m_panels = nullptr;
    QTreeView *m_tree = nullptr;
    HexView *m_hex = nullptr;
    FieldTreeModel *m_fieldModel = nullptr;
    PcrTableModel *m_pcrModel = nullptr;
    CertificateChainModel *m_chainModel = nullptr;
    VerificationChecksModel *m_checksModel = nullptr;
};

} // namespace enclave::ui

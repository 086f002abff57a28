#pragma once

#include <memory>

#include "attestation/attestationdocument.h"
#include "attestation/attestationverifier.h"
#include "inspector/documentview.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
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
class AttestationView final : public DocumentView
{
    Q_OBJECT
public:
    AttestationView(const QString &path, const AttestationDocument &document,
                    std::shared_ptr<const ByteSource> bytes, QWidget *parent = nullptr);
    ~AttestationView() override;

    const AttestationVerification &verification() const { return m_verification; }
    QString verdictText() const;
    void setTimeMode(AttestationTime::Mode mode, const QDateTime &chosen = {});
    void setExpectedPcrs(const QMap<int, QByteArray> &pcrs);
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
    AttestationTime m_time;

    QLabel *m_banner = nullptr;
    QLabel *m_debugBadge = nullptr;
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

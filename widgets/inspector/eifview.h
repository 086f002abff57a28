#pragma once

#include <memory>
#include <optional>

#include "eif/eifdescription.h"
#include "inspector/documentview.h"
#include "measure/measurements.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class QListWidget;
class QSyntaxHighlighter;

namespace enclave::ui {

class ByteSource;
class FieldTreeModel;
class HexView;
class PcrJob;
class PcrTableModel;
class RamdiskContentsView;
class SigningCertificatePanel;

// An enclave image: header and sections tree beside the hex view (selection synced both ways),
// and panels for measurements (PCR0/1/2/8, computed in the background with progress and
// Cancel, copyable as nitro-cli JSON), kernel cmdline, metadata JSON, signature and certificate,
// and warnings. Shows what core's EifDescription decided: its cheap phase as soon as the tab
// opens, whatever the size; its completion (CRC, signature over PCR0) when the PCR job ends.
class EifView final : public DocumentView {
    Q_OBJECT
public:
    EifView(const EifReader &reader, std::shared_ptr<const ByteSource> bytes, QWidget *parent = nullptr);
    ~EifView() override;

    bool isComputing() const;
    const EifDescription &description() const { return m_description; }
    // Empty until the PCRs are computed.
    const Measurements &pcrs() const { return m_description.pcrs(); }
    QString measurementsJson() const;
    QString pcrJson(int index) const;
    QString signatureStatus() const;
    QStringList warnings() const;

    FieldTreeModel *fieldModel() const { return m_fieldModel; }
    PcrTableModel *pcrModel() const { return m_pcrModel; }
    QTreeView *fieldTree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTabWidget *panels() const { return m_panels; }
    // The Contents panel once it has been shown (created on first use), else nullptr.
    RamdiskContentsView *contentsView() const { return m_contents; }
    SigningCertificatePanel *signaturePanel() const { return m_signaturePanel; }

    bool canCopyMeasurements() const override { return true; }
    void copyMeasurements() override { copyAllPcrs(); }

public Q_SLOTS:
    void computePcrs();
    void cancelPcrs();
    void copyAllPcrs();
    void copySelectedPcr();

Q_SIGNALS:
    void pcrsFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createMeasurementsPanel();
    QWidget *createSignaturePanel();
    void loadTextPanels();
    void onPcrsFinished();
    void updateSignaturePanel();
    void updateWarnings();

    EifReader m_reader;
    EifDescription m_description;
    std::optional<Error> m_pcrError; // the PCR job failed (not cancelled)

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_recompute = nullptr;
    QTreeView *m_tree = nullptr;
    HexView *m_hex = nullptr;
    QTabWidget *m_panels = nullptr;
    QTableView *m_pcrTable = nullptr;
    QPlainTextEdit *m_cmdline = nullptr;
    QPlainTextEdit *m_metadata = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    SigningCertificatePanel *m_signaturePanel = nullptr;
    QListWidget *m_warnings = nullptr;
    RamdiskContentsView *m_contents = nullptr;
    int m_contentsIndex = -1;
    FieldTreeModel *m_fieldModel = nullptr;
    PcrTableModel *m_pcrModel = nullptr;
    PcrJob *m_job = nullptr;
};

} // namespace enclave::ui

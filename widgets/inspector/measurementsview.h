#pragma once

#include "inspector/documentview.h"
#include "measure/measurements.h"

class QLabel;
class QTableView;

namespace enclave::ui {

class PcrTableModel;

// A measurements source opened as a document, read-only: nitro-cli or describe-eif JSON, an
// expectations file or a KMS key policy (the sources Compare accepts that are neither an EIF
// nor an attestation document). Shows what core's MeasurementsLoader read: the kind, the
// source's own label, notes and the PCR table with each value's origin.
class MeasurementsView final : public DocumentView {
    Q_OBJECT
public:
    MeasurementsView(const QString &path, const Measurements &measurements, QWidget *parent = nullptr);

    const Measurements &measurements() const { return m_measurements; }
    PcrTableModel *pcrModel() const { return m_pcrModel; }
    QLabel *summary() const { return m_summary; }
    // The nitro-cli "Measurements" JSON of these values (Edit > Copy Measurements as JSON).
    QString measurementsJson() const;

public Q_SLOTS:
    void copyAllPcrs();

private:
    Measurements m_measurements; // adapted by m_pcrModel
    PcrTableModel *m_pcrModel = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace enclave::ui

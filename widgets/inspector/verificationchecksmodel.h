#pragma once

#include <QAbstractTableModel>

#include "attestation/attestationverifier.h"

namespace enclave::ui {

// The verifier's checklist, one row per check: failed checks first, each group in the order the
// checks ran; what, pass/fail, why.
class VerificationChecksModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CheckColumn, StatusColumn, ReasonColumn, ColumnCount };
    enum Roles { CheckIdRole = Qt::UserRole + 1, StatusRole };

    explicit VerificationChecksModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(VerificationChecksModel)

    void setVerification(const AttestationVerification &verification);
    const AttestationVerification &verification() const { return m_verification; }
    static QString statusText(AttestationCheck::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AttestationVerification m_verification;
};

} // namespace enclave::ui

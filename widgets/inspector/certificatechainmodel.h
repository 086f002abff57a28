#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "crypto/x509certificate.h"

namespace enclave::ui {

// A certificate chain shown root first, leaf last: role, subject, validity, SHA-256 fingerprint,
// and whether each is valid at the verification time.
class CertificateChainModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RoleColumn,
        SubjectColumn,
        NotBeforeColumn,
        NotAfterColumn,
        ValidityColumn,
        FingerprintColumn,
        ColumnCount
    };
    enum Roles { FingerprintRole = Qt::UserRole + 1, ValidAtTimeRole };

    explicit CertificateChainModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CertificateChainModel)

    void setChain(const QList<X509Certificate> &rootToLeaf);
    void setVerificationTime(const QDateTime &time);
    const X509Certificate &certificate(int row) const { return m_chain.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<X509Certificate> m_chain;
    QDateTime m_time;
};

} // namespace enclave::ui

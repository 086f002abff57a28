#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QMap>

namespace enclave::ui {

// PCR index, meaning, value and a status against expectations: used by the EIF measurements
// panel (values arrive from a background computation; rows show "computing" until then) and by
// the attestation PCR table (debug-mode zeros flagged).
class PcrTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, MeaningColumn, ValueColumn, StatusColumn, ColumnCount };
    enum Roles { PcrIndexRole = Qt::UserRole + 1, PcrHexRole, StatusRole };
    enum class Status { Unchecked, Pending, DebugZero, Zero, Matches, Differs, Missing, Unavailable };

    explicit PcrTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PcrTableModel)

    // Rows shown as pending (e.g. PCR0/1/2/8 of an EIF before hashing is done).
    void setPending(const QList<int> &indexes);
    void setValues(const QMap<int, QByteArray> &values);
    // Rows listed as unavailable show reason instead of a value (e.g. "unsigned image").
    void setUnavailable(int index, const QString &reason);
    void setExpected(const QMap<int, QByteArray> &expected);
    void setDebugMode(bool debug);
    bool isDebugMode() const { return m_debug; }

    QMap<int, QByteArray> values() const { return m_values; }
    int rowForPcr(int index) const;
    Status status(int row) const;
    static QString meaning(int index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    QList<int> m_rows;
    QList<int> m_pending;
    QMap<int, QByteArray> m_values;
    QMap<int, QString> m_unavailable;
    QMap<int, QByteArray> m_expected;
    bool m_debug = false;
};

} // namespace enclave::ui

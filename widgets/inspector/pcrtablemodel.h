#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

#include "measure/measurements.h"
#include "measure/pcrdiff.h"

namespace enclave::ui {

// PCR index, meaning, value and a status against expectations, adapting a core Measurements (and
// an optional expected one), which the owner keeps alive and changes through; the status is
// PcrDiff's verdict. Used by the EIF measurements panel (rows show "computing" while the
// values are pending), the attestation PCR table (debug-mode zeros flagged) and read-only
// measurement tabs.
class PcrTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IndexColumn, MeaningColumn, ValueColumn, StatusColumn, ColumnCount };
    enum Roles { PcrIndexRole = Qt::UserRole + 1, PcrHexRole, StatusRole };
    enum class Status { Unchecked, Pending, DebugZero, Zero, Matches, Differs, Missing, Unavailable };

    explicit PcrTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PcrTableModel)

    // Not owned: both must outlive the model (or be replaced first). nullptr = none.
    void setMeasurements(const Measurements *actual);
    void setExpected(const Measurements *expected);
    // Re-reads the adapted measurements after their owner changed them.
    void refresh();
    const Measurements *measurements() const { return m_actual; }

    // The state of a computation rather than data: rows shown as pending (PCR0/1/2/8 of an EIF
    // before hashing is done) or unavailable with a reason ("unsigned image", "cancelled").
    void setPending(const QList<int> &indexes);
    void setUnavailable(int index, const QString &reason);
    void setDebugMode(bool debug);
    bool isDebugMode() const { return m_debug; }

    int rowForPcr(int index) const;
    Status status(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PcrDiff::Row *diffRow(int pcr) const;

    const Measurements *m_actual = nullptr;
    const Measurements *m_expected = nullptr;
    PcrDiff m_diff; // derived from the two, rebuilt by refresh()
    QList<int> m_rows;
    QList<int> m_pending;
    QMap<int, QString> m_unavailable;
    bool m_debug = false;
};

} // namespace enclave::ui

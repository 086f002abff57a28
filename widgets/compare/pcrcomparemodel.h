#pragma once

#include <QAbstractTableModel>

#include "measure/pcrdiff.h"

namespace enclave::ui {

// Two measurement sources side by side, one row per PCR: equal, different (highlighted) or on one
// side only. Adapts a core PcrDiff value.
class PcrCompareModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PcrColumn, StatusColumn, LeftColumn, RightColumn, ColumnCount };
    enum Roles { PcrIndexRole = Qt::UserRole + 1, StatusRole, ComparedRole };

    explicit PcrCompareModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PcrCompareModel)

    void setDiff(const PcrDiff &diff, const QString &leftTitle, const QString &rightTitle);
    void clear();
    const PcrDiff &diff() const { return m_diff; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PcrDiff m_diff;
    QString m_leftTitle;
    QString m_rightTitle;
};

} // namespace enclave::ui

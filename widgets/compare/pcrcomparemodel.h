#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "measure/pcrdiff.h"

namespace enclave::ui {

// Two measurement sources side by side, one row per PCR: equal, different (highlighted) or on one
// side only. Adapts a core PcrDiff value. Unused all-zero registers (an attestation document lists
// PCR0..15) fold into one row unless asked otherwise; long values can break into lines so that a
// narrow window shows every digit instead of eliding the middle.
class PcrCompareModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PcrColumn, StatusColumn, LeftColumn, RightColumn, ColumnCount };
    enum Roles { PcrIndexRole = Qt::UserRole + 1, StatusRole, ComparedRole, FoldedRole };

    explicit PcrCompareModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PcrCompareModel)

    void setDiff(const PcrDiff &diff, const QString &leftTitle, const QString &rightTitle);
    void clear();
    const PcrDiff &diff() const { return m_diff; }

    void setFoldUnusedZeros(bool on);
    bool foldUnusedZeros() const { return m_fold; }
    // PCRs folded into the summary row (empty when nothing is folded).
    QList<int> foldedIndexes() const { return m_folded; }
    // Hex digits per line in the value columns; 0 keeps each value on one line.
    void setHexLineLength(int digits);
    int hexLineLength() const { return m_lineLength; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString valueText(const QByteArray &value) const;

    PcrDiff m_diff;
    QString m_leftTitle;
    QString m_rightTitle;
    bool m_fold = true;
    int m_lineLength = 0;
    QList<int> m_visible; // rows of m_diff shown, in order; -1 stands for the folded summary row
    QList<int> m_folded;
};

} // namespace enclave::ui

#include "compare/pcrcomparemodel.h"

#include <QColor>
#include <QFontDatabase>

#include "common/hex.h"

namespace enclave::ui {

PcrCompareModel::PcrCompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PcrCompareModel::setDiff(const PcrDiff &diff, const QString &leftTitle, const QString &rightTitle)
{
    beginResetModel();
    m_diff = diff;
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void PcrCompareModel::clear()
{
    setDiff(PcrDiff(), QString(), QString());
}

int PcrCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.rows().size());
}

int PcrCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PcrCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PcrDiff::Row &row = m_diff.rows().at(index.row());
    const bool different = row.compared && row.status == PcrDiff::Status::Different;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PcrColumn:
            return QStringLiteral("PCR%1").arg(row.index);
        case StatusColumn:
            if (!row.compared)
                return row.status == PcrDiff::Status::OnlyLeft ? tr("left only (not compared)")
                                                                : tr("right only (not compared)");
            return different ? tr("different") : tr("equal");
        case LeftColumn:
            return row.left.isEmpty() ? tr("(absent)") : hex::encode(row.left);
        case RightColumn:
            return row.right.isEmpty() ? tr("(absent)") : hex::encode(row.right);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip;
        if (index.column() == LeftColumn && !row.left.isEmpty())
            tip = hex::encode(row.left) + QStringLiteral("\n") + row.leftOrigin;
        else if (index.column() == RightColumn && !row.right.isEmpty())
            tip = hex::encode(row.right) + QStringLiteral("\n") + row.rightOrigin;
        if (!row.note.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + row.note;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (index.column() == LeftColumn || index.column() == RightColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::BackgroundRole:
        if (different)
            return QColor(220, 50, 47, 70);
        if (row.compared)
            return QColor(40, 160, 60, 40);
        return {};
    case PcrIndexRole:
        return row.index;
    case StatusRole:
        return PcrDiff::statusId(row.status);
    case ComparedRole:
        return row.compared;
    default:
        return {};
    }
}

QVariant PcrCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PcrColumn:
        return tr("PCR");
    case StatusColumn:
        return tr("Status");
    case LeftColumn:
        return m_leftTitle.isEmpty() ? tr("Left") : m_leftTitle;
    case RightColumn:
        return m_rightTitle.isEmpty() ? tr("Right") : m_rightTitle;
    default:
        return {};
    }
}

} // namespace enclave::ui

#include "compare/pcrcomparemodel.h"

#include <algorithm>

#include <QColor>
#include <QFontDatabase>

#include "common/hex.h"
#include "measure/comparereport.h"

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
    rebuild();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void PcrCompareModel::clear()
{
    setDiff(PcrDiff(), QString(), QString());
}

void PcrCompareModel::setFoldUnusedZeros(bool on)
{
    if (on == m_fold)
        return;
    beginResetModel();
    m_fold = on;
    rebuild();
    endResetModel();
}

void PcrCompareModel::setHexLineLength(int digits)
{
    digits = std::max(0, digits);
    if (digits == m_lineLength)
        return;
    m_lineLength = digits;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, LeftColumn), index(rowCount() - 1, RightColumn), { Qt::DisplayRole });
}

void PcrCompareModel::rebuild()
{
    m_visible.clear();
    m_folded.clear();
    int foldRow = -1;
    for (int i = 0; i < m_diff.rows().size(); ++i) {
        if (m_fold && CompareReport::isUnusedZero(m_diff.rows().at(i))) {
            m_folded.append(m_diff.rows().at(i).index);
            if (foldRow < 0) {
                foldRow = int(m_visible.size());
                m_visible.append(-1);
            }
            continue;
        }
        m_visible.append(i);
    }
    // A single unused register is shown as itself: folding one row into one row hides nothing.
    if (m_folded.size() == 1) {
        for (int i = 0; i < m_diff.rows().size(); ++i) {
            if (m_diff.rows().at(i).index == m_folded.first())
                m_visible[foldRow] = i;
        }
        m_folded.clear();
    }
}

QString PcrCompareModel::valueText(const QByteArray &value) const
{
    if (value.isEmpty())
        return tr("(absent)");
    const QString hex = hex::encode(value);
    if (m_lineLength <= 0 || hex.size() <= m_lineLength)
        return hex;
    QStringList lines;
    for (qsizetype i = 0; i < hex.size(); i += m_lineLength)
        lines.append(hex.mid(i, m_lineLength));
    return lines.join(u'\n');
}

int PcrCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PcrCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PcrCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int source = m_visible.at(index.row());
    if (source < 0) {
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case PcrColumn:
                return CompareReport::pcrRanges(m_folded);
            case StatusColumn:
                return tr("unused (all zero)");
            default:
                return tr("all zero");
            }
        case Qt::ToolTipRole:
            return tr("%1 registers no Nitro measurement uses; every value given is zero. "
                      "Untick \"Fold unused zero PCRs\" to list them.")
                .arg(m_folded.size());
        case Qt::ForegroundRole:
            return QColor(128, 128, 128);
        case PcrIndexRole:
            return m_folded.first();
        case FoldedRole:
            return true;
        case ComparedRole:
            return false;
        default:
            return {};
        }
    }
    const PcrDiff::Row &row = m_diff.rows().at(source);
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
            return valueText(row.left);
        case RightColumn:
            return valueText(row.right);
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
    case FoldedRole:
        return false;
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

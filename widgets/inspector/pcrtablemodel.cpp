#include "inspector/pcrtablemodel.h"

#include <algorithm>

#include <QColor>
#include <QFontDatabase>

#include "common/hex.h"

namespace enclave::ui {

PcrTableModel::PcrTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PcrTableModel::rebuildRows()
{
    beginResetModel();
    QList<int> rows = m_values.keys();
    rows << m_pending << m_unavailable.keys() << m_expected.keys();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_rows = rows;
    endResetModel();
}

void PcrTableModel::setPending(const QList<int> &indexes)
{
    m_pending = indexes;
    rebuildRows();
}

void PcrTableModel::setValues(const QMap<int, QByteArray> &values)
{
    m_values = values;
    for (auto it = values.keyBegin(); it != values.keyEnd(); ++it) {
        m_pending.removeAll(*it);
        m_unavailable.remove(*it);
    }
    rebuildRows();
}

void PcrTableModel::setUnavailable(int index, const QString &reason)
{
    m_pending.removeAll(index);
    m_values.remove(index);
    m_unavailable.insert(index, reason);
    rebuildRows();
}

void PcrTableModel::setExpected(const QMap<int, QByteArray> &expected)
{
    m_expected = expected;
    rebuildRows();
}

void PcrTableModel::setDebugMode(bool debug)
{
    m_debug = debug;
    rebuildRows();
}

int PcrTableModel::rowForPcr(int index) const
{
    return int(m_rows.indexOf(index));
}

QString PcrTableModel::meaning(int index)
{
    switch (index) {
    case 0: return tr("Enclave image");
    case 1: return tr("Linux kernel and bootstrap");
    case 2: return tr("Application");
    case 3: return tr("IAM role of the parent instance");
    case 4: return tr("Parent instance ID");
    case 8: return tr("Signing certificate");
    default: return tr("Custom (extended at run time)");
    }
}

PcrTableModel::Status PcrTableModel::status(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return Status::Unchecked;
    const int pcr = m_rows.at(row);
    if (m_pending.contains(pcr))
        return Status::Pending;
    if (m_unavailable.contains(pcr))
        return m_expected.contains(pcr) ? Status::Missing : Status::Unavailable;
    if (!m_values.contains(pcr))
        return Status::Missing;
    const QByteArray value = m_values.value(pcr);
    if (m_expected.contains(pcr))
        return m_expected.value(pcr) == value ? Status::Matches : Status::Differs;
    if (value.count('\0') == value.size())
        return (m_debug && pcr <= 2) ? Status::DebugZero : Status::Zero;
    return Status::Unchecked;
}

int PcrTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PcrTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PcrTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pcr = m_rows.at(index.row());
    const Status st = status(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn: return QStringLiteral("PCR%1").arg(pcr);
        case MeaningColumn: return meaning(pcr);
        case ValueColumn:
            if (st == Status::Pending)
                return tr("computing…");
            if (m_unavailable.contains(pcr))
                return m_unavailable.value(pcr);
            return m_values.contains(pcr) ? hex::encode(m_values.value(pcr)) : QString();
        case StatusColumn:
            switch (st) {
            case Status::Unchecked: return tr("not compared");
            case Status::Pending: return tr("computing");
            case Status::DebugZero: return tr("zero: debug mode");
            case Status::Zero: return tr("zero (not used)");
            case Status::Matches: return tr("matches expected");
            case Status::Differs: return tr("DIFFERS from expected %1").arg(hex::encode(m_expected.value(pcr)).left(16) + QStringLiteral("…"));
            case Status::Missing: return tr("missing (expected)");
            case Status::Unavailable: return tr("not available");
            }
            return {};
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && m_values.contains(pcr))
            return hex::encode(m_values.value(pcr));
        if (st == Status::DebugZero)
            return tr("The enclave ran in debug mode: Nitro reports PCR0, PCR1 and PCR2 as zeros, so they "
                      "prove nothing about the image.");
        if (st == Status::Differs)
            return tr("expected %1").arg(hex::encode(m_expected.value(pcr)));
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (st) {
        case Status::Matches: return QColor(0x2e, 0x9d, 0x4f);
        case Status::Differs:
        case Status::Missing: return QColor(0xd3, 0x2f, 0x2f);
        case Status::DebugZero: return QColor(0xd0, 0x8a, 0x00);
        default: return {};
        }
    case PcrIndexRole: return pcr;
    case PcrHexRole: return m_values.contains(pcr) ? hex::encode(m_values.value(pcr)) : QString();
    case StatusRole: return int(st);
    default: return {};
    }
}

QVariant PcrTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn: return tr("PCR");
    case MeaningColumn: return tr("Measures");
    case ValueColumn: return tr("Value (SHA-384)");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace enclave::ui

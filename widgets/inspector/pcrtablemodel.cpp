#include "inspector/pcrtablemodel.h"

#include <algorithm>

#include <QColor>
#include <QFontDatabase>

#include "common/hex.h"

namespace enclave::ui {

namespace {
bool isZero(const QByteArray &v)
{
    return v.count('\0') == v.size();
}
} // namespace

PcrTableModel::PcrTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PcrTableModel::setMeasurements(const Measurements *actual)
{
    m_actual = actual;
    refresh();
}

void PcrTableModel::setExpected(const Measurements *expected)
{
    m_expected = expected;
    refresh();
}

void PcrTableModel::refresh()
{
    beginResetModel();
    m_diff
        = PcrDiff::compare(m_actual ? *m_actual : Measurements(), m_expected ? *m_expected : Measurements());
    // Values that arrived are no longer pending or unavailable.
    if (m_actual) {
        for (int i : m_actual->indexes()) {
            m_pending.removeAll(i);
            m_unavailable.remove(i);
        }
    }
    QList<int> rows = m_pending;
    rows << m_unavailable.keys();
    for (const PcrDiff::Row &r : m_diff.rows())
        rows << r.index;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_rows = rows;
    endResetModel();
}

void PcrTableModel::setPending(const QList<int> &indexes)
{
    m_pending = indexes;
    refresh();
}

void PcrTableModel::setUnavailable(int index, const QString &reason)
{
    m_pending.removeAll(index);
    m_unavailable.insert(index, reason);
    refresh();
}

void PcrTableModel::setDebugMode(bool debug)
{
    m_debug = debug;
    refresh();
}

int PcrTableModel::rowForPcr(int index) const
{
    return int(m_rows.indexOf(index));
}

const PcrDiff::Row *PcrTableModel::diffRow(int pcr) const
{
    for (const PcrDiff::Row &r : m_diff.rows()) {
        if (r.index == pcr)
            return &r;
    }
    return nullptr;
}

PcrTableModel::Status PcrTableModel::status(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return Status::Unchecked;
    const int pcr = m_rows.at(row);
    if (m_pending.contains(pcr))
        return Status::Pending;
    const bool expected = m_expected && m_expected->contains(pcr);
    if (m_unavailable.contains(pcr))
        return expected ? Status::Missing : Status::Unavailable;
    const PcrDiff::Row *r = diffRow(pcr);
    if (!r)
        return Status::Unchecked;
    if (r->compared)
        return r->status == PcrDiff::Status::Equal ? Status::Matches : Status::Differs;
    if (r->status == PcrDiff::Status::OnlyRight)
        return Status::Missing;
    if (isZero(r->left))
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
    const QByteArray value = m_actual ? m_actual->value(pcr) : QByteArray();
    const bool hasValue = m_actual && m_actual->contains(pcr);
    const QByteArray expected = m_expected ? m_expected->value(pcr) : QByteArray();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return QStringLiteral("PCR%1").arg(pcr);
        case MeaningColumn:
            return Measurements::pcrMeaning(pcr);
        case ValueColumn:
            if (st == Status::Pending)
                return tr("computing…");
            if (m_unavailable.contains(pcr))
                return m_unavailable.value(pcr);
            return hasValue ? hex::encode(value) : QString();
        case StatusColumn:
            switch (st) {
            case Status::Unchecked:
                return tr("not compared");
            case Status::Pending:
                return tr("computing");
            case Status::DebugZero:
                return tr("zero: debug mode");
            case Status::Zero:
                return tr("zero (not used)");
            case Status::Matches:
                return tr("matches expected");
            case Status::Differs:
                return tr("DIFFERS from expected %1")
                    .arg(hex::encode(expected).left(16) + QStringLiteral("…"));
            case Status::Missing:
                return tr("missing (expected)");
            case Status::Unavailable:
                return tr("not available");
            }
            return {};
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && hasValue)
            return hex::encode(value);
        if (st == Status::DebugZero)
            return tr("The enclave ran in debug mode: Nitro reports PCR0, PCR1 and PCR2 as zeros, so they "
                      "prove nothing about the image.");
        if (st == Status::Differs)
            return tr("expected %1").arg(hex::encode(expected));
        if (const PcrDiff::Row *r = diffRow(pcr); r && m_expected && !r->note.isEmpty())
            return r->note;
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (st) {
        case Status::Matches:
            return QColor(0x2e, 0x9d, 0x4f);
        case Status::Differs:
        case Status::Missing:
            return QColor(0xd3, 0x2f, 0x2f);
        case Status::DebugZero:
            return QColor(0xd0, 0x8a, 0x00);
        default:
            return {};
        }
    case PcrIndexRole:
        return pcr;
    case PcrHexRole:
        return hasValue ? hex::encode(value) : QString();
    case StatusRole:
        return int(st);
    default:
        return {};
    }
}

QVariant PcrTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("PCR");
    case MeaningColumn:
        return tr("Measures");
    case ValueColumn:
        return tr("Value (SHA-384)");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace enclave::ui

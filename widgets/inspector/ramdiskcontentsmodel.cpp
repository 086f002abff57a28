#include "inspector/ramdiskcontentsmodel.h"

#include <QColor>
#include <QDateTime>
#include <QFontDatabase>

#include "common/hex.h"
#include "common/sizeformat.h"

namespace enclave::ui {

RamdiskContentsModel::RamdiskContentsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void RamdiskContentsModel::setRamdisks(const QList<RamdiskListing> &ramdisks)
{
    beginResetModel();
    m_ramdisks = ramdisks;
    endResetModel();
}

const CpioEntry *RamdiskContentsModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const RamdiskListing &r = m_ramdisks.at(int(index.internalId()) - 1);
    return &r.entries.at(index.row());
}

QString RamdiskContentsModel::displayPath(const QByteArray &raw)
{
    QString out;
    for (QChar c : QString::fromUtf8(raw)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QModelIndex RamdiskContentsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_ramdisks.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    if (row >= m_ramdisks.at(parent.row()).entries.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RamdiskContentsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int RamdiskContentsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_ramdisks.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_ramdisks.at(parent.row()).entries.size());
}

int RamdiskContentsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RamdiskContentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const RamdiskListing &r = m_ramdisks.at(index.row());
        if (role == Qt::DisplayRole && index.column() == PathColumn) {
            const QString compression = r.compression == CpioReader::Compression::Gzip ? tr("gzip cpio")
                : r.compression == CpioReader::Compression::None                       ? tr("cpio")
                                                                                       : tr("unknown format");
            QString text = tr("ramdisk %1 (%2, %3 entries, %4 at offset %5)")
                               .arg(r.ordinal)
                               .arg(compression)
                               .arg(r.entries.size())
                               .arg(formatSize(r.size))
                               .arg(r.offset);
            if (r.error.has_value())
                text += tr(" - error: %1").arg(r.errorText());
            return text;
        }
        if (role == Qt::ForegroundRole && r.error.has_value())
            return QColor(200, 40, 40);
        if (role == Qt::ToolTipRole && r.error.has_value())
            return r.errorText();
        if (role == RamdiskRole || role == SortRole)
            return r.ordinal;
        if (role == IsRamdiskRole)
            return true;
        return {};
    }
    const CpioEntry &e = *entry(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return e.type == CpioEntry::Type::Symlink
                ? displayPath(e.rawPath) + QStringLiteral(" -> ") + displayPath(e.linkTarget)
                : displayPath(e.rawPath);
        case TypeColumn:
            return CpioEntry::typeName(e.type);
        case ModeColumn:
            return CpioEntry::modeString(e.mode);
        case OwnerColumn:
            return QStringLiteral("%1:%2").arg(e.uid).arg(e.gid);
        case SizeColumn:
            return formatSize(e.size);
        case MtimeColumn:
            return QDateTime::fromSecsSinceEpoch(e.mtime, Qt::UTC).toString(Qt::ISODate);
        case Sha256Column:
            return e.type == CpioEntry::Type::Regular ? hex::encode(e.sha256) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn)
            return tr("%1 bytes").arg(e.size);
        if (index.column() == PathColumn)
            return displayPath(e.rawPath);
        return {};
    case SortRole:
        if (index.column() == SizeColumn)
            return e.size;
        if (index.column() == MtimeColumn)
            return e.mtime;
        return data(index, Qt::DisplayRole);
    case FileOffsetRole: {
        const RamdiskListing &r = m_ramdisks.at(int(index.internalId()) - 1);
        if (r.compression != CpioReader::Compression::None || e.dataOffset < 0)
            return qint64(-1);
        return r.offset + e.dataOffset;
    }
    case Qt::FontRole:
        if (index.column() == Sha256Column || index.column() == ModeColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RamdiskRole:
        return m_ramdisks.at(int(index.internalId()) - 1).ordinal;
    case EntryIndexRole:
        return e.index;
    case EntryTypeRole:
        return int(e.type);
    case IsRamdiskRole:
        return false;
    default:
        return {};
    }
}

QVariant RamdiskContentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn:
        return tr("Path");
    case TypeColumn:
        return tr("Type");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("Owner");
    case SizeColumn:
        return tr("Size");
    case MtimeColumn:
        return tr("Modified (UTC)");
    case Sha256Column:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace enclave::ui

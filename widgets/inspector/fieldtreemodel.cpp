#include "inspector/fieldtreemodel.h"

#include <functional>

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

#include "inspector/fielditem.h"

namespace enclave::ui {

FieldTreeModel::FieldTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<FieldItem>(QString()))
{
}

FieldTreeModel::~FieldTreeModel() = default;

void FieldTreeModel::setRoot(std::unique_ptr<FieldItem> root)
{
    beginResetModel();
    m_root = root ? std::move(root) : std::make_unique<FieldItem>(QString());
    endResetModel();
}

FieldItem *FieldTreeModel::itemFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<FieldItem *>(index.internalPointer());
}

QModelIndex FieldTreeModel::indexForItem(const FieldItem *item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), column, const_cast<FieldItem *>(item));
}

QModelIndex FieldTreeModel::indexForOffset(qint64 offset) const
{
    // The deepest, then shortest, span containing the byte is the most specific field.
    const FieldItem *best = nullptr;
    int bestDepth = -1;
    std::function<void(const FieldItem *, int)> walk = [&](const FieldItem *item, int depth) {
        for (int i = 0; i < item->childCount(); ++i) {
            const FieldItem *c = item->child(i);
            if (c->hasSpan() && offset >= c->offset() && offset < c->offset() + c->length()) {
                if (!best || depth > bestDepth || (depth == bestDepth && c->length() < best->length())) {
                    best = c;
                    bestDepth = depth;
                }
            }
            walk(c, depth + 1);
        }
    };
    walk(m_root.get(), 0);
    return indexForItem(best);
}

QModelIndex FieldTreeModel::findByName(const QString &name) const
{
    std::function<const FieldItem *(const FieldItem *)> walk
        = [&](const FieldItem *item) -> const FieldItem * {
        for (int i = 0; i < item->childCount(); ++i) {
            const FieldItem *c = item->child(i);
            if (c->name() == name)
                return c;
            if (const FieldItem *found = walk(c))
                return found;
        }
        return nullptr;
    };
    return indexForItem(walk(m_root.get()));
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const FieldItem *p = parent.isValid() ? itemFor(parent) : m_root.get();
    if (!p)
        return {};
    FieldItem *c = p->child(row);
    return c ? createIndex(row, column, c) : QModelIndex();
}

QModelIndex FieldTreeModel::parent(const QModelIndex &child) const
{
    const FieldItem *item = itemFor(child);
    if (!item || !item->parent() || item->parent() == m_root.get())
        return {};
    return createIndex(item->parent()->row(), 0, item->parent());
}

int FieldTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const FieldItem *p = parent.isValid() ? itemFor(parent) : m_root.get();
    return p ? p->childCount() : 0;
}

int FieldTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FieldTreeModel::data(const QModelIndex &index, int role) const
{
    const FieldItem *item = itemFor(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item->name();
        case ValueColumn:
            return item->value();
        case OffsetColumn:
            return item->hasSpan() ? QVariant(item->offset()) : QVariant();
        case LengthColumn:
            return item->hasSpan() ? QVariant(item->length()) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!item->toolTip().isEmpty())
            return item->toolTip();
        if (index.column() == ValueColumn && !item->value().isEmpty())
            return item->value();
        return {};
    case Qt::FontRole:
        if (index.column() != NameColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OffsetColumn || index.column() == LengthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Colours that read well on both light and dark bases.
        if (item->severity() == FieldItem::Severity::Error)
            return QColor(0xd3, 0x2f, 0x2f);
        if (item->severity() == FieldItem::Severity::Warning)
            return QColor(0xd0, 0x8a, 0x00);
        return {};
    case OffsetRole:
        return item->offset();
    case LengthRole:
        return item->length();
    case SeverityRole:
        return int(item->severity());
    default:
        return {};
    }
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case OffsetColumn:
        return tr("Offset");
    case LengthColumn:
        return tr("Length");
    default:
        return {};
    }
}

} // namespace enclave::ui

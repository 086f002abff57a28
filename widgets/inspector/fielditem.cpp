#include "inspector/fielditem.h"

namespace enclave::ui {

FieldItem::FieldItem(QString name, QString value, qint64 offset, qint64 length)
    : m_name(std::move(name))
    , m_value(std::move(value))
    , m_offset(offset)
    , m_length(length)
{
}

FieldItem *FieldItem::add(QString name, QString value, qint64 offset, qint64 length)
{
    auto item = std::make_unique<FieldItem>(std::move(name), std::move(value), offset, length);
    item->m_parent = this;
    m_children.push_back(std::move(item));
    return m_children.back().get();
}

FieldItem *FieldItem::child(int row) const
{
    if (row < 0 || row >= childCount())
        return nullptr;
    return m_children[size_t(row)].get();
}

int FieldItem::row() const
{
    if (!m_parent)
        return 0;
    for (int i = 0; i < m_parent->childCount(); ++i) {
        if (m_parent->m_children[size_t(i)].get() == this)
            return i;
    }
    return 0;
}

} // namespace enclave::ui

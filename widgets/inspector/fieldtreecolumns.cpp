#include "inspector/fieldtreecolumns.h"

#include <QHeaderView>
#include <QTreeView>

#include "common/layoutmemory.h"
#include "inspector/fieldtreemodel.h"

namespace enclave::ui {

void setUpFieldTreeColumns(QTreeView *tree, const QString &layoutKey)
{
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FieldTreeModel::NameColumn, QHeaderView::Interactive);
    tree->resizeColumnToContents(FieldTreeModel::NameColumn);
    header->setSectionResizeMode(FieldTreeModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldTreeModel::OffsetColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FieldTreeModel::LengthColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(40);
    LayoutMemory::remember(header, layoutKey);
}

} // namespace enclave::ui

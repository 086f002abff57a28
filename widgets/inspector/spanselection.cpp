#include "inspector/spanselection.h"

#include <QItemSelectionModel>
#include <QTreeView>

#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"

namespace enclave::ui {

void connectSpanSelection(QTreeView *tree, FieldTreeModel *model, HexView *hex)
{
    QObject::connect(
        tree->selectionModel(), &QItemSelectionModel::currentChanged, hex, [hex](const QModelIndex &current) {
            const qint64 length = current.data(FieldTreeModel::LengthRole).toLongLong();
            if (current.isValid() && length > 0)
                hex->markField(current.data(FieldTreeModel::OffsetRole).toLongLong(), length, true);
            else
                hex->clearMark();
        });
    QObject::connect(hex, &HexView::byteSelected, tree, [tree, model](qint64 offset) {
        const QModelIndex index = model->indexForOffset(offset);
        if (!index.isValid())
            return;
        tree->setCurrentIndex(index);
        tree->scrollTo(index);
    });
}

} // namespace enclave::ui

#include "inspector/fieldhexsplitter.h"

#include <QTreeView>

#include "inspector/bytesource.h"
#include "inspector/fieldtreecolumns.h"
#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"
#include "inspector/spanselection.h"

namespace enclave::ui {

FieldHexSplitter::FieldHexSplitter(
    FieldTreeModel *model, std::shared_ptr<const ByteSource> bytes, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    m_tree = new QTreeView(this);
    m_tree->setModel(model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_hex = new HexView(this);
    m_hex->setSource(std::move(bytes));
    connectSpanSelection(m_tree, model, m_hex);
}

void FieldHexSplitter::showFields(int depth, const QString &columnsKey)
{
    m_tree->expandToDepth(depth);
    setUpFieldTreeColumns(m_tree, columnsKey);
}

} // namespace enclave::ui

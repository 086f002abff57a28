#pragma once

#include <memory>

#include <QSplitter>

class QTreeView;

namespace enclave::ui {

class ByteSource;
class FieldTreeModel;
class HexView;

// The Wireshark-style pair every document view shows: the field tree beside the hex view of the
// same bytes, coupled both ways (connectSpanSelection). The view owns the model and fills it.
class FieldHexSplitter final : public QSplitter {
    Q_OBJECT
public:
    FieldHexSplitter(
        FieldTreeModel *model, std::shared_ptr<const ByteSource> bytes, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    HexView *hex() const { return m_hex; }
    // Once the model has its root: expands the tree to `depth` and fits its columns (widths
    // remembered under columnsKey).
    void showFields(int depth, const QString &columnsKey);

private:
    QTreeView *m_tree = nullptr;
    HexView *m_hex = nullptr;
};

} // namespace enclave::ui

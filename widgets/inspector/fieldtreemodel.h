#pragma once

#include <memory>

#include <QAbstractItemModel>

namespace enclave::ui {

class FieldItem;

// Tree of named fields with byte spans (columns: field, value, offset, length). Drives the tree
// beside a HexView: OffsetRole/LengthRole give the span to mark, indexForOffset() finds the most
// specific field covering a clicked byte.
class FieldTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Roles {
        OffsetRole = Qt::UserRole + 1,
        LengthRole,
        SeverityRole,
    };
    enum Column { NameColumn, ValueColumn, OffsetColumn, LengthColumn, ColumnCount };

    explicit FieldTreeModel(QObject *parent = nullptr);
    ~FieldTreeModel() override;
    Q_DISABLE_COPY_MOVE(FieldTreeModel)

    // Takes the root whose children become the top-level rows.
    void setRoot(std::unique_ptr<FieldItem> root);
    FieldItem *itemFor(const QModelIndex &index) const;
    QModelIndex indexForItem(const FieldItem *item, int column = 0) const;
    QModelIndex indexForOffset(qint64 offset) const;
    // First row (depth-first) whose name matches: handy for tests and "jump to" actions.
    QModelIndex findByName(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::unique_ptr<FieldItem> m_root;
};

} // namespace enclave::ui

#pragma once

#include <QAbstractItemModel>
#include <QList>

#include "cpio/ramdisklister.h"

namespace enclave::ui {

// The files of each ramdisk of an EIF: ramdisks at the top, their entries below, with type, mode,
// owner, size, mtime (UTC) and SHA-256. Paths are shown as stored, control bytes escaped.
class RamdiskContentsModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        PathColumn,
        TypeColumn,
        ModeColumn,
        OwnerColumn,
        SizeColumn,
        MtimeColumn,
        Sha256Column,
        ColumnCount
    };
    enum Roles {
        RamdiskRole = Qt::UserRole + 1,
        EntryIndexRole,
        EntryTypeRole,
        IsRamdiskRole,
        SortRole, // numbers for size and time, text otherwise (ramdisks keep their order)
        FileOffsetRole // where the entry's data is in the EIF, -1 inside a compressed ramdisk
    };

    explicit RamdiskContentsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RamdiskContentsModel)

    void setRamdisks(const QList<RamdiskListing> &ramdisks);
    const QList<RamdiskListing> &ramdisks() const { return m_ramdisks; }
    // The entry behind an index (nullptr for a ramdisk row).
    const CpioEntry *entry(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Control characters of a stored name made visible (\xNN).
    static QString displayPath(const QByteArray &raw);

private:
    // internalId: 0 for ramdisk rows, ramdisk ordinal + 1 for entries (their parent).
    QList<RamdiskListing> m_ramdisks;
};

} // namespace enclave::ui

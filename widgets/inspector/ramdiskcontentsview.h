#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QPersistentModelIndex>
#include <QWidget>

#include "common/error.h"
#include "cpio/cpioreader.h"
#include "inspector/ramdiskcontentsmodel.h"

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace enclave::ui {

// The "Contents" tab of an EIF: every ramdisk's files (listed and hashed on a worker thread,
// nothing extracted), filtered by path and sortable by any column, and a viewer for the selected
// file's first bytes, as text when they are UTF-8 and as a hex dump otherwise. A file's context
// menu (and double-click) views it, saves it (asking before replacing, written atomically),
// copies its path or SHA-256, or marks its bytes in the EIF's hex view.
class RamdiskContentsView final : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 MaxViewBytes = 256 * 1024;
    // Saving reads the file whole (from a gzip ramdisk there is no other way to get its bytes).
    static constexpr qint64 MaxSaveBytes = 1LL << 30;

    explicit RamdiskContentsView(const QString &eifPath, QWidget *parent = nullptr);
    ~RamdiskContentsView() override; // cancels and waits for the workers

    bool isLoading() const { return m_loading; }
    RamdiskContentsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Source-model index of a file by its displayed path (for tests and "jump to").
    QModelIndex findEntry(const QString &path) const;
    // The context menu's actions for a (proxy) index; built fresh each time.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);
    QPlainTextEdit *viewer() const { return m_viewer; }
    QLabel *viewerStatus() const { return m_viewerStatus; }
    QLabel *summaryLabel() const { return m_summary; }

    static QList<RamdiskListing> listRamdisks(
        const QString &eifPath, const std::atomic_bool *cancel, QString *error);
    // Text when the bytes are UTF-8 without NULs, else a hex dump (offset, 16 bytes, ASCII).
    static QString render(const QByteArray &data, bool *isText = nullptr);

public Q_SLOTS:
    // index: of the tree (proxy) or of the source model.
    void showEntry(const QModelIndex &index);
    void setFilterText(const QString &text);
    // Asks for a file name, then saveEntry().
    void saveEntryAs(const QModelIndex &index);
    // Writes the file's bytes to path atomically on a worker thread (entrySaved when done); asks
    // before replacing an existing file. False when nothing was started (the user said no, not a
    // regular file, too large, a save still running): the reason is in the viewer's status line.
    bool saveEntry(const QModelIndex &index, const QString &path);
    void copyPath(const QModelIndex &index);
    void copySha256(const QModelIndex &index);
    // Emits bytesRequested for a file of an uncompressed ramdisk.
    void showBytes(const QModelIndex &index);

Q_SIGNALS:
    void loaded();
    void entryShown();
    // Mark [offset, offset + length) of the EIF in its hex view.
    void bytesRequested(qint64 offset, qint64 length);
    void entrySaved(const QString &path, bool ok);

private:
    struct Listed {
        QList<RamdiskListing> ramdisks;
        QString error;
    };
    void onListed();
    void onEntryRead();
    void startEntryRead(const QModelIndex &index);
    QModelIndex toSource(const QModelIndex &index) const;
    void updateSummary();
    void showContextMenu(const QPoint &pos);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_path;
    RamdiskContentsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QString m_summaryText; // the listing's summary, before any filter
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_viewer = nullptr;
    QLabel *m_viewerStatus = nullptr;
    QFutureWatcher<Listed> m_listWatcher;
    QFutureWatcher<Result<CpioReader::Content>> m_entryWatcher;
    QFutureWatcher<Result<void>> m_saveWatcher;
    QString m_savePath;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // The entry read in flight can be abandoned for a newer selection without blocking.
    std::shared_ptr<std::atomic_bool> m_entryCancel;
    QPersistentModelIndex m_pendingEntry;
    quint64 m_generation = 0; // bumped by every selection
    quint64 m_readGeneration = 0; // the selection the read in flight is for
    bool m_loading = false;
    bool m_sized = false;
};

} // namespace enclave::ui

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
class QPlainTextEdit;
class QTreeView;

namespace enclave::ui {

// The "Contents" tab of an EIF: every ramdisk's files (listed and hashed on a worker thread,
// nothing extracted), and a viewer for the selected file's first bytes, as text when they are
// UTF-8 and as a hex dump otherwise.
class RamdiskContentsView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 MaxViewBytes = 256 * 1024;

    explicit RamdiskContentsView(const QString &eifPath, QWidget *parent = nullptr);
    ~RamdiskContentsView() override; // cancels and waits for the workers

    bool isLoading() const { return m_loading; }
    RamdiskContentsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *viewer() const { return m_viewer; }
    QLabel *viewerStatus() const { return m_viewerStatus; }

    static QList<RamdiskListing> listRamdisks(const QString &eifPath, const std::atomic_bool *cancel, QString *error);
    // Text when the bytes are UTF-8 without NULs, else a hex dump (offset, 16 bytes, ASCII).
    static QString render(const QByteArray &data, bool *isText = nullptr);

public Q_SLOTS:
    void showEntry(const QModelIndex &index);

Q_SIGNALS:
    void loaded();
    void entryShown();

private:
    struct Listed
    {
        QList<RamdiskListing> ramdisks;
        QString error;
    };
    void onListed();
    void onEntryRead();
    void startEntryRead(const QModelIndex &index);

    QString m_path;
    RamdiskContentsModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_viewer = nullptr;
    QLabel *m_viewerStatus = nullptr;
    QFutureWatcher<Listed> m_listWatcher;
    QFutureWatcher<Result<CpioReader::Content>> m_entryWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // The entry read in flight can be abandoned for a newer selection without blocking.
    std::shared_ptr<std::atomic_bool> m_entryCancel;
    QPersistentModelIndex m_pendingEntry;
    quint64 m_generation = 0;     // bumped by every selection
    quint64 m_readGeneration = 0; // the selection the read in flight is for
    bool m_loading = false;
};

} // namespace enclave::ui

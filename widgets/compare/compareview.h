#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QWidget>

#include "common/error.h"
#include "measure/eifdiff.h"
#include "measure/measurements.h"
#include "measure/pcrdiff.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTableView;
class QTreeView;

namespace enclave::ui {

class EifDiffModel;
class FileVersionsView;
class PcrCompareModel;

// What a comparison produced (computed on a pool thread).
struct CompareResult {
    std::optional<Error> error;
    QString errorFile; // which source the error is about
    Measurements left;
    Measurements right;
    PcrDiff pcrs;
    std::optional<EifDiff> eif;
};

// Compare two measurement sources (EIF, attestation document, nitro-cli / KMS / expectations
// JSON): pick or drop two files, the PCR table side by side with differences highlighted, and for
// two EIFs the sections and ramdisk files that differ as a tree, "content changes only" or all.
// Loading, hashing and listing run on a worker thread; the GUI thread never blocks.
class CompareView final : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override; // cancels and waits for the worker

    void setSources(const QString &left, const QString &right);
    QString leftPath() const;
    QString rightPath() const;
    bool isRunning() const { return m_running; }
    const CompareResult &result() const { return m_result; }

    PcrCompareModel *pcrModel() const { return m_pcrModel; }
    EifDiffModel *diffModel() const { return m_diffModel; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *contentOnlyBox() const { return m_contentOnly; }
    QCheckBox *foldZerosBox() const { return m_foldZeros; }
    QTableView *pcrTable() const { return m_table; }
    QPushButton *copyReportButton() const { return m_copyReport; }
    QPushButton *exportReportButton() const { return m_exportReport; }
    QPushButton *compareButton() const { return m_compare; }
    QTreeView *diffTree() const { return m_tree; }

    // Where a running comparison is: phase (0 left source, 1 right source, 2 section diff) and bytes.
    struct Progress {
        std::atomic_int phase { 0 };
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
    };
    static CompareResult run(const QString &left, const QString &right, const std::atomic_bool *cancel,
        Progress *progress = nullptr);
    QProgressBar *progressBar() const { return m_progress; }

    // The last comparison as Markdown (file names, not paths); empty before one finished.
    QString reportMarkdown() const;
    // Writes the report atomically; asks before replacing an existing file. False when not written
    // (declined, or the write failed: then the summary says why).
    bool exportReport(const QString &path);
    // Both versions of the changed file at index (a file row of the difference tree), or nullptr.
    FileVersionsView *showFileVersions(const QModelIndex &index);

public Q_SLOTS:
    void compare();
    void cancel();
    void copyReport();
    void exportReportAs();

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onFinished();
    void browse(QLineEdit *edit);
    void fitPcrValues();
    void fitTreeColumns();
    void showTreeMenu(const QPoint &pos);

    QLineEdit *m_leftEdit = nullptr;
    QLineEdit *m_rightEdit = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QTableView *m_table = nullptr;
    QTreeView *m_tree = nullptr;
    QWidget *m_treeBox = nullptr;
    QCheckBox *m_contentOnly = nullptr;
    QCheckBox *m_foldZeros = nullptr;
    QPushButton *m_copyReport = nullptr;
    QPushButton *m_exportReport = nullptr;
    PcrCompareModel *m_pcrModel = nullptr;
    EifDiffModel *m_diffModel = nullptr;

    QFutureWatcher<CompareResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<Progress> m_progressState;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    CompareResult m_result;
    bool m_running = false;
};

} // namespace enclave::ui

#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include "common/error.h"

class QAbstractButton;
class QProgressBar;
class QTimer;

namespace enclave::ui {

// What a job on a worker thread shares with the page that started it: the cancel flag core's
// long operations poll, and the progress they report.
struct JobControl {
    std::atomic_bool cancelled { false };
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };

    // A progress callback for core (EifImageSigner, PcrCalculator); valid while the job runs.
    std::function<void(qint64, qint64)> progressCallback()
    {
        return [this](qint64 d, qint64 t) {
            done.store(d);
            total.store(t);
        };
    }
};

// Runs one core job of a tool page at a time on a worker thread and hands its Result back on the
// GUI thread. While it runs, the page's start button is disabled, its Cancel button enabled and its
// progress bar follows the job (full on success, empty on failure). Destroying the runner (closing
// the tab) cancels the job and waits for it; the result of a cancelled job is still delivered when
// the runner lives on. The work must not touch widgets: it gets only what it captured and the
// JobControl.
class ToolJobRunner final : public QObject {
    Q_OBJECT
public:
    explicit ToolJobRunner(QObject *parent = nullptr);
    ~ToolJobRunner() override;

    // Optional widgets the runner drives.
    void setProgressBar(QProgressBar *bar);
    void setButtons(QAbstractButton *start, QAbstractButton *cancel = nullptr);

    bool isRunning() const { return m_watcher.isRunning(); }

    // Starts `work` unless a job runs already (then returns false and does nothing). `finished`
    // gets the work's result on the GUI thread.
    template <typename T>
    bool start(std::function<Result<T>(JobControl &)> work, std::function<void(Result<T>)> finished)
    {
        if (isRunning())
            return false;
        auto control = std::make_shared<JobControl>();
        auto result = std::make_shared<std::optional<Result<T>>>();
        launch(
            control,
            [work = std::move(work), control, result] {
                result->emplace(work(*control));
                return (*result)->has_value();
            },
            [finished = std::move(finished), result] { finished(std::move(**result)); });
        return true;
    }

public Q_SLOTS:
    // Asks the running job to stop (it returns Error::Code::Cancelled at its next check).
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void launch(
        std::shared_ptr<JobControl> control, std::function<bool()> work, std::function<void()> deliver);
    void onFinished();
    void updateProgress();
    void setRunning(bool running);

    QFutureWatcher<bool> m_watcher; // true: the job's Result holds a value
    std::shared_ptr<JobControl> m_control;
    std::function<void()> m_deliver;
    QTimer *m_timer = nullptr;
    QPointer<QProgressBar> m_bar;
    QPointer<QAbstractButton> m_start;
    QPointer<QAbstractButton> m_cancel;
};

} // namespace enclave::ui

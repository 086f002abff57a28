#include "tools/tooljobrunner.h"

#include <utility>

#include <QAbstractButton>
#include <QProgressBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace enclave::ui {

namespace {
constexpr int ProgressSteps = 1000;
}

ToolJobRunner::ToolJobRunner(QObject *parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ToolJobRunner::updateProgress);
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &ToolJobRunner::onFinished);
}

ToolJobRunner::~ToolJobRunner()
{
    // Closing the tab stops the job at its next check instead of blocking on a long hash.
    if (m_control)
        m_control->cancelled = true;
    m_watcher.waitForFinished();
}

void ToolJobRunner::setProgressBar(QProgressBar *bar)
{
    m_bar = bar;
    if (m_bar) {
        m_bar->setRange(0, ProgressSteps);
        m_bar->setValue(0);
    }
}

void ToolJobRunner::setButtons(QAbstractButton *start, QAbstractButton *cancel)
{
    m_start = start;
    m_cancel = cancel;
    if (m_cancel) {
        m_cancel->setEnabled(isRunning());
        connect(m_cancel, &QAbstractButton::clicked, this, &ToolJobRunner::cancel);
    }
}

void ToolJobRunner::launch(
    std::shared_ptr<JobControl> control, std::function<bool()> work, std::function<void()> deliver)
{
    m_control = std::move(control);
    m_deliver = std::move(deliver);
    if (m_bar)
        m_bar->setValue(0);
    setRunning(true);
    m_timer->start();
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
}

void ToolJobRunner::cancel()
{
    if (m_control && isRunning())
        m_control->cancelled = true;
    if (m_cancel)
        m_cancel->setEnabled(false);
}

void ToolJobRunner::updateProgress()
{
    if (!m_bar || !m_control)
        return;
    const qint64 total = m_control->total.load();
    m_bar->setValue(total > 0 ? int(m_control->done.load() * ProgressSteps / total) : 0);
}

void ToolJobRunner::setRunning(bool running)
{
    if (m_start)
        m_start->setEnabled(!running);
    if (m_cancel)
        m_cancel->setEnabled(running);
    Q_EMIT runningChanged(running);
}

void ToolJobRunner::onFinished()
{
    m_timer->stop();
    if (m_bar)
        m_bar->setValue(m_watcher.result() ? ProgressSteps : 0);
    // Taken first: the page may start the next job from its callback.
    const auto deliver = std::exchange(m_deliver, {});
    setRunning(false);
    if (deliver)
        deliver();
}

} // namespace enclave::ui

#include "shell/smokerun.h"

#include <cstdio>

#include <QCoreApplication>
#include <QEvent>
#include <QTabWidget>

#include "inspector/eifview.h"
#include "shell/mainwindow.h"

namespace enclave::ui {

namespace {
constexpr int TickMs = 10;
}

SmokeRun::SmokeRun(MainWindow *window, int stallLimitMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_limitMs(stallLimitMs)
{
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SmokeRun::tick);
}

void SmokeRun::start()
{
    m_total.start();
    // Stalls count from the first frame on: showing the window the first time (fonts, style,
    // backing store) is a one-time start-up cost, reported separately as "first frame".
    m_window->installEventFilter(this);
}

bool SmokeRun::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && m_firstFrameMs < 0) {
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            m_firstFrameMs = m_total.elapsed();
            m_clock.start();
            m_lastTick = 0;
            m_timer.start();
        });
    }
    return QObject::eventFilter(watched, event);
}

void SmokeRun::tick()
{
    const qint64 now = m_clock.elapsed();
    // Lateness beyond the interval is time the event loop could not run.
    if (now - m_lastTick - TickMs > m_longestStall) {
        m_longestStall = now - m_lastTick - TickMs;
        m_longestStallAt = now;
    }
    m_lastTick = now;
    checkDone();
}

void SmokeRun::checkDone()
{
    QList<EifView *> views;
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        if (auto *v = qobject_cast<EifView *>(m_window->tabs()->widget(i)))
            views << v;
    }
    for (EifView *v : views) {
        if (v->isComputing())
            return;
    }
    m_timer.stop();
    int computed = 0;
    for (EifView *v : views)
        computed += v->pcrs().contains(0) ? 1 : 0;
    const bool ok = computed == views.size() && m_longestStall <= m_limitMs;
    std::printf("enclave-studio: smoke test: %d of %d EIF(s) measured in %lld ms; first frame after %lld ms; "
                "longest event-loop stall %lld ms "
                "at %lld ms (limit %d ms): %s\n",
        computed, int(views.size()), static_cast<long long>(m_total.elapsed()),
        static_cast<long long>(m_firstFrameMs), static_cast<long long>(m_longestStall),
        static_cast<long long>(m_longestStallAt), m_limitMs, ok ? "ok" : "FAILED");
    std::fflush(stdout);
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace enclave::ui

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace enclave::ui {

class MainWindow;

// `enclave-studio --smoke-test FILE...`: opens the files, waits until every EIF's PCRs are
// computed, and meanwhile measures how late a 10 ms timer fires on the GUI thread (the longest
// stall of the event loop). Prints one line and quits with 0, or 1 when a stall exceeded the
// limit or a computation failed. CI runs it on a 1 GiB image.
class SmokeRun final : public QObject {
    Q_OBJECT
public:
    SmokeRun(MainWindow *window, int stallLimitMs, QObject *parent = nullptr);

    void start();
    qint64 longestStallMs() const { return m_longestStall; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void checkDone();

    MainWindow *m_window;
    int m_limitMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_total;
    qint64 m_lastTick = 0;
    qint64 m_longestStall = 0;
    qint64 m_longestStallAt = 0;
    qint64 m_firstFrameMs = -1;
    int m_failures = 0;
};

} // namespace enclave::ui

// Console flood: feeds a ConsoleView 5 MB/s of coloured log lines for 10 s (by default) on the GUI
// thread, as AgentClient would deliver them, and reports the longest event-loop stall (the largest
// gap between ticks of a 5 ms probe timer) and memory. Baseline: a plain QPlainTextEdit that gets
// every chunk through appendPlainText (same scrollback bound), what a naive viewer does.
//
// Usage: bench_consoleflood [--seconds N] [--rate MBps] [--lines N] [--hidden] [--baseline]
// Targets: longest stall < 50 ms; memory bounded (RSS after the flood within a few tens of MiB).

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTimer>

#include "remote/consoleview.h"

using enclave::ui::ConsoleView;

namespace {
qint64 statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

struct Result {
    qint64 bytes = 0;
    double seconds = 0;
    double maxStallMs = 0;
    double p99StallMs = 0;
    qint64 rssBeforeKiB = 0;
    qint64 rssAfterKiB = 0;
    int blocks = 0;
};

Result flood(QWidget *view, const std::function<void(const QByteArray &)> &feed,
    const std::function<int()> &blocks, double seconds, double rateMBps)
{
    Result r;
    r.rssBeforeKiB = statusKiB("VmRSS:");
    QElapsedTimer clock;
    clock.start();
    qint64 lineNo = 0;
    QTimer generator;
    generator.setTimerType(Qt::PreciseTimer);
    generator.setInterval(10);
    QObject::connect(&generator, &QTimer::timeout, view, [&] {
        // Catch up to the target rate whatever the timer's jitter (chunks of at most 64 KiB, like the
        // agent's).
        const qint64 due = qint64(rateMBps * 1e6 * clock.nsecsElapsed() / 1e9);
        while (r.bytes < due) {
            QByteArray chunk;
            chunk.reserve(66000);
            while (chunk.size() < 64 * 1024 && r.bytes + chunk.size() < due) {
                ++lineNo;
                chunk += "2026-11-22T10:00:00.000Z [\x1b[32mINFO\x1b[0m] app: request "
                    + QByteArray::number(lineNo) + " handled in " + QByteArray::number(lineNo % 97)
                    + " ms, status \x1b[1;34m200\x1b[0m\n";
            }
            r.bytes += chunk.size();
            feed(chunk);
        }
    });
    QList<double> gaps;
    gaps.reserve(int(seconds * 250));
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, view, [&] {
        const double gap = probeClock.nsecsElapsed() / 1e6 - 5.0;
        probeClock.restart();
        gaps.append(std::max(0.0, gap));
    });
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    generator.start();
    probeClock.start();
    probe.start();
    loop.exec();
    generator.stop();
    probe.stop();
    r.seconds = clock.nsecsElapsed() / 1e9;
    // Let the view drain what is queued, then measure.
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    r.rssAfterKiB = statusKiB("VmRSS:");
    r.blocks = blocks();
    if (!gaps.isEmpty()) {
        r.maxStallMs = *std::max_element(gaps.cbegin(), gaps.cend());
        std::sort(gaps.begin(), gaps.end());
        r.p99StallMs = gaps.at(qMin(gaps.size() - 1, qsizetype(gaps.size() * 0.99)));
    }
    return r;
}

void print(const char *name, const Result &r)
{
    std::printf("%-22s %7.1f MB in %5.2f s (%5.2f MB/s)  longest stall %7.1f ms  p99 %6.1f ms  RSS %6.1f -> "
                "%6.1f MiB  lines shown %d\n",
        name, r.bytes / 1e6, r.seconds, r.bytes / 1e6 / r.seconds, r.maxStallMs, r.p99StallMs,
        r.rssBeforeKiB / 1024.0, r.rssAfterKiB / 1024.0, r.blocks);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
        QStringLiteral("Flood duration (default 10)."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("MB/s (default 5)."),
        QStringLiteral("MBPS"), QStringLiteral("5"));
    const QCommandLineOption baselineOpt(
        QStringLiteral("baseline"), QStringLiteral("Also run the naive appendPlainText viewer."));
    const QCommandLineOption linesOpt(QStringLiteral("lines"),
        QStringLiteral("Scrollback lines (default: the viewer's)."), QStringLiteral("N"),
        QString::number(ConsoleView::DefaultMaximumLines));
    const QCommandLineOption hiddenOpt(
        QStringLiteral("hidden"), QStringLiteral("Do not show the view (measures everything but painting)."));
    parser.addOptions({ secondsOpt, rateOpt, baselineOpt, linesOpt, hiddenOpt });
    parser.process(app);
    const double seconds = qBound(1.0, parser.value(secondsOpt).toDouble(), 120.0);
    const double rate = qBound(0.1, parser.value(rateOpt).toDouble(), 100.0);

    const int lines = qBound(100, parser.value(linesOpt).toInt(), 1000000);
    std::printf("console flood: %.1f MB/s for %.0f s, scrollback %d lines, platform %s\n", rate, seconds,
        lines, qPrintable(QGuiApplication::platformName()));
    ConsoleView view;
    view.setMaximumLines(lines);
    // Noise floor: the same probe with nothing to do (on a busy machine the scheduler alone
    // produces stalls; compare against this).
    {
        QWidget idle;
        const Result quiet = flood(
            &idle, [](const QByteArray &) {}, [] { return 0; }, 3, 0.000001);
        std::printf("%-22s longest stall %7.1f ms  p99 %6.1f ms (probe only, no output)\n", "idle event loop",
            quiet.maxStallMs, quiet.p99StallMs);
    }
    view.resize(1200, 800);
    if (!parser.isSet(hiddenOpt))
        view.show();
    const Result ours = flood(
        &view, [&view](const QByteArray &b) { view.appendBytes(b); },
        [&view] { return view.editor()->document()->blockCount(); }, seconds, rate);
    print("ConsoleView", ours);
    std::printf("  skipped (scrolled out before shown): %lld lines; peak RSS %.1f MiB\n",
        static_cast<long long>(view.skippedLines()), statusKiB("VmHWM:") / 1024.0);
    view.hide();

    if (parser.isSet(baselineOpt)) {
        QPlainTextEdit naive;
        naive.setReadOnly(true);
        naive.setMaximumBlockCount(lines);
        naive.resize(1200, 800);
        naive.show();
        // Bounded: the baseline may not keep up; the flood still stops after `seconds`.
        const Result base = flood(
            &naive, [&naive](const QByteArray &b) { naive.appendPlainText(QString::fromUtf8(b)); },
            [&naive] { return naive.document()->blockCount(); }, seconds, rate);
        print("appendPlainText (base)", base);
        if (ours.maxStallMs > 0)
            std::printf("  longest stall ratio baseline/ours: %.1fx\n", base.maxStallMs / ours.maxStallMs);
    }
    const bool ok = ours.maxStallMs < 50.0;
    std::printf("target longest stall < 50 ms: %s\n", ok ? "met" : "NOT met");
    return ok ? 0 : 1;
}

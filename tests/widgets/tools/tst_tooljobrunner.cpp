#include <atomic>
#include <memory>

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include "tools/tooljobrunner.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {

enum class Outcome { Value, Error, Cancelled };

// Waits (bounded: 20 s) until `flag` is set or the job is cancelled; true when `flag` was set.
bool waitFor(const std::atomic_bool &flag, const JobControl &control)
{
    for (int i = 0; i < 2000 && !flag.load() && !control.cancelled.load(); ++i)
        QThread::msleep(10);
    return flag.load();
}

} // namespace

Q_DECLARE_METATYPE(Outcome)

// The worker scaffolding every tool page shares: the job runs off the GUI thread, its progress
// reaches the bar, the buttons follow the running state, the Result comes back on the GUI thread,
// Cancel reaches core's flag, and closing the page (destroying the runner) cancels and waits.
class TestToolJobRunner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runs_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("progressWhileRunning"); // of 1000
        QTest::addColumn<int>("progressAfter");
        QTest::newRow("value, half done") << Outcome::Value << qint64(4096) << 500 << 1000;
        QTest::newRow("value, no total") << Outcome::Value << qint64(0) << 0 << 1000;
        QTest::newRow("error") << Outcome::Error << qint64(100) << 250 << 0;
        QTest::newRow("cancelled") << Outcome::Cancelled << qint64(1000) << 100 << 0;
    }
    void runs()
    {
        QFETCH(Outcome, outcome);
        QFETCH(qint64, total);
        QFETCH(int, progressWhileRunning);
        QFETCH(int, progressAfter);

        QWidget page;
        auto *bar = new QProgressBar(&page);
        auto *startButton = new QPushButton(u"Start"_s, &page);
        auto *cancelButton = new QPushButton(u"Cancel"_s, &page);
        ToolJobRunner runner;
        runner.setProgressBar(bar);
        runner.setButtons(startButton, cancelButton);
        QVERIFY(startButton->isEnabled());
        QVERIFY(!cancelButton->isEnabled());
        QSignalSpy running(&runner, &ToolJobRunner::runningChanged);

        auto release = std::make_shared<std::atomic_bool>(false);
        auto workerThread = std::make_shared<QThread *>(nullptr);
        const qint64 done = total * progressWhileRunning / 1000;
        std::optional<Result<int>> delivered;
        QThread *deliveredOn = nullptr;
        const bool started = runner.start<int>(
            [=](JobControl &control) -> Result<int> {
                *workerThread = QThread::currentThread();
                control.progressCallback()(done, total);
                const bool released = waitFor(*release, control);
                if (outcome == Outcome::Cancelled || !released)
                    return makeError(Error::Code::Cancelled, u"cancelled"_s);
                if (outcome == Outcome::Error)
                    return makeError(Error::Code::Malformed, u"bad input"_s, 7);
                return 42;
            },
            [&](Result<int> result) {
                delivered = std::move(result);
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(started);
        QVERIFY(runner.isRunning());
        QVERIFY(!startButton->isEnabled());
        QVERIFY(cancelButton->isEnabled());
        // One job at a time: a second start is refused and its callback never runs.
        bool secondDelivered = false;
        QVERIFY(!runner.start<int>(
            [](JobControl &) -> Result<int> { return 1; }, [&](Result<int>) { secondDelivered = true; }));
        // Progress reaches the bar while the job runs.
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), progressWhileRunning, 5000);

        if (outcome == Outcome::Cancelled) {
            QTest::mouseClick(cancelButton, Qt::LeftButton);
            QVERIFY(!cancelButton->isEnabled());
        } else {
            release->store(true);
        }
        QTRY_VERIFY_WITH_TIMEOUT(delivered.has_value(), 20000);
        QVERIFY(!runner.isRunning());
        QCOMPARE(deliveredOn, qApp->thread());
        QVERIFY(*workerThread != nullptr && *workerThread != qApp->thread());
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(0).first().toBool(), true);
        QCOMPARE(running.at(1).first().toBool(), false);
        QVERIFY(startButton->isEnabled());
        QVERIFY(!cancelButton->isEnabled());
        QCOMPARE(bar->value(), progressAfter);
        QVERIFY(!secondDelivered);
        switch (outcome) {
        case Outcome::Value:
            QVERIFY(delivered->has_value());
            QCOMPARE(**delivered, 42);
            break;
        case Outcome::Error:
            QVERIFY(!delivered->has_value());
            QCOMPARE(delivered->error().code, Error::Code::Malformed);
            QCOMPARE(delivered->error().offset, 7);
            break;
        case Outcome::Cancelled:
            QVERIFY(!delivered->has_value());
            QCOMPARE(delivered->error().code, Error::Code::Cancelled);
            break;
        }

        // The runner is ready for the next job, and the next one is started from a callback too.
        std::optional<Result<int>> again;
        QVERIFY(runner.start<int>([](JobControl &) -> Result<int> { return 7; },
            [&](Result<int> r) {
                again = std::move(r);
                QVERIFY(runner.start<int>([](JobControl &) -> Result<int> { return 8; },
                    [&](Result<int> r2) { again = std::move(r2); }));
            }));
        QTRY_VERIFY_WITH_TIMEOUT(again && again->has_value() && **again == 8, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 10000);
    }

    void destroyingCancelsAndWaits_data()
    {
        QTest::addColumn<bool>("withWidgets");
        QTest::newRow("bare") << false;
        QTest::newRow("with bar and buttons") << true;
    }
    void destroyingCancelsAndWaits()
    {
        QFETCH(bool, withWidgets);
        // Closing a page while its job runs: the job sees the cancel flag, the destructor waits for
        // it (so nothing it captured is used after the page is gone), and the callback never runs.
        auto page = std::make_unique<QWidget>();
        auto *runner = new ToolJobRunner(page.get());
        if (withWidgets) {
            runner->setProgressBar(new QProgressBar(page.get()));
            runner->setButtons(new QPushButton(page.get()), new QPushButton(page.get()));
        }
        auto sawCancel = std::make_shared<std::atomic_bool>(false);
        auto finishedWork = std::make_shared<std::atomic_bool>(false);
        auto entered = std::make_shared<std::atomic_bool>(false);
        bool delivered = false;
        QVERIFY(runner->start<int>(
            [=](JobControl &control) -> Result<int> {
                entered->store(true);
                const std::atomic_bool never { false };
                waitFor(never, control);
                sawCancel->store(control.cancelled.load());
                finishedWork->store(true);
                return makeError(Error::Code::Cancelled, u"cancelled"_s);
            },
            [&](Result<int>) { delivered = true; }));
        QTRY_VERIFY_WITH_TIMEOUT(entered->load(), 5000);
        QElapsedTimer timer;
        timer.start();
        page.reset();
        QVERIFY(finishedWork->load()); // waited for the job
        QVERIFY(sawCancel->load());
        QVERIFY2(timer.elapsed() < 5000, "the job was cancelled, not run to its 20 s bound");
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_MAIN(TestToolJobRunner)
#include "tst_tooljobrunner.moc"

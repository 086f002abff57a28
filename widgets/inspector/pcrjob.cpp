#include "inspector/pcrjob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "eif/pcrcalculator.h"

namespace enclave::ui {

PcrJob::PcrJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<EifMeasurements>>::finished, this, &PcrJob::onFinished);
}

PcrJob::~PcrJob()
{
    if (m_calculator)
        m_calculator->cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void PcrJob::start(const QString &path)
{
    auto reader = EifReader::open(path);
    if (!reader) {
        m_error = reader.error();
        m_running = true;
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            Q_EMIT finished();
        });
        return;
    }
    start(*reader);
}

void PcrJob::start(const EifReader &reader)
{
    m_error = Error { Error::Code::Io, -1, {} };
    m_measurements = {};
    m_reader = reader;
    m_running = true;
    m_calculator = std::make_shared<PcrCalculator>(reader);
    QPointer<PcrJob> self(this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Called on the worker: forward at most every 50 ms (and the final call) to the GUI thread.
    m_calculator->setProgressCallback([self, timer](qint64 done, qint64 total) {
        if (done < total && timer->elapsed() < 50)
            return;
        timer->restart();
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
    });
    auto calculator = m_calculator;
    m_watcher.setFuture(QtConcurrent::run([calculator] { return calculator->compute(); }));
}

void PcrJob::cancel()
{
    if (m_calculator)
        m_calculator->cancel();
}

Measurements PcrJob::pcrs() const
{
    if (m_measurements.pcr0.isEmpty())
        return {};
    return Measurements::fromEif(m_measurements, m_reader.isSigned(), m_reader.path());
}

void PcrJob::onFinished()
{
    const Result<EifMeasurements> result = m_watcher.result();
    if (result)
        m_measurements = *result;
    else
        m_error = result.error();
    m_running = false;
    Q_EMIT finished();
}

} // namespace enclave::ui

#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QMap>
#include <QObject>

#include "common/error.h"
#include "eif/eifmeasurements.h"
#include "eif/eifreader.h"
#include "measure/measurements.h"

namespace enclave {
class PcrCalculator;
}

namespace enclave::ui {

// Runs core's PcrCalculator on a pool thread (QtConcurrent) so the GUI thread never hashes:
// progress arrives queued and throttled, cancel() stops it promptly, finished() fires once on
// the GUI thread with either measurements() or error() set.
class PcrJob final : public QObject {
    Q_OBJECT
public:
    explicit PcrJob(QObject *parent = nullptr);
    ~PcrJob() override; // cancels and waits: the worker never outlives the job

    void start(const EifReader &reader);
    // Opens the EIF first (header and section walk only: cheap whatever the size).
    void start(const QString &path);
    // True from start() until finished() has been emitted.
    bool isRunning() const { return m_running; }

    const EifMeasurements &measurements() const { return m_measurements; }
    // The measurements as core's PCR set (empty until finished without error).
    Measurements pcrs() const;
    const Error &error() const { return m_error; }
    bool wasCancelled() const { return m_error.code == Error::Code::Cancelled && !m_error.message.isEmpty(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void onFinished();

    std::shared_ptr<PcrCalculator> m_calculator;
    QFutureWatcher<Result<EifMeasurements>> m_watcher;
    EifMeasurements m_measurements;
    EifReader m_reader;
    bool m_running = false;
    Error m_error { Error::Code::Io, -1, {} };
};

} // namespace enclave::ui

#pragma once

#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include "agent/consolelog.h"
#include "agent/enclavestore.h"
#include "agent/simulatedattestationservice.h"

namespace enclave::agent {

// The body of one simulated enclave: a detached helper process
// ("enclave-agent --sim-enclave ID --simulate STATE_DIR") that plays the enclave's serial
// console. In debug mode it writes a boot log derived from the EIF (header, kernel command line,
// section sizes) and then application lines to STATE_DIR/console/ID.log. Its pace and lifetime
// come from STATE_DIR/simulator.yaml:
//   console_interval_ms (200), console_burst (lines per tick, 1), console_lines (0 = no limit),
//   console_line_bytes (pad lines to this size, 0 = natural), enclave_lifetime_s (3600),
//   console_capacity_kib (4096).
// When the application's lines run out or its lifetime ends, it closes the console with
// "enclave exited", marks its record EXITED and exits, like an enclave whose init returned.
class SimulatedEnclave final : public QObject {
    Q_OBJECT
public:
    SimulatedEnclave(const QString &stateDir, const QString &enclaveId, QObject *parent = nullptr);
    // Starts the simulation; false (with a message on stderr) if the record is missing.
    bool start();

Q_SIGNALS:
    void finished();

private:
    void startAttestation(const QJsonObject &record);
    void tick();
    void finish(const QString &reason);
    void writeLine(const QByteArray &line);

    EnclaveStore m_store;
    QString m_id;
    std::optional<ConsoleLog> m_log;
    QTimer m_tick;
    QTimer m_lifetime;
    SimulatedAttestationService m_attestation;
    qint64 m_lines = 0;
    qint64 m_maxLines = 0;
    int m_burst = 1;
    int m_lineBytes = 0;
    double m_clock = 0.0;
};

} // namespace enclave::agent

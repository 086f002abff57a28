#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "agent/simulatedattestationservice.h"
#include "simulatedhost.h"

class QSocketNotifier;

namespace enclave::agent {
class FdChannel;
}

namespace enclave::nitrosim {

// The background process of one simulated enclave ("nitro-cli-sim --enclave-process ID"), the
// counterpart of nitro-cli's per-enclave process. It lives as long as the enclave and serves:
//   - the debug console (debug mode only) on vsock/0_<CID+10000>.sock, the hypervisor's console
//     port as on a real host: a boot log derived from the EIF, then application lines;
//   - the sample application's health check on vsock/CID_5001.sock: "HEALTH_CHECK" -> "OK";
//   - its attestation endpoints (raw on 5005, HTTP on 5006; see SimulatedAttestationService).
// Unlike the real hypervisor it keeps up to 1 MiB of console output produced while no reader
// is attached (so a reader that attaches right after run-enclave still sees the boot), and it
// slows the application down while a reader lags by more than 1 MiB (flow control, like a
// serial console that blocks). Settings from simulator.yaml:
//   console_interval_ms (200), console_burst (lines per tick, 1), console_lines (0 = no limit),
//   console_line_bytes (pad lines to this size, 0 = natural), enclave_lifetime_s (3600),
//   boot_failure (1 = never send the boot heartbeat: run-enclave fails with E36),
//   app_start_timeout_ms (5000: in debug mode the application starts when the first console
//   reader attaches, or after this long).
// When the application's lines run out or its lifetime ends the enclave shuts down: readers
// get EOF, the sockets and the record go away (nitro-cli has no exited state).
class EnclaveProcess final : public QObject {
    Q_OBJECT
public:
    EnclaveProcess(SimulatedHost &host, const QString &enclaveId, QObject *parent = nullptr);
    ~EnclaveProcess() override;
    // Boots (binds the sockets, sends the heartbeat); false with a message on stderr if it cannot.
    bool start();

    static constexpr quint32 kHealthPort = 5001;
    static constexpr qsizetype kBacklogBytes = 1 << 20;
    static constexpr qint64 kReaderLagBytes = 1 << 20;

Q_SIGNALS:
    void finished();

private:
    struct Listener {
        int fd = -1;
        QString path;
        QSocketNotifier *notifier = nullptr;
    };
    bool listen(Listener &l, const QString &path, void (EnclaveProcess::*onAccept)());
    void closeListener(Listener &l);
    void acceptConsole();
    void acceptHealth();
    void tick();
    void shutdown();
    void emitConsole(const QByteArray &bytes);
    void line(const QByteArray &text);
    void computeMeasurements();
    void startApplication();
    void startAttestation(quint32 cid);

    SimulatedHost &m_host;
    QString m_id;
    QJsonObject m_record;
    bool m_debug = false;
    Listener m_console;
    Listener m_health;
    QList<QPointer<agent::FdChannel>> m_readers;
    QByteArray m_backlog;
    agent::SimulatedAttestationService m_attestation;
    QTimer m_tick;
    QTimer m_lifetime;
    qint64 m_lines = 0;
    qint64 m_maxLines = 0;
    int m_burst = 1;
    int m_interval = 200;
    int m_lineBytes = 0;
    double m_clock = 0.0;
    bool m_shuttingDown = false;
};

} // namespace enclave::nitrosim

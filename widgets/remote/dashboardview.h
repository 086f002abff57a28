#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include "agent/agentendpoint.h"
#include "common/closeguard.h"
#include "remote/connectionprofile.h"

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolBar;

namespace enclave::agent {
class AgentClient;
}

namespace enclave::ui {

class ConsoleView;
class EnclaveAttestor;
class EnclaveTableModel;
class LaunchDialog;

// One host's live dashboard: connection state (reconnecting by itself), allocator capacity as
// bars, and the enclave table refreshed every two seconds (enclaves that vanish stay, marked
// exited). Launch, terminate (confirmed), health check, console and measurements act on the
// selected enclave; consoles and measurement views are handed to the main window as tabs.
class DashboardView final : public QWidget, public CloseGuard {
    Q_OBJECT
public:
    // A running job or typed input that closing the tab would lose.
    QStringList pendingLoss() const override;
    static constexpr int PollIntervalMs = 2000;

    explicit DashboardView(const ConnectionProfile &profile, QWidget *parent = nullptr);
    // With an explicit endpoint (tests: an agent under a temporary state directory).
    DashboardView(
        const ConnectionProfile &profile, const agent::AgentEndpoint &endpoint, QWidget *parent = nullptr);
    ~DashboardView() override;

    ConnectionProfile profile() const { return m_profile; }
    agent::AgentClient *client() const { return m_client; }
    EnclaveTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *cpuBar() const { return m_cpuBar; }
    // "Connecting to HOST…" shown instead of the capacity bars until the host reported them.
    QLabel *connectingLabel() const { return m_connecting; }
    QProgressBar *memoryBar() const { return m_memoryBar; }
    QJsonObject hostInfo() const { return m_hostInfo; }
    ConsoleView *consoleFor(const QString &enclaveId) const;
    // Why a production (non-debug) enclave offers no console, in the app's words.
    static QString consoleUnavailableReason();
    EnclaveAttestor *attestor() const { return m_attestor; }

    // Tests and scripted use: skip the terminate confirmation.
    void setConfirmTerminate(bool confirm) { m_confirmTerminate = confirm; }
    QString selectedEnclaveId() const;
    void selectEnclave(const QString &enclaveId);

public Q_SLOTS:
    void connectToAgent();
    void refresh();
    // Opens the (non-modal) launch dialog and returns it.
    LaunchDialog *openLaunchDialog();
    void launchSample();
    void terminateEnclave(const QString &enclaveId = {});
    ConsoleView *openConsole(const QString &enclaveId = {});
    void openHealthCheck(const QString &enclaveId = {});
    void showMeasurements(const QString &enclaveId = {});
    // Live attestation: a fresh document over a new nonce, verified and compared with the image.
    void attestNow(const QString &enclaveId = {});
    void attestAllRunning();
    void openAttestationSettings(const QString &enclaveId = {});
    // The last fetched document in the attestation view, the image's PCRs as expectations.
    void openAttestationDocument(const QString &enclaveId = {});
    // The posture report with the last fetched document, its freshness a check of its own.
    void openPostureReport(const QString &enclaveId = {});

Q_SIGNALS:
    void openViewRequested(QWidget *view, const QString &title);
    void refreshed();
    void launched(const QString &enclaveId);
    void terminated(const QString &enclaveId, bool ok);

private:
    void build();
    void onStateChanged();
    void onListed(const QJsonArray &list);
    void onHostInfo(const QJsonObject &info);
    void updateCapacity();
    void rememberImage(const QString &enclaveId, const QString &eifName);
    QString imageOf(const QString &enclaveId, const QJsonObject &record) const;
    void describeImage(const QString &eifName);
    void showMessage(const QString &text, bool error);
    void updateActions();
    QString settingsKey() const;
    void updateAttestation(const QString &enclaveId);

    ConnectionProfile m_profile;
    agent::AgentEndpoint m_endpoint;
    QString m_endpointError;
    agent::AgentClient *m_client = nullptr;
    EnclaveTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_running = nullptr;
    QWidget *m_capacity = nullptr;
    QLabel *m_connecting = nullptr;
    QPushButton *m_reconnect = nullptr;
    QWidget *m_emptyState = nullptr;
    QProgressBar *m_cpuBar = nullptr;
    QProgressBar *m_memoryBar = nullptr;
    QAction *m_launchAction = nullptr;
    QAction *m_terminateAction = nullptr;
    QAction *m_consoleAction = nullptr;
    QAction *m_healthAction = nullptr;
    QAction *m_measureAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_attestAction = nullptr;
    QAction *m_attestSettingsAction = nullptr;
    QAction *m_postureAction = nullptr;
    EnclaveAttestor *m_attestor = nullptr;
    QTimer m_poll;
    QTimer m_tick;
    bool m_listPending = false;
    bool m_infoPending = false;
    bool m_confirmTerminate = true;
    bool m_listedOnce = false;
    QJsonObject m_hostInfo;
    QHash<QString, QPointer<ConsoleView>> m_consoles;
    QHash<QString, QJsonObject> m_imageMeasurements; // EIF name -> describe-eif "Measurements"
    QSet<QString> m_describing;
};

} // namespace enclave::ui

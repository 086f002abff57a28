#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace enclave::agent {
class AgentClient;
}

namespace enclave::ui {

// Checks that an enclave application answers over vsock: the agent connects to (CID, port),
// sends the request bytes and waits for the expected reply; the dialog shows OK and the
// round-trip latency, or why it failed.
class HealthCheckDialog final : public QDialog {
    Q_OBJECT
public:
    HealthCheckDialog(agent::AgentClient *client, quint32 cid, QWidget *parent = nullptr);

    // C-style escapes in the request/expect fields: \n \r \t \\ \0 \xHH.
    static QByteArray unescape(const QString &text);

    QLineEdit *requestEdit() const { return m_request; }
    QLineEdit *expectEdit() const { return m_expect; }
    QSpinBox *portSpin() const { return m_port; }
    QLabel *resultLabel() const { return m_result; }

    // Shows an outcome (what run() does with the agent's answer): the dialog grows to fit it.
    void showResult(bool ok, double latencyMs, const QString &error);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void checked(bool ok, double latencyMs, const QString &error);

private:
    QPointer<agent::AgentClient> m_client;
    QSpinBox *m_cid = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_request = nullptr;
    QLineEdit *m_expect = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace enclave::ui

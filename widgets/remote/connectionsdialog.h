#pragma once

#include <QDialog>
#include <QList>

#include "remote/connectionprofile.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace enclave::agent {
class AgentClient;
class AgentInstaller;
}

namespace enclave::ui {

// Saved connections: the built-in Local simulator plus SSH profiles (host with the aliases of
// ~/.ssh/config offered, user, port, identity file, jump host, extra -o options, agent command).
// No password field exists: ssh runs in batch mode with strict host key checking.
// Test Connection says hello to the host's agent; a host without the agent (or with another
// version) gets Install Agent, which copies the static agent over the same SSH login
// (AgentInstaller) and then connects.
class ConnectionsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionsDialog(QWidget *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    ConnectionProfile currentProfile() const;
    QListWidget *list() const { return m_list; }
    QLabel *testResult() const { return m_testResult; }

public Q_SLOTS:
    void addProfile();
    void removeProfile();
    void saveCurrent();
    void testConnection();
    void installAgent();

Q_SIGNALS:
    void connectRequested(const enclave::ui::ConnectionProfile &profile);
    void agentInstalled(const QString &message);

private:
    void reloadList(const QString &selectId = {});
    void showProfile(int row);
    ConnectionProfile formProfile() const;
    void validateForm();
    static QString installOffer(const QString &host);

    QList<ConnectionProfile> m_profiles;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_host = nullptr;
    QLineEdit *m_user = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_jump = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QLineEdit *m_agentCommand = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_simulatorNote = nullptr;
    QWidget *m_form = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_install = nullptr;
    QLabel *m_testResult = nullptr;
    agent::AgentClient *m_probe = nullptr;
    agent::AgentInstaller *m_installer = nullptr;
};

} // namespace enclave::ui

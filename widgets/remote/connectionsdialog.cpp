#include "remote/connectionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "agent/agentbinaries.h"
#include "agent/agentclient.h"
#include "agent/agentinstaller.h"
#include "remote/connectionerrorhint.h"
#include "remote/connectionprofilestore.h"
#include "remote/localsimulator.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

ConnectionsDialog::ConnectionsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connections"));
    m_profiles = ConnectionProfileStore::load();

    m_list = new QListWidget(this);
    m_list->setMinimumWidth(200);
    auto *add = new QPushButton(tr("New"), this);
    m_remove = new QPushButton(tr("Delete"), this);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_host = new QComboBox(m_form);
    m_host->setEditable(true);
    m_host->addItems(ConnectionProfileStore::sshConfigHosts());
    m_host->setToolTip(tr("Host name, address or a Host alias of ~/.ssh/config (listed)"));
    m_user = new QLineEdit(m_form);
    m_user->setPlaceholderText(tr("from ~/.ssh/config or your login"));
    m_port = new QSpinBox(m_form);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_identity = new QLineEdit(m_form);
    m_identity->setPlaceholderText(tr("ssh-agent or ~/.ssh/config"));
    auto *browse = new QToolButton(m_form);
    browse->setText(u"…"_s);
    m_jump = new QLineEdit(m_form);
    m_jump->setPlaceholderText(tr("user@bastion (ssh -J)"));
    m_options = new QPlainTextEdit(m_form);
    m_options->setPlaceholderText(
        tr("One KEY=VALUE per line, e.g. ProxyCommand=aws ssm start-session --target %h …"));
    m_options->setMaximumHeight(70);
    m_agentCommand = new QLineEdit(m_form);
    m_agentCommand->setPlaceholderText(
        tr("default: enclave-agent from PATH, else ~/.local/bin/enclave-agent"));
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Identity file:"), identityRow);
    form->addRow(tr("Jump host:"), m_jump);
    form->addRow(tr("SSH options:"), m_options);
    form->addRow(tr("Agent command:"), m_agentCommand);
    auto *prerequisites = new QLabel(
        tr("Before the first connection: the host key must already be in your known_hosts file (run "
           "\"ssh HOST\" once in a terminal and compare the fingerprint), and the remote user must be in "
           "group ne to run nitro-cli (sudo usermod -aG ne USER, then log in again)."),
        m_form);
    prerequisites->setWordWrap(true);
    form->addRow(prerequisites);
    m_test = new QPushButton(tr("Test Connection"), m_form);
    m_test->setObjectName(u"testConnection"_s);
    m_install = new QPushButton(tr("Install Agent"), m_form);
    m_install->setObjectName(u"installAgent"_s);
    m_install->setVisible(false);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_install);
    testRow->addStretch(1);
    form->addRow(testRow);
    m_testResult = new QLabel(m_form);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_testResult);

    m_simulatorNote = new QLabel(this);
    m_simulatorNote->setWordWrap(true);
    m_simulatorNote->setText(
        tr("The Local simulator runs enclave-agent on this computer with simulated enclaves "
           "(no AWS, no SSH). State: %1. Agent: %2.")
            .arg(LocalSimulator::stateDir(),
                LocalSimulator::agentProgram().isEmpty() ? tr("not found") : LocalSimulator::agentProgram()));
    auto *security = new QLabel(
        tr("Passwords are never asked for or stored: ssh uses your keys and ssh-agent in batch mode. "
           "Host keys are checked strictly; an unknown or changed key is refused, never accepted for you."),
        this);
    security->setWordWrap(true);
    security->setStyleSheet(u"color: palette(mid);"_s);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(m_remove);
    left->addLayout(leftButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_simulatorNote);
    right->addWidget(m_form);
    right->addWidget(m_problem);
    right->addStretch(1);
    right->addWidget(security);
    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::showProfile);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::saveCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const ConnectionProfile p = currentProfile();
        if (!p.isLocalSimulator()) {
            saveCurrent();
            if (auto e = formProfile().endpoint(); !e)
                return;
        }
        Q_EMIT connectRequested(currentProfile());
        accept();
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_install, &QPushButton::clicked, this, &ConnectionsDialog::installAgent);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f
            = QFileDialog::getOpenFileName(this, tr("Identity File"), QDir::homePath() + u"/.ssh"_s);
        if (!f.isEmpty())
            m_identity->setText(f);
    });
    for (QLineEdit *e : { m_name, m_user, m_identity, m_jump, m_agentCommand })
        connect(e, &QLineEdit::textChanged, this, &ConnectionsDialog::validateForm);
    connect(m_host, &QComboBox::editTextChanged, this, &ConnectionsDialog::validateForm);
    connect(m_options, &QPlainTextEdit::textChanged, this, &ConnectionsDialog::validateForm);
    reloadList();
}

void ConnectionsDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_list->addItem(m_profiles.at(i).displayName());
        if (m_profiles.at(i).id == selectId)
            select = i;
    }
    m_list->setCurrentRow(select);
    showProfile(select);
}

void ConnectionsDialog::showProfile(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    const ConnectionProfile &p = m_profiles.at(row);
    const bool sim = p.isLocalSimulator();
    m_simulatorNote->setVisible(sim);
    m_form->setVisible(!sim);
    m_remove->setEnabled(!sim);
    m_save->setEnabled(!sim);
    m_name->setText(p.name);
    m_host->setEditText(p.host);
    m_user->setText(p.user);
    m_port->setValue(p.port);
    m_identity->setText(p.identityFile);
    m_jump->setText(p.jumpHost);
    m_options->setPlainText(p.options.join(u'\n'));
    m_agentCommand->setText(
        agent::AgentEndpoint::isLegacyDefaultCommand(p.agentCommand) ? QString() : p.agentCommand);
    m_testResult->clear();
    m_install->setVisible(false);
    validateForm();
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile p;
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_profiles.size())
        p = m_profiles.at(row);
    if (p.isLocalSimulator())
        return p;
    p.name = m_name->text().trimmed();
    p.host = m_host->currentText().trimmed();
    p.user = m_user->text().trimmed();
    p.port = m_port->value();
    p.identityFile = m_identity->text().trimmed();
    p.jumpHost = m_jump->text().trimmed();
    p.options = m_options->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &o : p.options)
        o = o.trimmed();
    p.agentCommand = m_agentCommand->text().trimmed();
    return p;
}

ConnectionProfile ConnectionsDialog::currentProfile() const
{
    return formProfile();
}

void ConnectionsDialog::validateForm()
{
    const ConnectionProfile p = formProfile();
    if (p.isLocalSimulator()) {
        m_problem->setText(
            LocalSimulator::agentProgram().isEmpty() ? tr("enclave-agent was not found.") : QString());
        m_connect->setEnabled(!LocalSimulator::agentProgram().isEmpty());
        return;
    }
    const auto e = p.endpoint();
    m_problem->setText(e ? QString() : e.error().message);
    m_connect->setEnabled(bool(e));
    m_save->setEnabled(bool(e));
    m_test->setEnabled(bool(e));
}

QString ConnectionsDialog::installOffer(const QString &host)
{
    QStringList binaries;
    for (const QString &arch : agent::AgentBinaries::architectures()) {
        const QString path = agent::AgentBinaries::agent(arch);
        if (!path.isEmpty())
            binaries << tr("%1 (%2 KiB, %3)").arg(path).arg(QFileInfo(path).size() / 1024).arg(arch);
    }
    if (binaries.isEmpty())
        return tr(
            "No enclave-agent binaries were found next to this application, so the agent cannot be installed "
            "from here.");
    return tr(
        "Install Agent copies the static enclave-agent for the host's architecture (uname -m) over this SSH "
        "connection to ~/.local/bin/enclave-agent on %1, checks its version, then connects. Binaries: %2.")
        .arg(host, binaries.join(u"; "_s));
}

void ConnectionsDialog::testConnection()
{
    const ConnectionProfile profile = formProfile();
    const auto endpoint = profile.endpoint();
    if (!endpoint)
        return;
    delete m_probe;
    m_probe = new agent::AgentClient(this);
    m_probe->setEndpoint(*endpoint);
    m_probe->setReconnectPolicy(0, 0, 0);
    m_install->setVisible(false);
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(profile.host));
    const QString host = profile.host;
    connect(m_probe, &agent::AgentClient::connected, this, [this, host](const QJsonObject &hello) {
        const QJsonObject agentInfo = hello.value(u"agent"_s).toObject();
        const QString version = agentInfo.value(u"version"_s).toString();
        QString build = agentInfo.value(u"build"_s).toString();
        if (build.isEmpty())
            build = agentInfo.value(u"buildId"_s).toString();
        const QString local = agent::AgentBinaries::versionLine(agent::AgentBinaries::hostArchitecture());
        const bool outdated = version != QStringLiteral(ENCLAVE_VERSION)
            || (!build.isEmpty() && !local.isEmpty() && !local.contains(build));
        QString text
            = tr("Connected: enclave-agent %1 on %2 (%3 backend).")
                  .arg(version, hello.value(u"hostname"_s).toString(), hello.value(u"backend"_s).toString());
        if (outdated)
            text += u' '
                + tr("It differs from this application's agent (%1).")
                      .arg(local.isEmpty() ? QStringLiteral(ENCLAVE_VERSION) : local)
                + u' ' + installOffer(host);
        m_testResult->setStyleSheet(outdated ? u"color: #b9770e;"_s : u"color: #1e8449;"_s);
        m_testResult->setText(text);
        m_install->setText(tr("Update Agent"));
        m_install->setVisible(outdated);
        m_test->setEnabled(true);
        m_probe->disconnectFromAgent();
    });
    connect(m_probe, &agent::AgentClient::errorOccurred, this, [this, host](const QString &reason) {
        m_test->setEnabled(true);
        m_testResult->setStyleSheet(u"color: #c0392b;"_s);
        if (m_probe->agentMissing()) {
            m_testResult->setText(
                tr("enclave-agent is not installed on %1.").arg(host) + u' ' + installOffer(host));
            m_install->setText(tr("Install Agent"));
            m_install->setVisible(true);
            return;
        }
        // ssh's own words first (unreachable host, refused key), then what to do about them.
        const QString hint = ConnectionErrorHint::explain(reason, host);
        m_testResult->setText(hint.isEmpty() ? reason : reason + u"\n"_s + hint);
    });
    m_probe->connectToAgent();
}

void ConnectionsDialog::installAgent()
{
    const ConnectionProfile profile = formProfile();
    const auto endpoint = profile.endpoint();
    if (!endpoint)
        return;
    if (!m_installer) {
        m_installer = new agent::AgentInstaller(this);
        connect(m_installer, &agent::AgentInstaller::progress, m_testResult, &QLabel::setText);
        connect(m_installer, &agent::AgentInstaller::finished, this,
            [this](const agent::AgentInstaller::Outcome &out) {
                m_install->setEnabled(true);
                m_test->setEnabled(true);
                if (!out.ok) {
                    m_testResult->setStyleSheet(u"color: #c0392b;"_s);
                    m_testResult->setText(
                        tr("Installing the agent failed at step \"%1\": %2").arg(out.step, out.message));
                    return;
                }
                m_testResult->setStyleSheet(u"color: #1e8449;"_s);
                m_testResult->setText(out.message);
                m_install->setVisible(false);
                Q_EMIT agentInstalled(out.message);
                // Installed: connect as the user asked.
                saveCurrent();
                Q_EMIT connectRequested(currentProfile());
                accept();
            });
    }
    m_install->setEnabled(false);
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_installer->start(*endpoint, agent::AgentInstaller::Options {});
}

void ConnectionsDialog::addProfile()
{
    ConnectionProfile p;
    p.id = ConnectionProfileStore::newId();
    p.name = tr("New connection");
    m_profiles.append(p);
    reloadList(p.id);
    m_host->setFocus();
}

void ConnectionsDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row <= 0 || row >= m_profiles.size() || m_profiles.at(row).isLocalSimulator())
        return;
    m_profiles.removeAt(row);
    ConnectionProfileStore::save(m_profiles);
    reloadList();
}

void ConnectionsDialog::saveCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size() || m_profiles.at(row).isLocalSimulator())
        return;
    ConnectionProfile p = formProfile();
    if (p.name.isEmpty())
        p.name = p.user.isEmpty() ? p.host : p.user + u'@' + p.host;
    m_profiles[row] = p;
    ConnectionProfileStore::save(m_profiles);
    const QSignalBlocker block(m_list);
    m_list->item(row)->setText(p.displayName());
}

} // namespace enclave::ui

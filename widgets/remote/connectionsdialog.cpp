#include "remote/connectionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

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
    m_agentCommand->setText(p.agentCommand);
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

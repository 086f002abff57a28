#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "remote/connectionprofile.h"
#include "remote/connectionprofilestore.h"
#include "remote/connectionsdialog.h"
#include "remote/localsimulator.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestConnectionProfile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sshEndpoint();
    void refusedFields_data();
    void refusedFields();
    void storeRoundTrip();
    void sshConfigHosts();
    void localSimulator();
    void dialogSavesProfile();

private:
    QTemporaryDir m_dir;
};

void TestConnectionProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Hermetic settings and data: nothing of the user's is read or written.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path() + u"/config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path() + u"/data"_s));
    QCoreApplication::setOrganizationName(u"EnclaveStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_connectionprofile"_s);
}

void TestConnectionProfile::init()
{
    QSettings().clear();
}

void TestConnectionProfile::sshEndpoint()
{
    ConnectionProfile p;
    p.host = u"parent.example.com"_s;
    p.user = u"ec2-user"_s;
    p.port = 2222;
    p.identityFile = u"/home/me/.ssh/id_ed25519"_s;
    p.jumpHost = u"me@bastion"_s;
    p.options = { u"ConnectTimeout=5"_s, u"  "_s };
    const auto e = p.endpoint();
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    const QStringList args = *e->arguments();
    // Strict host keys and batch mode always, ahead of the user's options.
    QVERIFY(args.indexOf(u"StrictHostKeyChecking=yes"_s) >= 0);
    QVERIFY(args.indexOf(u"BatchMode=yes"_s) >= 0);
    QVERIFY(args.indexOf(u"StrictHostKeyChecking=yes"_s) < args.indexOf(u"ConnectTimeout=5"_s));
    QCOMPARE(args.at(args.indexOf(u"-p"_s) + 1), u"2222"_s);
    QCOMPARE(args.at(args.indexOf(u"-i"_s) + 1), u"/home/me/.ssh/id_ed25519"_s);
    QCOMPARE(args.at(args.indexOf(u"-J"_s) + 1), u"me@bastion"_s);
    QCOMPARE(args.at(args.size() - 2), u"ec2-user@parent.example.com"_s);
    // The fixed remote command: no user text in it.
    QCOMPARE(args.last(), enclave::agent::AgentEndpoint::defaultAgentCommand());
    QVERIFY(args.last().contains(u"$HOME/.local/bin/enclave-agent"_s));
    QVERIFY(args.last().contains(u"exit 120"_s));
    // A profile saved with the old default gets the fixed command; its own command is kept.
    p.agentCommand = u"enclave-agent --stdio"_s;
    QCOMPARE(p.endpoint()->arguments()->last(), enclave::agent::AgentEndpoint::defaultAgentCommand());
    p.agentCommand = u"/opt/agent/enclave-agent --stdio --image-dir /data"_s;
    QCOMPARE(p.endpoint()->arguments()->last(), p.agentCommand);
    QCOMPARE(p.displayName(), u"ec2-user@parent.example.com"_s);
}

void TestConnectionProfile::refusedFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("host as option") << u"host"_s << u"-oProxyCommand=sh"_s;
    QTest::newRow("host with space") << u"host"_s << u"a b"_s;
    QTest::newRow("user with @") << u"user"_s << u"a@b"_s;
    QTest::newRow("user as option") << u"user"_s << u"-x"_s;
    QTest::newRow("identity as option") << u"identity"_s << u"-oX=y"_s;
    QTest::newRow("jump as option") << u"jump"_s << u"-oX=y"_s;
    QTest::newRow("option not KEY=VALUE") << u"option"_s << u"-F/etc/passwd"_s;
    QTest::newRow("option with newline") << u"option"_s << u"A=b\nC=d"_s;
    QTest::newRow("empty host") << u"host"_s << QString();
}

void TestConnectionProfile::refusedFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ConnectionProfile p;
    p.host = u"parent"_s;
    if (field == u"host")
        p.host = value;
    else if (field == u"user")
        p.user = value;
    else if (field == u"identity")
        p.identityFile = value;
    else if (field == u"jump")
        p.jumpHost = value;
    else
        p.options = { value };
    QVERIFY(!p.endpoint());
}

void TestConnectionProfile::storeRoundTrip()
{
    QList<ConnectionProfile> profiles = ConnectionProfileStore::load();
    QCOMPARE(profiles.size(), 1);
    QVERIFY(profiles.first().isLocalSimulator());
    ConnectionProfile p;
    p.id = ConnectionProfileStore::newId();
    p.name = u"prod parent"_s;
    p.host = u"prod"_s;
    p.user = u"ops"_s;
    p.port = 22;
    p.identityFile = u"/keys/ops"_s;
    p.jumpHost = u"bastion"_s;
    p.options = { u"ConnectTimeout=5"_s };
    profiles.append(p);
    ConnectionProfileStore::save(profiles);
    const QList<ConnectionProfile> again = ConnectionProfileStore::load();
    QCOMPARE(again.size(), 2);
    QVERIFY(again.first().isLocalSimulator());
    const ConnectionProfile q = ConnectionProfileStore::find(p.id);
    QCOMPARE(q.name, p.name);
    QCOMPARE(q.host, p.host);
    QCOMPARE(q.user, p.user);
    QCOMPARE(q.port, p.port);
    QCOMPARE(q.identityFile, p.identityFile);
    QCOMPARE(q.jumpHost, p.jumpHost);
    QCOMPARE(q.options, p.options);
    // Nothing resembling a secret is in the settings file.
    QSettings s;
    QFile f(s.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll().toLower();
    QVERIFY(!text.contains("password"));
    QVERIFY(!text.contains("passphrase"));
}

void TestConnectionProfile::sshConfigHosts()
{
    const QString path = m_dir.path() + u"/ssh_config"_s;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# comment\nHost parent-1 parent-2\n  HostName 10.0.0.1\nhost=bastion\nHost *.internal !skip ?x\n"
            "Match host foo\nHost parent-1\nHOST  gpu-box\n");
    f.close();
    QCOMPARE(ConnectionProfileStore::sshConfigHosts(path),
        (QStringList { u"parent-1"_s, u"parent-2"_s, u"bastion"_s, u"gpu-box"_s }));
    QVERIFY(ConnectionProfileStore::sshConfigHosts(m_dir.path() + u"/missing"_s).isEmpty());
}

void TestConnectionProfile::localSimulator()
{
    qputenv("ENCLAVE_AGENT", ENCLAVE_AGENT_PATH);
    QCOMPARE(
        LocalSimulator::agentProgram(), QFileInfo(QStringLiteral(ENCLAVE_AGENT_PATH)).absoluteFilePath());
    const auto e = ConnectionProfile::localSimulator().endpoint();
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    QCOMPARE(e->kind, enclave::agent::AgentEndpoint::Kind::Local);
    // The real agent with nitro-cli-sim as its nitro-cli.
    qputenv("ENCLAVE_NITRO_CLI_SIM", NITRO_CLI_SIM_PATH);
    const auto sim = ConnectionProfile::localSimulator().endpoint();
    QVERIFY(sim);
    QCOMPARE(sim->localArguments,
        (QStringList { u"--stdio"_s, u"--simulate"_s, LocalSimulator::stateDir(), u"--nitro-cli"_s,
            QFileInfo(QStringLiteral(NITRO_CLI_SIM_PATH)).absoluteFilePath() }));
    qunsetenv("ENCLAVE_NITRO_CLI_SIM");
    // Test mode keeps it out of the user's data (QStandardPaths' test location).
    QVERIFY(LocalSimulator::stateDir().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QVERIFY(LocalSimulator::stateDir().contains(u"qttest"_s));
    QVERIFY(QFile::exists(LocalSimulator::stateDir() + u"/simulator.yaml"_s));
    qunsetenv("ENCLAVE_AGENT");
}

void TestConnectionProfile::dialogSavesProfile()
{
    ConnectionsDialog dialog;
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(dialog.currentProfile().isLocalSimulator());
    dialog.addProfile();
    QCOMPARE(dialog.list()->count(), 2);
    auto *host = dialog.findChild<QComboBox *>();
    QVERIFY(host);
    host->setEditText(u"parent.example.com"_s);
    const auto edits = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        if (e->placeholderText().contains(u"login"_s))
            e->setText(u"ec2-user"_s);
    dialog.saveCurrent();
    const QList<ConnectionProfile> saved = ConnectionProfileStore::load();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(1).host, u"parent.example.com"_s);
    QCOMPARE(saved.at(1).user, u"ec2-user"_s);
    QSignalSpy requested(&dialog, &ConnectionsDialog::connectRequested);
    dialog.removeProfile();
    QCOMPARE(ConnectionProfileStore::load().size(), 1);
}

QTEST_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"

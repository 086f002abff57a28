// End to end: the dashboard, launch dialog, console view and health check against the real
// enclave-agent in simulator mode, through the real AgentClient (a local process, and once
// through a real sshd on 127.0.0.1 with keys generated here and strict host key checking).

#include <csignal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "agent/agentclient.h"
#include "agent/processprobe.h"
#include "measure/measurementsloader.h"
#include "remote/consoleview.h"
#include "remote/dashboardview.h"
#include "remote/enclavemeasurementsview.h"
#include "remote/enclavetablemodel.h"
#include "remote/healthcheckdialog.h"
#include "remote/launchdialog.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kEif = u"unsigned_v4.eif"_s;

void prepareState(const QString &dir)
{
    QDir().mkpath(dir + u"/images"_s);
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"), dir + u"/images/"_s + kEif));
    QFile s(dir + u"/simulator.yaml"_s);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("console_interval_ms: 20\nconsole_burst: 1\nenclave_lifetime_s: 120\n");
    QFile a(dir + u"/allocator.yaml"_s);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("memory_mib: 4096\ncpu_count: 4\n");
}

// Stops the simulated enclave processes recorded in a state directory we created (by PID, after
// the probe checked that the PID still runs that enclave).
void stopSimulatedEnclaves(const QString &stateDir)
{
    // nitro-cli-sim's enclave processes, and the agent's console captures.
    for (const QString &file :
        QStringList { stateDir + u"/state.json"_s, stateDir + u"/agent/state.json"_s }) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray list = QJsonDocument::fromJson(f.readAll()).object().value(u"enclaves"_s).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(u"EnclaveID"_s).toString();
            agent::ProcessProbe::terminate(r.value(u"ProcessID"_s).toInteger(), id, 1000);
            agent::ProcessProbe::terminate(r.value(u"CapturePID"_s).toInteger(), id, 1000);
        }
    }
}

// The app lines of a console, as numbers, in the order shown.
QList<int> appLines(const QString &text)
{
    QList<int> out;
    static const QRegularExpression re(u"^app: line (\\d+)$"_s, QRegularExpression::MultilineOption);
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(1).toInt();
    return out;
}
} // namespace

class TestDashboardView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void launchConsoleTerminate();
    void launchErrorIsExplained();
    void healthCheck();
    void reconnectsAndConsoleResumes();
    void endToEndOverSsh();
    void sampleButtonOnEmptySimulator();

private:
    ConnectionProfile profile() const;
    agent::AgentEndpoint localEndpoint() const;
    QString launchThroughDialog(DashboardView &dash, bool debug, int memory = 128);
    bool startSshd();

    QTemporaryDir m_dir;
    QString m_state;
    QList<QWidget *> m_views;
    QProcess m_sshd;
    quint16 m_sshPort = 0;
};

void TestDashboardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ENCLAVE_AGENT_PATH)));
}

void TestDashboardView::init()
{
    static int n = 0;
    m_state = m_dir.path() + u"/sim%1"_s.arg(++n);
    prepareState(m_state);
}

void TestDashboardView::cleanup()
{
    qDeleteAll(m_views);
    m_views.clear();
    stopSimulatedEnclaves(m_state);
}

void TestDashboardView::cleanupTestCase()
{
    // Our own sshd, by the PID of the process we started.
    if (m_sshd.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_sshd.processId()), SIGTERM);
        if (!m_sshd.waitForFinished(5000)) {
            m_sshd.kill();
            m_sshd.waitForFinished(2000);
        }
    }
}

ConnectionProfile TestDashboardView::profile() const
{
    ConnectionProfile p = ConnectionProfile::localSimulator();
    p.id = u"test-"_s + QFileInfo(m_state).fileName();
    return p;
}

agent::AgentEndpoint TestDashboardView::localEndpoint() const
{
    // What the Local simulator profile runs: the agent with nitro-cli-sim as its nitro-cli.
    return agent::AgentEndpoint::localSimulator(
        m_state, QStringLiteral(ENCLAVE_AGENT_PATH), QStringLiteral(NITRO_CLI_SIM_PATH));
}

QString TestDashboardView::launchThroughDialog(DashboardView &dash, bool debug, int memory)
{
    LaunchDialog *dialog = dash.openLaunchDialog();
    QSignalSpy launched(&dash, &DashboardView::launched);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->imageCombo()->count() == 1, 10000); }();
    dialog->selectImage(kEif);
    dialog->cpuSpin()->setValue(2);
    dialog->memorySpin()->setValue(memory);
    dialog->debugBox()->setChecked(debug);
    dialog->nameEdit()->setText(u"e2e"_s);
    if (!dialog->launchButton()->isEnabled())
        return {};
    QTest::mouseClick(dialog->launchButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return launched.count() == 1; }, 15000))
        return {};
    return launched.at(0).at(0).toString();
}

void TestDashboardView::launchConsoleTerminate()
{
    DashboardView dash(profile(), localEndpoint());
    dash.resize(1200, 600);
    dash.show();
    QSignalSpy views(&dash, &DashboardView::openViewRequested);
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    QVERIFY(dash.stateLabel()->text().contains(u"simulator"_s));
    QTRY_COMPARE_WITH_TIMEOUT(dash.cpuBar()->maximum(), 4, 10000);
    QCOMPARE(dash.cpuBar()->value(), 0);
    QCOMPARE(dash.memoryBar()->maximum(), 4096);

    // Launch -> appears in the table.
    const QString id = launchThroughDialog(dash, true, 256);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dash.model()->rowOf(id) >= 0, 10000);
    const int row = dash.model()->rowOf(id);
    auto cell = [&](int col) { return dash.model()->index(dash.model()->rowOf(id), col).data().toString(); };
    QCOMPARE(cell(EnclaveTableModel::Name), u"e2e"_s);
    QCOMPARE(cell(EnclaveTableModel::State), u"RUNNING"_s);
    QVERIFY(cell(EnclaveTableModel::Cid).toInt() >= 4);
    QCOMPARE(cell(EnclaveTableModel::Cpus), u"2"_s);
    QCOMPARE(cell(EnclaveTableModel::Memory), u"256 MiB"_s);
    QCOMPARE(cell(EnclaveTableModel::Debug), u"debug"_s);
    QVERIFY(dash.model()->isRunning(row));
    // Capacity follows.
    QTRY_COMPARE_WITH_TIMEOUT(dash.cpuBar()->value(), 2, 10000);
    QCOMPARE(dash.memoryBar()->value(), 256);
    QCOMPARE(dash.model()->eifName(row), kEif);

    // Console lines arrive, in order, from boot.
    ConsoleView *console = dash.openConsole(id);
    QVERIFY(console);
    m_views << console;
    QCOMPARE(views.count(), 1);
    QCOMPARE(views.at(0).at(0).value<QWidget *>(), console);
    QVERIFY(views.at(0).at(1).toString().contains(u"e2e"_s));
    QTRY_VERIFY_WITH_TIMEOUT(appLines(console->editor()->toPlainText()).size() >= 30, 15000);
    const QString text = console->editor()->toPlainText();
    QVERIFY(text.startsWith(u"["_s));
    QVERIFY(text.contains(u"Linux version (simulated)"_s));
    QVERIFY(text.indexOf(u"Linux version"_s) < text.indexOf(u"app: line 1\n"_s));
    const QList<int> numbers = appLines(text);
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), i + 1);
    // A second request for the same console focuses the same view.
    QCOMPARE(dash.openConsole(id), console);

    // Measurements one click away, when the agent reports them for the image.
    const QString pcr0 = dash.model()
                             ->index(row, 0)
                             .data(EnclaveTableModel::MeasurementsRole)
                             .toJsonObject()
                             .value(u"PCR0"_s)
                             .toString();
    if (!pcr0.isEmpty()) {
        const auto local = MeasurementsLoader::fromEif(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        QVERIFY(local);
        QCOMPARE(pcr0, QString::fromLatin1(local->value(0).toHex()));
        dash.showMeasurements(id);
        auto *mv = qobject_cast<EnclaveMeasurementsView *>(views.last().at(0).value<QWidget *>());
        QVERIFY(mv);
        m_views << mv;
        QSignalSpy compared(mv, &EnclaveMeasurementsView::compared);
        mv->compareWith(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 15000);
        QCOMPARE(compared.at(0).at(0).toBool(), true);
    } else {
        qWarning("this agent's eif.describe reports no Measurements; measurement view not exercised");
    }

    // Terminate -> marked exited with the time, not dropped; the console says it ended.
    QSignalSpy terminated(&dash, &DashboardView::terminated);
    dash.setConfirmTerminate(false);
    dash.selectEnclave(id);
    QCOMPARE(dash.selectedEnclaveId(), id);
    dash.terminateEnclave();
    QTRY_COMPARE_WITH_TIMEOUT(terminated.count(), 1, 10000);
    QCOMPARE(terminated.at(0).at(1).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!dash.model()->isRunning(dash.model()->rowOf(id)), 10000);
    QVERIFY(cell(EnclaveTableModel::State).startsWith(u"EXITED "_s));
    QCOMPARE(dash.model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(console->isClosed(), 10000);
    QTRY_VERIFY(console->editor()->toPlainText().contains(u"console closed"_s));
    // Nothing lost or repeated up to the end.
    const QList<int> all = appLines(console->editor()->toPlainText());
    QVERIFY(all.size() >= numbers.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), i + 1);
    QTRY_COMPARE_WITH_TIMEOUT(dash.cpuBar()->value(), 0, 10000);
}

void TestDashboardView::launchErrorIsExplained()
{
    DashboardView dash(profile(), localEndpoint());
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    LaunchDialog *dialog = dash.openLaunchDialog();
    QSignalSpy failed(dialog, &LaunchDialog::launchFailed);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->imageCombo()->count() == 1, 10000);
    // More memory than the simulated allocator has: the agent answers E27 (the dialog only warns).
    dialog->memorySpin()->setValue(8192);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->warning().contains(u"E27"_s), 10000); // host.info arrived
    QVERIFY(dialog->launchButton()->isEnabled());
    QTest::mouseClick(dialog->launchButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    const QString message = dialog->messageLabel()->text();
    QVERIFY2(message.startsWith(u"[ E27 ]"_s), qPrintable(message));
    QVERIFY(message.contains(u"What to do:"_s));
    QVERIFY(message.contains(u"memory_mib"_s));
    QVERIFY(dialog->isVisible()); // stays open to fix and retry
    dialog->memorySpin()->setValue(128);
    dialog->cpuSpin()->setValue(3); // odd on the simulator's x86 rule: E29
    QTest::mouseClick(dialog->launchButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000);
    QVERIFY2(
        dialog->messageLabel()->text().startsWith(u"[ E29 ]"_s), qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(dash.model()->rowCount(), 0);
}

void TestDashboardView::healthCheck()
{
    DashboardView dash(profile(), localEndpoint());
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    const QString id = launchThroughDialog(dash, false);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dash.model()->rowOf(id) >= 0, 10000);
    const quint32 cid
        = quint32(dash.model()->record(dash.model()->rowOf(id)).value(u"EnclaveCID"_s).toInteger());

    // The "enclave application": answers "pong\n" to "ping\n" on the simulator's vsock socket.
    QLocalServer server;
    QVERIFY(server.listen(m_state + u"/vsock/%1_5007.sock"_s.arg(cid)));
    connect(&server, &QLocalServer::newConnection, &server, [&server] {
        QLocalSocket *s = server.nextPendingConnection();
        connect(s, &QLocalSocket::readyRead, s, [s] {
            if (s->readAll().contains("ping\n"))
                s->write("pong\n");
        });
    });
    // Not debug mode: no console, and the dashboard says why.
    QVERIFY(!dash.openConsole(id));
    QCOMPARE(dash.messageLabel()->text(), DashboardView::consoleUnavailableReason());
    QVERIFY(!dash.consoleFor(id));
    HealthCheckDialog dialog(dash.client(), cid);
    QSignalSpy checked(&dialog, &HealthCheckDialog::checked);
    dialog.portSpin()->setValue(5007);
    dialog.requestEdit()->setText(u"ping\\n"_s);
    dialog.expectEdit()->setText(u"pong"_s);
    dialog.run();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 10000);
    QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(checked.at(0).at(2).toString()));
    QVERIFY(checked.at(0).at(1).toDouble() >= 0);
    QVERIFY(dialog.resultLabel()->text().startsWith(u"OK"_s));
    // Wrong expectation: not healthy, with the agent's reason.
    dialog.expectEdit()->setText(u"nope"_s);
    dialog.run();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 15000);
    QVERIFY(!checked.at(1).at(0).toBool());
    // Nobody listening on the port.
    dialog.portSpin()->setValue(5008);
    dialog.run();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 3, 10000);
    QVERIFY(!checked.at(2).at(0).toBool());
    QVERIFY(!checked.at(2).at(2).toString().isEmpty());
    // Said in vsock terms, with no path of the parent's file system.
    QVERIFY2(!dialog.resultLabel()->text().contains(m_state), qPrintable(dialog.resultLabel()->text()));
    QVERIFY2(
        !checked.at(2).at(2).toString().contains(u".sock"_s), qPrintable(checked.at(2).at(2).toString()));
    QVERIFY2(!dialog.resultLabel()->text().contains(u".sock"_s), qPrintable(dialog.resultLabel()->text()));
}

void TestDashboardView::reconnectsAndConsoleResumes()
{
    DashboardView dash(profile(), localEndpoint());
    dash.client()->setReconnectPolicy(20, 100, 500);
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    const QString id = launchThroughDialog(dash, true);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dash.model()->rowOf(id) >= 0, 10000);
    ConsoleView *console = dash.openConsole(id);
    m_views << console;
    QTRY_VERIFY_WITH_TIMEOUT(appLines(console->editor()->toPlainText()).size() >= 10, 15000);

    // Kill the agent process we started (by its PID): the dashboard reconnects by itself and the
    // console continues exactly where it stopped.
    const qint64 pid = dash.client()->processId();
    QVERIFY(pid > 0);
    QSignalSpy states(dash.client(), &agent::AgentClient::stateChanged);
    ::kill(pid_t(pid), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(
        dash.stateLabel()->text().contains(u"reconnecting"_s) || states.count() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        dash.client()->state() == agent::AgentClient::State::Connected && dash.client()->processId() != pid,
        15000);
    QVERIFY(dash.stateLabel()->text().contains(u"Connected"_s));
    const int before = int(appLines(console->editor()->toPlainText()).size());
    QTRY_VERIFY_WITH_TIMEOUT(appLines(console->editor()->toPlainText()).size() >= before + 20, 15000);
    const QList<int> all = appLines(console->editor()->toPlainText());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), i + 1);
    QVERIFY(dash.model()->isRunning(dash.model()->rowOf(id)));
}

bool TestDashboardView::startSshd()
{
    if (m_sshd.state() == QProcess::Running)
        return true;
    if (::geteuid() == 0 && !QFile::exists(u"/run/sshd"_s))
        ::mkdir("/run/sshd", 0755);
    const QString d = m_dir.path();
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(u"ssh-keygen"_s, args);
        return p.waitForFinished(20000) && p.exitCode() == 0;
    };
    for (const char *key : { "host_key", "user_key" })
        if (!run({ u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s,
                d + u'/' + QLatin1StringView(key) }))
            return false;
    QFile::copy(d + u"/user_key.pub"_s, d + u"/authorized_keys"_s);
    QFile(d + u"/ssh_config"_s).open(QIODevice::WriteOnly);
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(a);
    ::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof(a));
    ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len);
    m_sshPort = ntohs(a.sin_port);
    ::close(s);
    QFile cfg(d + u"/sshd_config"_s);
    if (!cfg.open(QIODevice::WriteOnly))
        return false;
    cfg.write(
        u"Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\nAuthorizedKeysFile %2/authorized_keys\n"
        "PidFile %2/sshd.pid\nStrictModes no\nPubkeyAuthentication yes\nPasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\nUsePAM no\nPermitRootLogin %3\nLogLevel ERROR\n"_s.arg(m_sshPort)
            .arg(d, ::geteuid() == 0 ? u"yes"_s : u"no"_s)
            .toUtf8());
    cfg.close();
    m_sshd.setStandardErrorFile(d + u"/sshd.log"_s);
    m_sshd.start(u"/usr/sbin/sshd"_s, { u"-D"_s, u"-e"_s, u"-f"_s, cfg.fileName() });
    if (!m_sshd.waitForStarted(5000))
        return false;
    const bool up = QTest::qWaitFor(
        [&] {
            const int c = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in t {};
            t.sin_family = AF_INET;
            t.sin_port = htons(m_sshPort);
            t.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            const bool ok = ::connect(c, reinterpret_cast<sockaddr *>(&t), sizeof(t)) == 0;
            ::close(c);
            return ok || m_sshd.state() != QProcess::Running;
        },
        5000);
    if (!up || m_sshd.state() != QProcess::Running)
        return false;
    QFile kh(d + u"/known_hosts"_s);
    QFile pub(d + u"/host_key.pub"_s);
    if (!kh.open(QIODevice::WriteOnly) || !pub.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> parts = pub.readAll().split(' ');
    kh.write(u"[127.0.0.1]:%1 "_s.arg(m_sshPort).toUtf8() + parts.value(0) + ' ' + parts.value(1) + '\n');
    QFile(d + u"/known_hosts_empty"_s).open(QIODevice::WriteOnly);
    return true;
}

void TestDashboardView::endToEndOverSsh()
{
    for (const char *tool : { "/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen" })
        if (!QFile::exists(QLatin1StringView(tool)))
            QSKIP("OpenSSH client/server not installed (packaging/install-deps.sh installs them)");
    QVERIFY(!m_dir.path().contains(u' '));
    QVERIFY(startSshd());
    ConnectionProfile p;
    p.id = u"ssh-test"_s;
    p.name = u"loopback"_s;
    p.host = u"127.0.0.1"_s;
    p.port = m_sshPort;
    p.identityFile = m_dir.path() + u"/user_key"_s;
    p.agentCommand = QStringLiteral(ENCLAVE_AGENT_PATH " --stdio --simulate ") + m_state
        + QStringLiteral(" --nitro-cli " NITRO_CLI_SIM_PATH);
    auto endpointWith = [&](const QString &knownHosts) {
        p.options = { u"UserKnownHostsFile="_s + m_dir.path() + u'/' + knownHosts, u"IdentitiesOnly=yes"_s,
            u"GlobalKnownHostsFile=/dev/null"_s, u"LogLevel=ERROR"_s };
        auto e = p.endpoint();
        e->configFile = m_dir.path() + u"/ssh_config"_s; // hermetic: not ~/.ssh/config
        return *e;
    };

    // Unknown host key: refused, shown plainly, never accepted.
    {
        DashboardView dash(p, endpointWith(u"known_hosts_empty"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Disconnected
                && dash.stateLabel()->text().contains(u"Not connected"_s),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(dash.findChildren<QLabel *>().size() > 0, 1000);
        bool explained = false;
        for (QLabel *l : dash.findChildren<QLabel *>())
            explained |= l->text().contains(u"Host key verification failed"_s)
                && l->text().contains(u"fingerprint"_s);
        QVERIFY(explained);
        QFile known(m_dir.path() + u"/known_hosts_empty"_s);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().isEmpty()); // nothing was added
    }

    // Known host key: "Connecting to HOST…" instead of empty capacity bars until the host
    // answered, then launch -> table -> console in order -> terminate -> exited.
    DashboardView dash(p, endpointWith(u"known_hosts"_s));
    dash.show();
    if (dash.client()->state() != agent::AgentClient::State::Connected) {
        QVERIFY(dash.connectingLabel()->isVisible());
        QVERIFY2(dash.connectingLabel()->text().startsWith(u"Connecting to loopback"_s),
            qPrintable(dash.connectingLabel()->text()));
        QVERIFY(!dash.cpuBar()->isVisible());
    }
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(dash.cpuBar()->isVisible() && !dash.connectingLabel()->isVisible(), 10000);
    const QString id = launchThroughDialog(dash, true);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dash.model()->rowOf(id) >= 0, 10000);
    ConsoleView *console = dash.openConsole(id);
    m_views << console;
    QTRY_VERIFY_WITH_TIMEOUT(appLines(console->editor()->toPlainText()).size() >= 20, 20000);
    dash.setConfirmTerminate(false);
    dash.terminateEnclave(id);
    QTRY_VERIFY_WITH_TIMEOUT(!dash.model()->isRunning(dash.model()->rowOf(id)), 10000);
    QVERIFY(dash.model()
                ->index(dash.model()->rowOf(id), EnclaveTableModel::State)
                .data()
                .toString()
                .startsWith(u"EXITED"_s));
    QTRY_VERIFY_WITH_TIMEOUT(console->isClosed(), 10000);
    const QList<int> all = appLines(console->editor()->toPlainText());
    QVERIFY(all.size() >= 20);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), i + 1);
}

void TestDashboardView::sampleButtonOnEmptySimulator()
{
    QVERIFY(QFile::copy(m_state + u"/images/"_s + kEif, m_state + u"/images/sample.eif"_s));
    DashboardView dash(profile(), localEndpoint());
    dash.show();
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    QPushButton *sample = nullptr;
    for (QPushButton *b : dash.findChildren<QPushButton *>())
        if (b->text().contains(u"Sample Enclave"_s))
            sample = b;
    QVERIFY(sample);
    QTRY_VERIFY_WITH_TIMEOUT(sample->isVisible(), 10000); // shown while the host has no enclaves
    QSignalSpy launched(&dash, &DashboardView::launched);
    QTest::mouseClick(sample, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 15000);
    const QString id = launched.at(0).at(0).toString();
    QTRY_VERIFY_WITH_TIMEOUT(dash.model()->rowOf(id) >= 0, 10000);
    const QJsonObject rec = dash.model()->record(dash.model()->rowOf(id));
    QCOMPARE(rec.value(u"EnclaveName"_s).toString(), u"sample"_s);
    QCOMPARE(rec.value(u"Flags"_s).toString(), u"DEBUG_MODE"_s);
    QTRY_VERIFY(!sample->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dash.model()->eifName(dash.model()->rowOf(id)), u"sample.eif"_s, 10000);
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"

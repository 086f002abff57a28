#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "agent/agentclient.h"
#include "agent/processprobe.h"
#include "inspector/attestationview.h"
#include "remote/dashboardview.h"
#include "remote/enclaveattestor.h"
#include "remote/enclavetablemodel.h"
#include "remote/launchdialog.h"
#include "tools/posturereportpage.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

// "Is the enclave running now the one I reviewed?" from the dashboard: the real agent and
// simulator, whose enclaves serve attestation documents signed by the state directory's PKI.
class TestDashboardAttestation final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void attestNow_data();
    void attestNow();
    void intervalReattests();
    void postureReportWithTheFreshDocument();

private:
    QString launch(DashboardView &dash, bool debug);

    QTemporaryDir m_dir;
    QString m_state;
    QList<QWidget *> m_views;
};

void TestDashboardAttestation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDashboardAttestation::init()
{
    static int n = 0;
    m_state = m_dir.path() + u"/sim%1"_s.arg(++n);
    QDir().mkpath(m_state + u"/images"_s);
    QVERIFY(QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"), m_state + u"/images/unsigned_v4.eif"_s));
    QFile a(m_state + u"/allocator.yaml"_s);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("memory_mib: 4096\ncpu_count: 4\n");
}

void TestDashboardAttestation::cleanup()
{
    qDeleteAll(m_views);
    m_views.clear();
    QFile f(m_state + u"/state.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(u"enclaves"_s).toArray()) {
        const QJsonObject r = v.toObject();
        agent::ProcessProbe::terminate(
            r.value(u"ProcessID"_s).toInteger(), r.value(u"EnclaveID"_s).toString(), 1000);
        agent::ProcessProbe::terminate(
            r.value(u"CapturePID"_s).toInteger(), r.value(u"EnclaveID"_s).toString(), 1000);
    }
}

QString TestDashboardAttestation::launch(DashboardView &dash, bool debug)
{
    // Through the Launch dialog, as a user does: the dashboard then knows the image, whose
    // attestation endpoint it remembers.
    LaunchDialog *dialog = dash.openLaunchDialog();
    QSignalSpy launched(&dash, &DashboardView::launched);
    if (!QTest::qWaitFor([&] { return dialog->imageCombo()->count() == 1; }, 10000))
        return {};
    dialog->selectImage(u"unsigned_v4.eif"_s);
    dialog->cpuSpin()->setValue(2);
    dialog->memorySpin()->setValue(256);
    dialog->debugBox()->setChecked(debug);
    QTest::mouseClick(dialog->launchButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return launched.count() == 1; }, 15000))
        return {};
    const QString id = launched.at(0).at(0).toString();
    if (!QTest::qWaitFor(
            [&] {
                return dash.model()->rowOf(id) >= 0
                    && !dash.model()->eifName(dash.model()->rowOf(id)).isEmpty();
            },
            15000))
        return {};
    const qint64 cid = dash.model()->record(dash.model()->rowOf(id)).value(u"EnclaveCID"_s).toInteger();
    // The enclave application needs a moment to listen, as a real one needs to boot.
    if (!QTest::qWaitFor([&] { return QFile::exists(m_state + u"/vsock/%1_5006.sock"_s.arg(cid)); }, 15000))
        return {};
    return id;
}

void TestDashboardAttestation::attestNow_data()
{
    QTest::addColumn<bool>("debug");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("severity");
    QTest::newRow("raw, matches") << false << "raw" << 0 << "SIMULATED: verified" << 1;
    QTest::newRow("http, matches") << false << "http" << 0 << "matches image" << 1;
    QTest::newRow("debug mode") << true << "raw" << 0 << "debug mode" << 0;
    QTest::newRow("no endpoint") << false << "raw" << 7777 << "no endpoint" << -1;
}

void TestDashboardAttestation::attestNow()
{
    QFETCH(bool, debug);
    QFETCH(QString, preset);
    QFETCH(int, port);
    QFETCH(QString, expected);
    QFETCH(int, severity);
    AttestationEndpoint endpoint = *AttestationEndpoint::preset(preset);
    if (port)
        endpoint.port = quint32(port);
    EnclaveAttestor::rememberEndpoint(u"unsigned_v4.eif"_s, endpoint);

    ConnectionProfile profile = ConnectionProfile::localSimulator();
    profile.id = u"test-"_s + QFileInfo(m_state).fileName();
    DashboardView dash(profile,
        agent::AgentEndpoint::local(QStringLiteral(ENCLAVE_AGENT_PATH),
            { u"--stdio"_s, u"--simulate"_s, m_state, u"--nitro-cli"_s,
                QStringLiteral(NITRO_CLI_SIM_PATH) }));
    dash.resize(1400, 500);
    dash.show();
    QSignalSpy views(&dash, &DashboardView::openViewRequested);
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    const QString id = launch(dash, debug);
    QVERIFY(!id.isEmpty());
    dash.selectEnclave(id);
    dash.attestNow(id);
    auto cell = [&] {
        return dash.model()->index(dash.model()->rowOf(id), EnclaveTableModel::Attestation).data().toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!cell().isEmpty() && cell() != u"attesting…"_s, 20000);
    QVERIFY2(cell().contains(expected), qPrintable(cell()));
    QCOMPARE(dash.attestor()->severity(id), severity);
    QCOMPARE(dash.attestor()->state(id)->endpoint.toJson(), endpoint.toJson());
    if (const QByteArray shots = qgetenv("ENCLAVE_SHOT_DIR"); !shots.isEmpty())
        dash.grab().save(QString::fromLocal8Bit(shots) + u"/dashboard-attestation-"_s
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',') + u".png"_s);

    // Double-click opens the fetched document, verified against the simulator's root and
    // compared with the image's PCRs.
    const QModelIndex index = dash.model()->index(dash.model()->rowOf(id), EnclaveTableModel::Attestation);
    dash.table()->scrollTo(index);
    const QRect rect = dash.table()->visualRect(index);
    // Qt 6's item views want the press before the double-click, as a real mouse sends it.
    QTest::mouseClick(dash.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(dash.table()->viewport(), Qt::LeftButton, {}, rect.center());
    if (severity == -1) {
        QTRY_VERIFY_WITH_TIMEOUT(cell() != u"attesting…"_s && cell().contains(u"no endpoint"_s), 20000);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(views.count(), 1, 5000);
    auto *view = qobject_cast<AttestationView *>(views.at(0).at(0).value<QWidget *>());
    QVERIFY(view);
    m_views << view;
    QVERIFY2(view->verification().valid, qPrintable(view->verification().firstFailure()));
}

void TestDashboardAttestation::intervalReattests()
{
    EnclaveAttestor::rememberEndpoint(u"unsigned_v4.eif"_s, *AttestationEndpoint::preset(u"raw"_s));
    ConnectionProfile profile = ConnectionProfile::localSimulator();
    profile.id = u"test-"_s + QFileInfo(m_state).fileName();
    DashboardView dash(profile,
        agent::AgentEndpoint::local(QStringLiteral(ENCLAVE_AGENT_PATH),
            { u"--stdio"_s, u"--simulate"_s, m_state, u"--nitro-cli"_s,
                QStringLiteral(NITRO_CLI_SIM_PATH) }));
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    const QString id = launch(dash, false);
    QVERIFY(!id.isEmpty());
    dash.attestor()->setIntervalSeconds(1);
    QTRY_VERIFY_WITH_TIMEOUT(dash.attestor()->state(id) && dash.attestor()->state(id)->result, 15000);
    const QDateTime first = dash.attestor()->state(id)->finishedAt;
    QTRY_VERIFY_WITH_TIMEOUT(dash.attestor()->state(id)->finishedAt > first, 15000);
    QVERIFY(dash.attestor()->state(id)->result->ok());
    dash.attestor()->setIntervalSeconds(0);
}

void TestDashboardAttestation::postureReportWithTheFreshDocument()
{
    EnclaveAttestor::rememberEndpoint(u"unsigned_v4.eif"_s, *AttestationEndpoint::preset(u"raw"_s));
    ConnectionProfile profile = ConnectionProfile::localSimulator();
    profile.id = u"test-"_s + QFileInfo(m_state).fileName();
    DashboardView dash(profile,
        agent::AgentEndpoint::localSimulator(
            m_state, QStringLiteral(ENCLAVE_AGENT_PATH), QStringLiteral(NITRO_CLI_SIM_PATH)));
    QSignalSpy views(&dash, &DashboardView::openViewRequested);
    QTRY_VERIFY_WITH_TIMEOUT(dash.client()->state() == agent::AgentClient::State::Connected, 15000);
    const QString id = launch(dash, false);
    QVERIFY(!id.isEmpty());
    dash.attestNow(id);
    QTRY_VERIFY_WITH_TIMEOUT(dash.attestor()->state(id) && dash.attestor()->state(id)->result, 20000);
    dash.openPostureReport(id);
    QTRY_COMPARE_WITH_TIMEOUT(views.count(), 1, 5000);
    auto *page = qobject_cast<PostureReportPage *>(views.at(0).at(0).value<QWidget *>());
    QVERIFY(page);
    m_views << page;
    // The local simulator's image is on this machine: the report runs at once.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && !page->markdown().isEmpty(), 30000);
    QVERIFY2(page->markdown().contains(u"Attestation freshness"_s), qPrintable(page->markdown()));
    QVERIFY2(page->markdown().contains(u"the document carries the 32-byte nonce this fetch sent"_s),
        qPrintable(page->markdown()));
}

QTEST_MAIN(TestDashboardAttestation)
#include "tst_dashboardattestation.moc"

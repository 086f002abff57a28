// Not a test: puts the real main window with the operators' views on screen for README
// screenshots (taken from outside with `import -window root` under Xvfb). It uses a private
// simulator state directory, launches a few enclaves through the dashboard (one terminated, to
// show an exited row), opens a console and then shows the tab named by --show for --hold-ms.
//
//   xvfb-run -a -s "-screen 0 1400x900x24" shot_operators --show dashboard --hold-ms 20000 &
//   sleep 12; DISPLAY=... import -window root dashboard.png

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include "agent/agentclient.h"
#include "agent/processprobe.h"
#include "consoleview.h"
#include "dashboardview.h"
#include "enclavetablemodel.h"
#include "mainwindow.h"
#include "operatoractions.h"
#include "theme.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    // A first start with a fresh profile: settings and the simulator's state live in the temp dir.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + u"/config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + u"/data"_s));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"EnclaveStudio"_s);
    QApplication::setApplicationName(u"enclave-studio"_s);
    QApplication::setApplicationDisplayName(u"Enclave Studio"_s);
    QCommandLineParser parser;
    const QCommandLineOption show(u"show"_s, u"dashboard or console"_s, u"TAB"_s, u"dashboard"_s);
    const QCommandLineOption hold(u"hold-ms"_s, u"how long to stay up"_s, u"MS"_s, u"20000"_s);
    const QCommandLineOption dark(u"dark"_s, u"dark theme"_s);
    parser.addOptions({show, hold, dark});
    parser.process(app);
    Theme::apply(parser.isSet(dark) ? Theme::Mode::Dark : Theme::Mode::Light);

    MainWindow window;
    window.resize(1380, 860);
    OperatorActions *ops = OperatorActions::install(&window);
    window.show();
    window.openFile(MainWindow::sampleEifPath());
    DashboardView *dash = ops->openDashboard(ConnectionProfile::localSimulator());
    auto *client = dash->client();

    auto run = [client](const QJsonObject &params, std::function<void(QString)> then) {
        client->runEnclave(params, [then](const enclave::agent::RpcResult<QJsonValue> &r) {
            then(r ? r->toObject().value(u"EnclaveID"_s).toString() : QString());
        });
    };
    QObject::connect(client, &enclave::agent::AgentClient::connected, &window, [&] {
        run(QJsonObject{{u"eifPath"_s, u"sample.eif"_s}, {u"cpuCount"_s, 2}, {u"memoryMiB"_s, 512}, {u"debugMode"_s, true},
                        {u"enclaveName"_s, u"payments-api"_s}},
            [&](const QString &first) {
                run(QJsonObject{{u"eifPath"_s, u"sample.eif"_s}, {u"cpuCount"_s, 2}, {u"memoryMiB"_s, 1024},
                                {u"enclaveName"_s, u"batch-job"_s}},
                    [&, first](const QString &second) {
                        dash->setConfirmTerminate(false);
                        QTimer::singleShot(3000, dash, [dash, second] { dash->terminateEnclave(second); });
                        run(QJsonObject{{u"eifPath"_s, u"sample.eif"_s}, {u"cpuCount"_s, 2}, {u"memoryMiB"_s, 768},
                                        {u"debugMode"_s, false}, {u"enclaveName"_s, u"kms-signer"_s}},
                            [&, first](const QString &) {
                                dash->refresh();
                                QTimer::singleShot(1500, dash, [&, first] {
                                    ConsoleView *console = dash->openConsole(first);
                                    if (parser.value(show) != u"console"_s)
                                        window.tabs()->setCurrentWidget(dash);
                                    else if (console)
                                        window.tabs()->setCurrentWidget(console);
                                    dash->selectEnclave(first);
                                });
                            });
                    });
            });
    });
    QTimer::singleShot(parser.value(hold).toInt(), &app, [&] {
        // Stop the simulated enclaves we launched (by PID, checked against their IDs).
        QFile f(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/simulator/state.json"_s);
        if (f.open(QIODevice::ReadOnly))
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(u"enclaves"_s).toArray())
                enclave::agent::ProcessProbe::terminate(v.toObject().value(u"ProcessID"_s).toInteger(),
                                                         v.toObject().value(u"EnclaveID"_s).toString(), 1000);
        app.quit();
    });
    return QApplication::exec();
}

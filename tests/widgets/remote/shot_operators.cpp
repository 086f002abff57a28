// Not a test: puts the real main window with the operators' views on screen for README
// screenshots (taken from outside with `import -window root` under Xvfb). It uses a private
// simulator state directory, launches a few enclaves through the dashboard (one terminated, to
// show an exited row), opens a console and then shows the tab named by --show for --hold-ms.
//
//   xvfb-run -a -s "-screen 0 1400x900x24" shot_operators --show dashboard --hold-ms 20000 &
//   sleep 12; DISPLAY=... import -window root dashboard.png

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include "agent/agentclient.h"
#include "agent/processprobe.h"
#include "remote/consoleview.h"
#include "remote/dashboardview.h"
#include "remote/enclavetablemodel.h"
#include "remote/launchdialog.h"
#include "shell/mainwindow.h"
#include "remote/operatoractions.h"
#include "shell/theme.h"
#include "studiofeatures.h"

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
    parser.addOptions({ show, hold, dark });
    parser.process(app);
    Theme::apply(parser.isSet(dark) ? Theme::Mode::Dark : Theme::Mode::Light);

    MainWindow window;

    installDocumentFeatures(window);
    window.resize(1380, 860);
    OperatorActions *ops = OperatorActions::install(&window);
    window.show();
    window.openFile(MainWindow::sampleEifPath());
    DashboardView *dash = ops->openDashboard(ConnectionProfile::localSimulator());
    auto *client = dash->client();

    // Launches go through the Launch dialog, as an operator's do.
    auto launch = [dash](const QString &name, int memory, bool debug, std::function<void(QString)> then) {
        LaunchDialog *dialog = dash->openLaunchDialog();
        QObject::connect(
            dialog, &LaunchDialog::imagesLoaded, dialog,
            [dialog, name, memory, debug, then] {
                dialog->selectImage(u"sample.eif"_s);
                dialog->cpuSpin()->setValue(2);
                dialog->memorySpin()->setValue(memory);
                dialog->debugBox()->setChecked(debug);
                dialog->nameEdit()->setText(name);
                QObject::connect(
                    dialog, &LaunchDialog::launched, dialog, [then](const QJsonObject &r, const QString &) {
                        then(r.value(u"EnclaveID"_s).toString());
                    });
                dialog->launch();
            },
            Qt::SingleShotConnection);
    };
    QObject::connect(client, &enclave::agent::AgentClient::connected, &window, [&] {
        launch(u"payments-api"_s, 512, true, [&](const QString &first) {
            launch(u"batch-job"_s, 1024, false, [&, first](const QString &second) {
                dash->setConfirmTerminate(false);
                QTimer::singleShot(2500, dash, [&, first, second] {
                    dash->terminateEnclave(second);
                    QTimer::singleShot(1000, dash, [&, first] {
                        launch(u"kms-signer"_s, 768, false, [&, first](const QString &) {
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
        });
    });
    QTimer::singleShot(parser.value(hold).toInt(), &app, [&] {
        // Stop the simulated enclaves we launched (by PID, checked against their IDs).
        QFile f(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + u"/simulator/state.json"_s);
        if (f.open(QIODevice::ReadOnly))
            for (const QJsonValue &v :
                QJsonDocument::fromJson(f.readAll()).object().value(u"enclaves"_s).toArray())
                enclave::agent::ProcessProbe::terminate(v.toObject().value(u"ProcessID"_s).toInteger(),
                    v.toObject().value(u"EnclaveID"_s).toString(), 1000);
        app.quit();
    });
    return QApplication::exec();
}

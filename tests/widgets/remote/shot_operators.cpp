// Not a test: puts the real main window on screen for the README screenshots. It uses a private
// profile and simulator state directory, launches a few enclaves through the dashboard (one
// terminated, to show an exited row) and opens a console. Then either:
//
//   --out DIR: takes every README screenshot itself (the X screen, dialogs included) into DIR:
//     dashboard, console, EIF view, Contents with a filter, attestation view (dark), Compare with
//     a file diff, posture report (and the start page when the shell has one), then quits.
//       xvfb-run -a -s "-screen 0 1400x900x24" shot_operators --out resources/screenshots
//   or shows the tab named by --show for --hold-ms, to be taken from outside:
//       xvfb-run -a -s "-screen 0 1400x900x24" shot_operators --show dashboard --hold-ms 20000 &
//       sleep 12; DISPLAY=... import -window root dashboard.png
//
// Files are copied into the private directory first and the status bar shows file names only, so
// no path of the machine that took the picture appears in it.

#include <functional>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include "agent/agentclient.h"
#include "agent/processprobe.h"
#include "compare/compareview.h"
#include "compare/eifdiffmodel.h"
#include "compare/fileversionsview.h"
#include "cpio/cpiowriter.h"
#include "eif/eifwriter.h"
#include "inspector/documentview.h"
#include "inspector/eifview.h"
#include "inspector/ramdiskcontentsview.h"
#include "remote/consoleview.h"
#include "remote/dashboardview.h"
#include "remote/enclavetablemodel.h"
#include "remote/launchdialog.h"
#include "remote/operatoractions.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "studiofeatures.h"
#include "tools/posturereportpage.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {

// Two images of one application that differ in a config file, a binary and the build time: what
// "why did my PCRs change" looks like.
bool writeDemoEif(const QString &path, bool changed)
{
    enclave::CpioWriter app;
    app.addDirectory(u"rootfs"_s, 0755);
    app.addDirectory(u"rootfs/etc"_s, 0755);
    app.addFile(u"rootfs/etc/app.conf"_s,
        changed ? QByteArray("listen=0.0.0.0:8443\nlog_level=debug\nkms_region=eu-west-1\nmax_sessions=64\n")
                : QByteArray("listen=0.0.0.0:8443\nlog_level=info\nkms_region=eu-west-1\n"),
        0644);
    QByteArray binary(6000, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 37) & 0xff);
    if (changed)
        binary.replace(0x230, 4, "\x90\x90\x90\x90");
    app.addFile(u"rootfs/usr/bin/payments-api"_s, binary, 0755);
    app.addFile(u"rootfs/etc/hosts"_s, QByteArray("127.0.0.1 localhost\n"), 0644);
    enclave::CpioWriter boot;
    boot.addFile(u"init"_s, QByteArray("#!/bin/sh\nexec /rootfs/usr/bin/payments-api\n"), 0755);
    enclave::EifWriter w;
    w.setKernel(QByteArray(4096, 'K') + "HdrS");
    w.setCmdline("reboot=k panic=30 pci=off nomodules console=ttyS0");
    w.setMetadata(changed
            ? R"({"ImageName":"payments-api","ImageVersion":"1.4.1","BuildMetadata":{"BuildTime":"2026-11-30T10:12:00+00:00"},"DockerInfo":null,"CustomMetadata":null})"
            : R"({"ImageName":"payments-api","ImageVersion":"1.4.0","BuildMetadata":{"BuildTime":"2026-11-02T08:00:00+00:00"},"DockerInfo":null,"CustomMetadata":null})");
    w.addRamdisk(boot.finish());
    w.addRamdisk(app.finish());
    return w.write(path).has_value();
}

QModelIndex findFile(QAbstractItemModel *model, const QString &path)
{
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int i = 0; i < model->rowCount(section); ++i) {
            if (model->index(i, 0, section).data(EifDiffModel::PathRole).toString() == path)
                return model->index(i, 0, section);
        }
    }
    return {};
}

// Runs steps one after the other; each calls next() when its view is ready (or a deadline passed).
class Sequence final {
public:
    using Step = std::function<void(std::function<void()> next)>;
    void add(Step step) { m_steps.append(std::move(step)); }
    void run(std::function<void()> done)
    {
        if (m_steps.isEmpty()) {
            done();
            return;
        }
        Step step = m_steps.takeFirst();
        step([this, done] { QTimer::singleShot(300, qApp, [this, done] { run(done); }); });
    }

private:
    QList<Step> m_steps;
};

} // namespace

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
    const QCommandLineOption out(u"out"_s, u"take every README screenshot into DIR and quit"_s, u"DIR"_s);
    parser.addOptions({ show, hold, dark, out });
    parser.process(app);
    Theme::apply(parser.isSet(dark) ? Theme::Mode::Dark : Theme::Mode::Light);

    MainWindow window;

    installDocumentFeatures(window);
    window.resize(1380, 860);
    window.move(10, 10);
    window.show();
    // Our own copies, so that the pictures show file names in a private directory.
    const QString demo = home.path() + u"/demo"_s;
    QDir().mkpath(demo);
    QFile::copy(MainWindow::sampleEifPath(), demo + u"/sample.eif"_s);
    QFile::copy(QStringLiteral(TEST_DATA_DIR "/attestation/evervault-certsan-prod-2023-01-18.cbor"),
        demo + u"/attestation.cbor"_s);
    writeDemoEif(demo + u"/payments-api-1.4.0.eif"_s, false);
    writeDemoEif(demo + u"/payments-api-1.4.1.eif"_s, true);
    QDir::setCurrent(demo);
    const auto fileNamesOnly = [&window] {
        if (DocumentView *doc = window.currentDocument())
            window.statusBar()->showMessage(QFileInfo(doc->filePath()).fileName());
        else
            window.statusBar()->clearMessage();
    };
    QObject::connect(
        window.tabs(), &QTabWidget::currentChanged, &window, fileNamesOnly, Qt::QueuedConnection);
    const QString outDir = parser.value(out);
    std::function<void()> quitCleanly;
    Sequence shots;
    const auto shoot = [outDir, &window, fileNamesOnly](const QString &name) {
        fileNamesOnly();
        QCoreApplication::processEvents();
        window.repaint();
        const QRect frame = window.frameGeometry();
        QGuiApplication::primaryScreen()
            ->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            .save(outDir + u'/' + name + u".png"_s);
    };
    // The start page: what a new user sees before opening anything.
    if (!outDir.isEmpty()) {
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        shoot(u"start-page"_s);
    }
    // The Remote menu comes after: on a first start it opens the local simulator's dashboard.
    OperatorActions *ops = OperatorActions::install(&window);
    auto *sampleView = qobject_cast<EifView *>(window.openFile(demo + u"/sample.eif"_s));
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
    if (!outDir.isEmpty()) {
        shots.add([&](auto next) {
            window.tabs()->setCurrentWidget(dash);
            QTimer::singleShot(2500, &window, [&, next] {
                shoot(u"dashboard"_s);
                next();
            });
        });
        shots.add([&](auto next) {
            for (int i = 0; i < window.tabs()->count(); ++i) {
                if (qobject_cast<ConsoleView *>(window.tabs()->widget(i)))
                    window.tabs()->setCurrentIndex(i);
            }
            QTimer::singleShot(1500, &window, [&, next] {
                shoot(u"console"_s);
                next();
            });
        });
        shots.add([&](auto next) {
            window.tabs()->setCurrentWidget(sampleView);
            QTimer::singleShot(800, &window, [&, next] {
                shoot(u"eif-view"_s);
                next();
            });
        });
        shots.add([&](auto next) {
            // Contents panel of the sample, filtered when the panel has a filter box.
            QTabWidget *panels = sampleView->panels();
            for (int i = 0; i < panels->count(); ++i) {
                if (panels->tabText(i).contains(u"Contents"_s))
                    panels->setCurrentIndex(i);
            }
            QTimer::singleShot(2000, &window, [&, next] {
                if (RamdiskContentsView *contents = sampleView->contentsView()) {
                    if (auto *filter = contents->findChild<QLineEdit *>())
                        filter->setText(u"nsm"_s);
                    contents->tree()->expandAll();
                    // Show one file's content below the listing.
                    QAbstractItemModel *model = contents->tree()->model();
                    const QModelIndex ramdisk0 = model->index(0, 0);
                    for (int i = 0; i < model->rowCount(ramdisk0); ++i) {
                        if (model->index(i, 0, ramdisk0).data().toString() == u"init"_s)
                            contents->tree()->setCurrentIndex(model->index(i, 0, ramdisk0));
                    }
                }
                QTimer::singleShot(800, &window, [&, next] {
                    shoot(u"contents"_s);
                    next();
                });
            });
        });
        shots.add([&](auto next) {
            Theme::apply(Theme::Mode::Dark);
            QWidget *doc = window.openFile(demo + u"/attestation.cbor"_s);
            // Verified at the document's own time: the archived document's expired leaf is expected.
            if (doc) {
                for (auto *box : doc->findChildren<QComboBox *>()) {
                    for (int i = 0; i < box->count(); ++i) {
                        if (box->itemText(i).contains(u"ocument"_s))
                            box->setCurrentIndex(i);
                    }
                }
            }
            QTimer::singleShot(2000, &window, [&, next] {
                shoot(u"attestation-view-dark"_s);
                Theme::apply(Theme::Mode::Light);
                next();
            });
        });
        shots.add([&](auto next) {
            auto *compare = new CompareView;
            window.addView(compare, u"Compare"_s);
            window.tabs()->setCurrentWidget(compare);
            // Relative to the private directory (the current one): the fields show file names.
            compare->setSources(u"payments-api-1.4.0.eif"_s, u"payments-api-1.4.1.eif"_s);
            QObject::connect(
                compare, &CompareView::finished, compare,
                [&, compare, next] {
                    QTimer::singleShot(500, &window, [&, compare, next] {
                        shoot(u"compare"_s);
                        FileVersionsView *versions = compare->showFileVersions(
                            findFile(compare->diffModel(), u"rootfs/etc/app.conf"_s));
                        if (versions) {
                            versions->resize(1000, 560);
                            versions->move(200, 250);
                        }
                        QTimer::singleShot(1500, &window, [&, versions, next] {
                            shoot(u"compare-file-diff"_s);
                            if (versions)
                                versions->close();
                            next();
                        });
                    });
                },
                Qt::SingleShotConnection);
            compare->compare();
        });
        shots.add([&](auto next) {
            auto *posture = new PostureReportPage;
            window.addView(posture, u"Posture Report"_s);
            window.tabs()->setCurrentWidget(posture);
            posture->setInputs(u"sample.eif"_s, {}, u"attestation.cbor"_s);
            QObject::connect(
                posture, &PostureReportPage::finished, posture,
                [&, next](bool) {
                    QTimer::singleShot(800, &window, [&, next] {
                        shoot(u"posture-report"_s);
                        next();
                    });
                },
                Qt::SingleShotConnection);
            posture->assess();
        });
    }
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
                                if (!outDir.isEmpty())
                                    shots.run([&] { quitCleanly(); });
                            });
                        });
                    });
                });
            });
        });
    });
    // Stop the simulated enclaves we launched (by PID, checked against their IDs), then quit.
    quitCleanly = [&app] {
        QFile f(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + u"/simulator/state.json"_s);
        if (f.open(QIODevice::ReadOnly))
            for (const QJsonValue &v :
                QJsonDocument::fromJson(f.readAll()).object().value(u"enclaves"_s).toArray())
                enclave::agent::ProcessProbe::terminate(v.toObject().value(u"ProcessID"_s).toInteger(),
                    v.toObject().value(u"EnclaveID"_s).toString(), 1000);
        app.quit();
    };
    // A bound in either mode: the program always ends by itself.
    QTimer::singleShot(outDir.isEmpty() ? parser.value(hold).toInt() : 180000, &app, [&] { quitCleanly(); });
    return QApplication::exec();
}

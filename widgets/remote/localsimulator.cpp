#include "remote/localsimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "shell/mainwindow.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

QString LocalSimulator::agentProgram()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("ENCLAVE_AGENT");
    if (!env.isEmpty())
        candidates << env;
    candidates << QCoreApplication::applicationDirPath() + u"/enclave-agent"_s;
    const QString inPath = QStandardPaths::findExecutable(u"enclave-agent"_s);
    if (!inPath.isEmpty())
        candidates << inPath;
#ifdef ENCLAVE_AGENT_BUILD_PATH
    candidates << QStringLiteral(ENCLAVE_AGENT_BUILD_PATH);
#endif
    for (const QString &c : std::as_const(candidates)) {
        const QFileInfo fi(c);
        if (fi.isFile() && fi.isExecutable())
            return fi.absoluteFilePath();
    }
    return {};
}

QString LocalSimulator::stateDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/simulator"_s;
}

QString LocalSimulator::imageDir()
{
    return stateDir() + u"/images"_s;
}

Result<agent::AgentEndpoint> LocalSimulator::endpoint()
{
    const QString program = agentProgram();
    if (program.isEmpty())
        return makeError(Error::Code::Io,
            QStringLiteral("enclave-agent was not found next to the application or in PATH"));
    const QString state = stateDir();
    const QString images = imageDir();
    if (!QDir().mkpath(images))
        return makeError(Error::Code::Io, QStringLiteral("cannot create %1").arg(images));
    const QString sample = MainWindow::sampleEifPath();
    if (!sample.isEmpty() && !QFile::exists(images + u"/sample.eif"_s))
        QFile::copy(sample, images + u"/sample.eif"_s);
    // Demo settings, written once (the user may edit them): a console line every half second and
    // enclaves that end by themselves after 30 minutes, so nothing lingers for long.
    const QString settings = state + u"/simulator.yaml"_s;
    if (!QFile::exists(settings)) {
        QFile f(settings);
        if (f.open(QIODevice::WriteOnly))
            f.write("# enclave-agent simulator settings (Enclave Studio demo)\nconsole_interval_ms: "
                    "500\nenclave_lifetime_s: 1800\n");
    }
    return agent::AgentEndpoint::local(
        program, { u"--stdio"_s, u"--simulate"_s, state, u"--image-dir"_s, images });
}

} // namespace enclave::ui

#include "remote/localsimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "agent/agentbinaries.h"
#include "shell/mainwindow.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {
QString firstExecutable(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        const QFileInfo fi(c);
        if (!c.isEmpty() && fi.isFile() && fi.isExecutable())
            return fi.absoluteFilePath();
    }
    return {};
}
} // namespace

QString LocalSimulator::agentProgram()
{
    QStringList candidates { qEnvironmentVariable("ENCLAVE_AGENT"),
        agent::AgentBinaries::agent(agent::AgentBinaries::hostArchitecture()),
        QStandardPaths::findExecutable(u"enclave-agent"_s) };
#ifdef ENCLAVE_AGENT_BUILD_PATH
    candidates << QStringLiteral(ENCLAVE_AGENT_BUILD_PATH);
#endif
    return firstExecutable(candidates);
}

QString LocalSimulator::nitroCliSimProgram()
{
    QStringList candidates { qEnvironmentVariable("ENCLAVE_NITRO_CLI_SIM"),
        agent::AgentBinaries::nitroCliSim() };
#ifdef ENCLAVE_NITRO_CLI_SIM_BUILD_PATH
    candidates << QStringLiteral(ENCLAVE_NITRO_CLI_SIM_BUILD_PATH);
#endif
    return firstExecutable(candidates);
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
    const QString nitroCli = nitroCliSimProgram();
    if (nitroCli.isEmpty())
        return makeError(Error::Code::Io,
            QStringLiteral("nitro-cli-sim was not found next to the application or in PATH"));
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
            f.write("# nitro-cli-sim settings (Enclave Studio demo)\nconsole_interval_ms: "
                    "500\nenclave_lifetime_s: 1800\n");
    }
    // The real agent and its nitro-cli backend, driving nitro-cli-sim (images in STATE/images).
    return agent::AgentEndpoint::localSimulator(state, program, nitroCli);
}

} // namespace enclave::ui

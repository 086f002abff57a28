#include "agent/agentrunner.h"

#include <csignal>
#include <cstdio>

#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

#include "agent/agentsession.h"
#include "agent/consolecapture.h"
#include "agent/nitroclibackend.h"
#include "agent/simulatedenclave.h"
#include "agent/simulatorbackend.h"

namespace enclave::agent {

QString defaultStateDir()
{
    QString base = QProcessEnvironment::systemEnvironment().value(QStringLiteral("XDG_STATE_HOME"));
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/enclave-agent");
}

namespace {
QString hostName()
{
    char buf[256] = {};
    if (::gethostname(buf, sizeof(buf) - 1) == 0)
        return QString::fromLocal8Bit(buf);
    return {};
}
} // namespace

int runAgent(const AgentOptions &options)
{
    // A client that hangs up must not kill us with SIGPIPE in the middle of cleaning up.
    std::signal(SIGPIPE, SIG_IGN);

    if (options.mode == AgentOptions::Mode::SimulatedEnclave) {
        SimulatedEnclave enclave(options.simulateDir, options.enclaveId);
        QObject::connect(&enclave, &SimulatedEnclave::finished, qApp, [] { QCoreApplication::exit(0); });
        if (!enclave.start())
            return 1;
        return QCoreApplication::exec();
    }
    if (options.mode == AgentOptions::Mode::ConsoleCapture) {
        ConsoleCapture capture(options.stateDir, options.enclaveId, options.nitroCli);
        QObject::connect(
            &capture, &ConsoleCapture::finished, qApp, [](int code) { QCoreApplication::exit(code); });
        capture.start();
        return QCoreApplication::exec();
    }

    AgentConfig config;
    config.hostname = hostName();
    config.maxUploadBytes = options.maxUploadBytes;
    std::unique_ptr<EnclaveBackend> backend;
    if (!options.simulateDir.isEmpty()) {
        const QString dir = QDir(options.simulateDir).absolutePath();
        config.imageDir = options.imageDir.isEmpty() ? dir + QStringLiteral("/images") : options.imageDir;
        backend = std::make_unique<SimulatorBackend>(dir, options.selfPath);
    } else {
        const QString state = options.stateDir.isEmpty() ? defaultStateDir() : options.stateDir;
        config.imageDir = options.imageDir.isEmpty() ? QDir::homePath() + QStringLiteral("/enclave-images")
                                                     : options.imageDir;
        backend = std::make_unique<NitroCliBackend>(state, options.nitroCli, options.selfPath);
    }
    QDir().mkpath(config.imageDir);
    AgentSession session(backend.get(), config, STDIN_FILENO, STDOUT_FILENO);
    QObject::connect(&session, &AgentSession::finished, qApp, [](int code) { QCoreApplication::exit(code); });
    session.start();
    return QCoreApplication::exec();
}

} // namespace enclave::agent

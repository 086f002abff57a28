#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "agent/agentrunner.h"

using enclave::agent::AgentOptions;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("enclave-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCLAVE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drives nitro-cli and vsock on a Nitro parent instance "
                                                    "for Enclave Studio; speaks JSON-RPC on stdin/stdout."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption stdio(
        QStringLiteral("stdio"), QStringLiteral("Serve one client on stdin/stdout (what ssh runs)."));
    const QCommandLineOption imageDir(QStringLiteral("image-dir"),
        QStringLiteral("EIF directory (default ~/enclave-images)."), QStringLiteral("DIR"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
        QStringLiteral("Use the simulator with this state directory."), QStringLiteral("STATE_DIR"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
        QStringLiteral("nitro-cli backend state (default ~/.local/state/enclave-agent)."),
        QStringLiteral("DIR"));
    const QCommandLineOption nitroCli(QStringLiteral("nitro-cli"),
        QStringLiteral("nitro-cli program (default: from PATH)."), QStringLiteral("PATH"));
    const QCommandLineOption maxUpload(QStringLiteral("max-upload-mib"),
        QStringLiteral("Largest EIF upload accepted (default 8192)."), QStringLiteral("MIB"));
    const QCommandLineOption simEnclave(QStringLiteral("sim-enclave"),
        QStringLiteral("(internal) run one simulated enclave."), QStringLiteral("ID"));
    const QCommandLineOption capture(QStringLiteral("capture-console"),
        QStringLiteral("(internal) capture an enclave's console."), QStringLiteral("ID"));
    parser.addOptions({ stdio, imageDir, simulate, stateDir, nitroCli, maxUpload, simEnclave, capture });
    parser.process(app);

    AgentOptions options;
    options.selfPath = QCoreApplication::applicationFilePath();
    options.imageDir = parser.value(imageDir);
    options.simulateDir = parser.value(simulate);
    options.stateDir = parser.value(stateDir);
    if (parser.isSet(nitroCli))
        options.nitroCli = parser.value(nitroCli);
    if (parser.isSet(maxUpload)) {
        bool ok = false;
        const qint64 mib = parser.value(maxUpload).toLongLong(&ok);
        if (!ok || mib < 1 || mib > (1 << 24)) {
            std::fprintf(stderr, "enclave-agent: --max-upload-mib needs a number from 1 to 16777216\n");
            return 2;
        }
        options.maxUploadBytes = mib << 20;
    }
    if (parser.isSet(simEnclave)) {
        options.mode = AgentOptions::Mode::SimulatedEnclave;
        options.enclaveId = parser.value(simEnclave);
        if (options.simulateDir.isEmpty()) {
            std::fprintf(stderr, "enclave-agent: --sim-enclave needs --simulate\n");
            return 2;
        }
    } else if (parser.isSet(capture)) {
        options.mode = AgentOptions::Mode::ConsoleCapture;
        options.enclaveId = parser.value(capture);
        if (options.stateDir.isEmpty())
            options.stateDir = enclave::agent::defaultStateDir();
    } else if (!parser.isSet(stdio)) {
        std::fprintf(stderr, "enclave-agent: nothing to do; run with --stdio (see --help)\n");
        return 2;
    }
    return enclave::agent::runAgent(options);
}

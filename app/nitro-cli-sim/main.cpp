// nitro-cli-sim: a nitro-cli for machines without Nitro Enclaves. Same subcommands, options,
// JSON and "[ Exx ]" errors as nitro-cli 1.5 (run-enclave, describe-enclaves, terminate-enclave,
// console, describe-eif, explain; build-enclave fails with E48), with simulated enclaves whose
// state lives in $NITRO_CLI_SIM_STATE_DIR. See SimulatedHost for the directory layout.
#include <cstdio>

#include <QCoreApplication>

#include "commands.h"
#include "enclaveprocess.h"

using namespace enclave::nitrosim;

namespace {
const char *kUsage
    = "nitro-cli-sim: a simulated nitro-cli (Enclave Studio)\n"
      "\n"
      "USAGE:\n"
      "    nitro-cli-sim <SUBCOMMAND> [OPTIONS]\n"
      "\n"
      "SUBCOMMANDS:\n"
      "    run-enclave         --eif-path FILE --memory MIB (--cpu-count N | --cpu-ids ID...) [--enclave-cid "
      "N]\n"
      "                        [--debug-mode] [--attach-console] [--enclave-name NAME] | --config JSON\n"
      "    describe-enclaves   [--metadata]\n"
      "    terminate-enclave   --enclave-id ID | --enclave-name NAME | --all\n"
      "    console             --enclave-id ID | --enclave-name NAME [--disconnect-timeout SEC]\n"
      "    describe-eif        --eif-path FILE\n"
      "    explain             --error-code EXX\n"
      "    build-enclave       not simulated (E48)\n"
      "\n"
      "State directory: $NITRO_CLI_SIM_STATE_DIR (default ~/.local/state/nitro-cli-sim) holding\n"
      "allocator.yaml (memory_mib, cpu_count | cpu_pool), simulator.yaml (console_interval_ms,\n"
      "console_burst, console_lines, console_line_bytes, enclave_lifetime_s, boot_failure,\n"
      "app_start_timeout_ms, "
      "heartbeat_timeout_ms) and vsock/CID_PORT.sock: each enclave's vsock ports as Unix sockets\n"
      "(the debug console is vsock/0_<CID+10000>.sock; the sample answers HEALTH_CHECK on port 5001).\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nitro-cli-sim"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const QString sub = args.takeFirst();
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (sub == u"--version" || sub == u"-V") {
        std::printf("Nitro CLI 1.5.0 (nitro-cli-sim %s)\n", ENCLAVE_VERSION);
        return 0;
    }
    if (sub == u"--enclave-process") {
        // The detached per-enclave process that run-enclave starts (not for users).
        if (args.size() != 3 || args.at(1) != u"--state-dir")
            return 2;
        SimulatedHost host(args.at(2));
        EnclaveProcess enclave(host, args.at(0));
        QObject::connect(&enclave, &EnclaveProcess::finished, &app, &QCoreApplication::quit);
        if (!enclave.start())
            return 1;
        return app.exec();
    }
    SimulatedHost host(SimulatedHost::defaultStateDir());
    if (sub == u"run-enclave")
        return runEnclave(host, args, QCoreApplication::applicationFilePath());
    if (sub == u"describe-enclaves")
        return describeEnclaves(host, args);
    if (sub == u"terminate-enclave")
        return terminateEnclave(host, args);
    if (sub == u"console")
        return console(host, args);
    if (sub == u"describe-eif")
        return describeEif(host, args);
    if (sub == u"build-enclave")
        return buildEnclave(host, args);
    if (sub == u"explain")
        return explain(args);
    if (sub == u"pcr" || sub == u"sign-eif")
        return report(
            NitroError { 14,
                QStringLiteral("'%1' is not simulated by nitro-cli-sim; 'enclave-tool %2' does the same")
                    .arg(sub, sub == u"pcr" ? QStringLiteral("pcr") : QStringLiteral("sign-eif")) },
            sub, host.logDir());
    std::fprintf(stderr,
        "error: Found argument '%s' which wasn't expected, or isn't valid in this context\n\nFor more "
        "information try --help\n",
        qPrintable(sub));
    return 2;
}

// enclave-tool remote: talk to an enclave-agent over SSH (or a local simulator agent).
#include "cmd_remote.h"

#include <csignal>
#include <cstdio>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "agent/agentbinaries.h"
#include "agent/agentinstaller.h"
#include "command.h"

using namespace enclave;
using namespace enclave::agent;

namespace enclave::cli::remote {

namespace {
volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

const char *kUsage
    = "Usage: enclave-tool remote [SSH OPTIONS] HOST [--agent-command CMD] SUBCOMMAND [ARGS]\n"
      "       enclave-tool remote --local [--simulate STATE_DIR] [--image-dir DIR] SUBCOMMAND [ARGS]\n"
      "       enclave-tool remote [SSH OPTIONS] HOST install-agent [--arch auto|x86_64|aarch64]\n"
      "                           [--remote-path PATH] [--force]\n"
      "\n"
      "SSH options (passed to the system ssh, which always runs with BatchMode=yes and\n"
      "StrictHostKeyChecking=yes): -p PORT, -i IDENTITY, -J JUMP, -F CONFIG, -o KEY=VALUE (repeatable).\n"
      "--agent-command CMD   what the remote login shell runs (default: enclave-agent --stdio from PATH,\n"
      "                      else ~/.local/bin/enclave-agent)\n"
      "--local               start an enclave-agent on this machine instead of using ssh\n"
      "--agent-program PATH  the local agent binary (default: next to enclave-tool, else PATH)\n"
      "\n"
      "Subcommands (JSON on stdout unless noted):\n"
      "  hello                              agent, backend, protocol and limits\n"
      "  list                               enclaves (describe-enclaves shape; exited ones with State "
      "EXITED)\n"
      "  run --eif NAME --cpu-count N --memory MIB [--cid N] [--debug-mode] [--name NAME]\n"
      "  terminate ENCLAVE_ID\n"
      "  console ENCLAVE_ID [--from-seq N] [--no-follow]   console text on stdout\n"
      "  images                             EIFs in the agent's image directory\n"
      "  describe-eif NAME                  an EIF in the image directory\n"
      "  upload FILE [--name NAME] [--overwrite]           SHA-384 checked, stored atomically\n"
      "  health CID PORT [--send TEXT] [--expect TEXT] [--timeout-ms N]\n"
      "  forward LOCALPORT CID PORT [--duration SEC]      127.0.0.1:LOCALPORT -> vsock CID:PORT\n"
      "  host-info                          allocator budget, free memory, nitro-cli version\n"
      "  install-agent [--arch A] [--remote-path PATH] [--force]\n"
      "                                     copy the static agent for the host's uname -m (default\n"
      "                                     ~/.local/bin/enclave-agent); no copy when already current\n"
      "  attest ENCLAVE_ID [--port PORT] [--endpoint raw|http] [--preset NAME] [--http-method M]\n"
      "         [--http-path TEMPLATE] [--response raw|hex|base64|json:FIELD] [--expect SOURCE]\n"
      "         [--max-age S] [--save FILE] [--timeout-ms N]\n"
      "                                     fresh attestation over a new nonce, verified and compared\n"
      "                                     with the launched image (exit 0 only when it matches)\n"
      "\n"
      "Exit status: 0 ok, 1 the agent or nitro-cli reported an error / connection failed, 2 usage.\n";

} // namespace

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool interrupted()
{
    return g_interrupted != 0;
}

std::optional<qint64> number(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

int usage(const QString &message)
{
    printError(QStringLiteral("remote: %1 (see 'enclave-tool remote --help')").arg(message));
    return ExitUsage;
}

int fail(const Context &ctx, const RpcError &error)
{
    printError(ctx.target, Error { Error::Code::Remote, -1, error.toString() });
    return ExitInvalid;
}

int printResult(const Context &ctx, const RpcResult<QJsonValue> &result)
{
    if (!result)
        return fail(ctx, result.error());
    if (result->isArray())
        printJson(QJsonDocument(result->toArray()));
    else
        printJson(QJsonDocument(result->toObject()));
    return ExitOk;
}

int runInstallAgent(const Context &ctx, const AgentEndpoint &endpoint)
{
    AgentInstaller::Options options;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args.at(i);
        if (a == u"--force") {
            options.force = true;
        } else if ((a == u"--arch" || a == u"--remote-path") && i + 1 < ctx.args.size()) {
            (a == u"--arch" ? options.arch : options.remotePath) = ctx.args.at(++i);
        } else if (a == u"--arch" || a == u"--remote-path") {
            return usage(QStringLiteral("%1 needs a value").arg(a));
        } else {
            return usage(QStringLiteral("install-agent: unknown argument '%1'").arg(a));
        }
    }
    if (options.arch != u"auto" && !AgentBinaries::architectures().contains(options.arch))
        return usage(QStringLiteral("--arch must be auto, x86_64 or aarch64, not '%1'").arg(options.arch));
    if (auto bad = AgentInstaller::checkRemotePath(options.remotePath))
        return usage(*bad);
    AgentInstaller installer;
    const AgentInstaller::Outcome out = installer.run(endpoint, options);
    if (!out.ok) {
        printError(ctx.target,
            Error { Error::Code::Remote, -1,
                QStringLiteral("install-agent: %1: %2").arg(out.step, out.message) });
        return ExitInvalid;
    }
    std::printf("%s: %s\n", qPrintable(ctx.target), qPrintable(out.message));
    return ExitOk;
}

} // namespace enclave::cli::remote

namespace {

using namespace enclave::cli;
using namespace enclave::cli::remote;

int runRemote(const QStringList &all)
{
    const QStringList args = all.mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    AgentEndpoint ep;
    bool local = false;
    QString simulate, imageDir, agentProgram;
    qsizetype i = 0;
    auto value = [&](const QString &opt) -> std::optional<QString> {
        if (i + 1 >= args.size())
            return std::nullopt;
        Q_UNUSED(opt);
        return args.at(++i);
    };
    // Options, then HOST (unless --local), then optionally --agent-command, then the subcommand.
    for (; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (!a.startsWith(u'-'))
            break;
        std::optional<QString> v;
        if (a == u"--local") {
            local = true;
            continue;
        }
        if (a == u"-p" || a == u"-i" || a == u"-J" || a == u"-F" || a == u"-o" || a == u"--agent-command"
            || a == u"--simulate" || a == u"--image-dir" || a == u"--agent-program") {
            v = value(a);
            if (!v)
                return usage(QStringLiteral("%1 needs a value").arg(a));
        } else {
            return usage(QStringLiteral("unknown option %1").arg(a));
        }
        if (a == u"-p") {
            bool ok = false;
            ep.port = v->toInt(&ok);
            if (!ok || ep.port < 1 || ep.port > 65535)
                return usage(QStringLiteral("-p needs a port number"));
        } else if (a == u"-i") {
            ep.identityFile = *v;
        } else if (a == u"-J") {
            ep.jumpHost = *v;
        } else if (a == u"-F") {
            ep.configFile = *v;
        } else if (a == u"-o") {
            ep.options.append(*v);
        } else if (a == u"--agent-command") {
            ep.agentCommand = *v;
        } else if (a == u"--simulate") {
            simulate = *v;
        } else if (a == u"--image-dir") {
            imageDir = *v;
        } else if (a == u"--agent-program") {
            agentProgram = *v;
        }
    }
    if (!local) {
        if (i >= args.size())
            return usage(QStringLiteral("no host given"));
        ep.host = args.at(i++);
        if (i + 1 < args.size() && args.at(i) == u"--agent-command") {
            ep.agentCommand = args.at(i + 1);
            i += 2;
        }
    } else {
        QStringList agentArgs { QStringLiteral("--stdio") };
        if (!simulate.isEmpty())
            agentArgs << QStringLiteral("--simulate") << simulate;
        if (!imageDir.isEmpty())
            agentArgs << QStringLiteral("--image-dir") << imageDir;
        if (!simulate.isEmpty()) {
            // The real agent driving nitro-cli-sim: the same code path as a parent instance.
            ep = AgentEndpoint::localSimulator(simulate, agentProgram);
            if (!imageDir.isEmpty())
                ep.localArguments << QStringLiteral("--image-dir") << imageDir;
        } else {
            ep = AgentEndpoint::local(
                agentProgram.isEmpty() ? AgentEndpoint::defaultAgentProgram() : agentProgram, agentArgs);
        }
    }
    if (i >= args.size())
        return usage(QStringLiteral("no subcommand given"));
    const QString sub = args.at(i);
    Context ctx;
    ctx.args = args.mid(i + 1);
    ctx.target = local ? QString() : ep.host;
    if (local)
        ctx.simulatorState = simulate;

    static const QStringList known { QStringLiteral("hello"), QStringLiteral("list"), QStringLiteral("run"),
        QStringLiteral("terminate"), QStringLiteral("console"), QStringLiteral("images"),
        QStringLiteral("describe-eif"), QStringLiteral("upload"), QStringLiteral("health"),
        QStringLiteral("forward"), QStringLiteral("host-info"), QStringLiteral("install-agent"),
        QStringLiteral("attest") };
    if (!known.contains(sub))
        return usage(QStringLiteral("unknown subcommand '%1'").arg(sub));
    if (sub == u"install-agent") {
        if (local)
            return usage(QStringLiteral("install-agent needs a HOST (it installs over ssh)"));
        return runInstallAgent(ctx, ep);
    }

    AgentClient client;
    client.setEndpoint(ep);
    // A CLI run is short: one attempt to reconnect is enough for console/forward.
    client.setReconnectPolicy(sub == u"console" ? 5 : 0, 500, 5000);
    ctx.client = &client;
    client.connectToAgent();
    if (!client.waitForConnected(60000))
        return fail(ctx, RpcError::make(RpcError::ConnectionLost, client.lastError()));

    auto noArgs = [&](const QString &method) {
        if (!ctx.args.isEmpty())
            return usage(QStringLiteral("%1 takes no arguments").arg(sub));
        return printResult(ctx, client.callSync(method));
    };
    if (sub == u"hello")
        return printResult(ctx, QJsonValue(client.helloInfo()));
    if (sub == u"list")
        return noArgs(QStringLiteral("enclaves.list"));
    if (sub == u"images")
        return noArgs(QStringLiteral("eif.list"));
    if (sub == u"host-info")
        return noArgs(QStringLiteral("host.info"));
    if (sub == u"terminate") {
        if (ctx.args.size() != 1)
            return usage(QStringLiteral("terminate needs one ENCLAVE_ID"));
        return printResult(ctx,
            client.callSync(QStringLiteral("enclaves.terminate"),
                QJsonObject { { QStringLiteral("enclaveId"), ctx.args.first() } }));
    }
    if (sub == u"describe-eif") {
        if (ctx.args.size() != 1)
            return usage(QStringLiteral("describe-eif needs one NAME"));
        return printResult(ctx,
            client.callSync(QStringLiteral("eif.describe"),
                QJsonObject { { QStringLiteral("name"), ctx.args.first() } }));
    }
    if (sub == u"run")
        return runRun(ctx);
    if (sub == u"console")
        return runConsole(ctx);
    if (sub == u"upload")
        return runUpload(ctx);
    if (sub == u"health")
        return runHealth(ctx);
    if (sub == u"attest")
        return runAttest(ctx);
    return runForward(ctx);
}

} // namespace

ENCLAVE_COMMAND("remote", "Operate enclaves on a parent instance through enclave-agent over SSH", &runRemote);

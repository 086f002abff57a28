#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QStringList>

#include "command.h"

using namespace enclave::cli;

namespace {
void printUsage(FILE *out)
{
    std::fprintf(out, "Usage: enclave-tool COMMAND [OPTIONS]\n\nCommands:\n");
    std::vector<Command> commands = CommandRegistry::all();
    std::sort(commands.begin(), commands.end(),
        [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    for (const Command &c : commands)
        std::fprintf(out, "  %-22s %s\n", c.name, c.summary);
    std::fprintf(out, "\nRun 'enclave-tool COMMAND --help' for a command's options.\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("enclave-tool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCLAVE_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return ExitUsage;
    }
    const QString name = args.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(stdout);
        return ExitOk;
    }
    if (name == u"--version") {
        std::printf("enclave-tool %s\n", ENCLAVE_VERSION);
        return ExitOk;
    }
    const Command *command = CommandRegistry::find(name);
    if (!command) {
        printError(QStringLiteral("unknown command '%1' (try --help)").arg(name));
        return ExitUsage;
    }
    return command->run(args.mid(1));
}

#pragma once

#include <optional>
#include <vector>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include "common/error.h"

namespace enclave::cli {

// Exit statuses shared by every command.
enum ExitCode : int {
    ExitOk = 0, // all good
    ExitInvalid = 1, // input malformed, CRC wrong, signature or verification failed, differs
    ExitUsage = 2, // bad command line
};

struct Command {
    const char *name;
    const char *summary;
    // args[0] is the command name; the rest are its options.
    int (*run)(const QStringList &args);
};

class CommandRegistry final {
public:
    static bool add(const Command &command);
    static const std::vector<Command> &all();
    static const Command *find(QStringView name);
};

// The option parsing every command shares: -h/--help prints the help; a parse error or an
// unexpected positional argument is a one-line usage error that names the command.
class CommandLine final {
public:
    explicit CommandLine(const QString &command);
    QCommandLineParser &parser() { return m_parser; }
    // nullopt: go on. Otherwise the command returns this at once (help shown: ExitOk; usage error
    // printed: ExitUsage).
    std::optional<int> parse(const QStringList &args, bool positionalAllowed = false);
    // Prints "MESSAGE (try 'enclave-tool COMMAND --help')" and returns ExitUsage.
    int usageError(const QString &message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

// One line on stderr: "enclave-tool: FILE: offset N: what is wrong" (FILE omitted when empty).
void printError(const QString &file, const Error &error);
void printError(const QString &message);
// JSON on stdout, 2-space indented like serde_json::to_string_pretty.
void printJson(const QJsonDocument &doc);
// stdout as raw text.
void printText(const QString &text);

} // namespace enclave::cli

#define ENCLAVE_CONCAT_INNER(a, b) a##b
#define ENCLAVE_CONCAT(a, b) ENCLAVE_CONCAT_INNER(a, b)
// Registers a command at static-initialisation time: ENCLAVE_COMMAND("describe-eif", "summary", runFn);
#define ENCLAVE_COMMAND(name, summary, fn)                                                                   \
    [[maybe_unused]] static const bool ENCLAVE_CONCAT(s_registered_, __LINE__)                               \
        = ::enclave::cli::CommandRegistry::add({ name, summary, fn })

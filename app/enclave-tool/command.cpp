#include "command.h"

#include <cstdio>

#include <QCoreApplication>

namespace enclave::cli {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> commands;
    return commands;
}
} // namespace

bool CommandRegistry::add(const Command &command)
{
    registry().push_back(command);
    return true;
}

const std::vector<Command> &CommandRegistry::all()
{
    return registry();
}

const Command *CommandRegistry::find(QStringView name)
{
    for (const Command &c : registry()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

CommandLine::CommandLine(const QString &command)
    : m_command(command)
    , m_help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."))
{
}

std::optional<int> CommandLine::parse(const QStringList &args, bool positionalAllowed)
{
    m_parser.addOption(m_help);
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        // Qt names the executable's path in "Usage:"; users type "enclave-tool COMMAND".
        QString help = m_parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const QString prefix = QStringLiteral("Usage: ");
        if (help.startsWith(prefix + program))
            help.replace(prefix.size(), program.size(), QStringLiteral("enclave-tool ") + m_command);
        printText(help);
        return ExitOk;
    }
    if (!positionalAllowed && !m_parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().first()));
    return std::nullopt;
}

int CommandLine::usageError(const QString &message) const
{
    printError(message + QStringLiteral(" (try 'enclave-tool %1 --help')").arg(m_command));
    return ExitUsage;
}

void printError(const QString &file, const Error &error)
{
    QString line = QStringLiteral("enclave-tool: ");
    if (!file.isEmpty())
        line += file + QStringLiteral(": ");
    line += error.toString();
    // One line, whatever the message holds.
    line.replace(u'\n', u' ');
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

void printError(const QString &message)
{
    printError(QString(), Error { Error::Code::Usage, -1, message });
}

void printJson(const QJsonDocument &doc)
{
    // Qt indents by 4; nitro-cli (serde_json::to_string_pretty) by 2. Only leading spaces are
    // structural: JSON escapes newlines inside strings, so every line starts with indentation.
    const QByteArray indented = doc.toJson(QJsonDocument::Indented);
    QByteArray bytes;
    bytes.reserve(indented.size());
    for (const QByteArray &line : indented.split('\n')) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line[spaces] == ' ')
            ++spaces;
        bytes.append(QByteArray(spaces / 2, ' '));
        bytes.append(line.mid(spaces));
        bytes.append('\n');
    }
    bytes.chop(1); // split() yields an empty last piece after the final newline
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace enclave::cli

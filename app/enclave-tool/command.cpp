#include "command.h"

#include <cstdio>

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
    printError(QString(), Error{Error::Code::Usage, -1, message});
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

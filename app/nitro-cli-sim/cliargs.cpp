#include "cliargs.h"

#include <cstdio>

namespace enclave::nitrosim {

namespace {
int clapError(const QString &message, const QString &subcommand)
{
    std::fprintf(stderr,
        "error: %s\n\nUSAGE:\n    nitro-cli %s [OPTIONS]\n\nFor more information try --help\n",
        qPrintable(message), qPrintable(subcommand));
    return 2;
}
} // namespace

std::optional<CliArgs> CliArgs::parse(
    const QString &subcommand, const QStringList &args, const QList<Option> &options)
{
    CliArgs out;
    const Option *current = nullptr; // the Values option still taking values
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            if (current) {
                out.m_values[current->name].append(a);
                continue;
            }
            clapError(
                QStringLiteral("Found argument '%1' which wasn't expected, or isn't valid in this context")
                    .arg(a),
                subcommand);
            return std::nullopt;
        }
        QString name = a.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        current = nullptr;
        const Option *opt = nullptr;
        for (const Option &o : options)
            if (o.name == name)
                opt = &o;
        if (!opt) {
            clapError(
                QStringLiteral("Found argument '%1' which wasn't expected, or isn't valid in this context")
                    .arg(a),
                subcommand);
            return std::nullopt;
        }
        if (out.m_values.contains(name) && opt->kind != Option::Values) {
            clapError(
                QStringLiteral(
                    "The argument '--%1' was provided more than once, but cannot be used multiple times")
                    .arg(name),
                subcommand);
            return std::nullopt;
        }
        if (opt->kind == Option::Flag) {
            if (inlineValue) {
                clapError(QStringLiteral(
                              "Found argument '%1' which wasn't expected, or isn't valid in this context")
                              .arg(a),
                    subcommand);
                return std::nullopt;
            }
            out.m_values.insert(name, {});
            continue;
        }
        QStringList &vals = out.m_values[name];
        if (inlineValue) {
            vals.append(*inlineValue);
        } else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QStringLiteral("--"))) {
            vals.append(args.at(++i));
        } else {
            clapError(
                QStringLiteral("The argument '--%1 <%1>' requires a value but none was supplied").arg(name),
                subcommand);
            return std::nullopt;
        }
        if (opt->kind == Option::Values)
            current = opt;
    }
    return out;
}

int CliArgs::missing(const QString &subcommand, const QString &option)
{
    return clapError(
        QStringLiteral("The following required arguments were not provided:\n    --%1 <%1>").arg(option),
        subcommand);
}

int CliArgs::conflict(const QString &a, const QString &b)
{
    std::fprintf(stderr,
        "error: The argument '--%s' cannot be used with '--%s'\n\nFor more information try --help\n",
        qPrintable(a), qPrintable(b));
    return 2;
}

} // namespace enclave::nitrosim

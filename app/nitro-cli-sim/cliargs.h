#pragma once

#include <optional>

#include <QHash>
#include <QString>
#include <QStringList>

namespace enclave::nitrosim {

// nitro-cli's command line as clap parses it: one subcommand, then --long options. Errors are
// clap's: "error: ..." on stderr and exit status 2.
class CliArgs final {
public:
    struct Option {
        QString name; // without "--"
        enum Kind { Flag, Value, Values } kind = Flag;
    };

    // Parses args (after the subcommand) against the subcommand's options; on failure prints
    // clap's message and returns nullopt.
    static std::optional<CliArgs> parse(
        const QString &subcommand, const QStringList &args, const QList<Option> &options);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }

    // clap's "required argument missing" / "cannot be used with" messages; both return 2.
    static int missing(const QString &subcommand, const QString &option);
    static int conflict(const QString &a, const QString &b);

private:
    QHash<QString, QStringList> m_values;
};

} // namespace enclave::nitrosim

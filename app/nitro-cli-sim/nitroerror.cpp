#include "nitroerror.h"

#include <chrono>
#include <cstdio>

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace enclave::nitrosim {

QString NitroError::title(int code)
{
    // Titles as in aws-nitro-enclaves-cli src/common/document_errors.rs (the codes the
    // simulator can produce, plus the ones the agent must be able to show).
    switch (code) {
    case 1:
        return QStringLiteral("Missing mandatory argument");
    case 2:
        return QStringLiteral("Conflicting arguments");
    case 3:
        return QStringLiteral("Invalid argument provided");
    case 5:
        return QStringLiteral("Process spawn failure");
    case 7:
        return QStringLiteral("Read from disk failure");
    case 11:
        return QStringLiteral("Socket error");
    case 14:
        return QStringLiteral("Invalid command");
    case 15:
        return QStringLiteral("Lock acquire failure");
    case 17:
        return QStringLiteral("Serde error");
    case 19:
        return QStringLiteral("File operation failure");
    case 20:
        return QStringLiteral("Invalid CPU configuration");
    case 21:
        return QStringLiteral("CPU not in pool");
    case 22:
        return QStringLiteral("Insufficient CPUs available in the pool");
    case 26:
        return QStringLiteral("Insufficient memory requested");
    case 27:
        return QStringLiteral("Insufficient memory available");
    case 29:
        return QStringLiteral("Ioctl failure");
    case 35:
        return QStringLiteral("EIF file parsing error");
    case 36:
        return QStringLiteral("Enclave boot failure");
    case 39:
        return QStringLiteral("Enclave process connection failure");
    case 44:
        return QStringLiteral("Console connection failure");
    case 45:
        return QStringLiteral("Console read error");
    case 46:
        return QStringLiteral("Console write output error");
    case 48:
        return QStringLiteral("EIF building error");
    case 58:
        return QStringLiteral("Enclave naming error");
    default:
        return QStringLiteral("Unspecified error");
    }
}

QString NitroError::firstLine() const
{
    QString line = QStringLiteral("[ E%1 ] %2.").arg(code, 2, 10, QLatin1Char('0')).arg(title(code));
    if (!detail.isEmpty())
        line += u' ' + detail;
    return line;
}

int report(const NitroError &error, const QString &action, const QString &logDir)
{
    const QString code = QStringLiteral("E%1").arg(error.code, 2, 10, QLatin1Char('0'));
    QString text = error.firstLine()
        + QStringLiteral("\n\nFor more details, please visit "
                         "https://docs.aws.amazon.com/enclaves/latest/user/cli-errors.html#")
        + code + u'\n';
    // Like nitro-cli, every failure leaves an err<timestamp>.log with the action and root error.
    // nitro-cli's name: err<RFC 3339 with nanoseconds>.log (two failures of one run, such as
    // E26 then E39, get two files).
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    const QString stamp = QDateTime::fromSecsSinceEpoch(ns / 1000000000, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral(".%1").arg(ns % 1000000000, 9, 10, QLatin1Char('0'));
    const QString logPath = logDir + QStringLiteral("/err") + stamp + QStringLiteral("+00:00.log");
    QSaveFile log(logPath);
    if (QDir().mkpath(logDir) && log.open(QIODevice::WriteOnly)) {
        log.write(QStringLiteral(
            "  Action: %1\n  Subactions:\n    Failed to %2\n  Root error: %3\n  Version: nitro-cli-sim %4\n")
                      .arg(action, action.toLower(), error.firstLine(), QStringLiteral(ENCLAVE_VERSION))
                      .toUtf8());
        if (log.commit())
            text += QStringLiteral(
                "\nIf you open a support ticket, please provide the error log found at \"%1\"\n")
                        .arg(logPath);
    }
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
    return error.code;
}

} // namespace enclave::nitrosim

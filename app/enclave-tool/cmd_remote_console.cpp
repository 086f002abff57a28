// enclave-tool remote ... console ID: the enclave's console as text on stdout.
#include <cstdio>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include "cmd_remote.h"
#include "command.h"

using namespace enclave::agent;

namespace enclave::cli::remote {

int runConsole(const Context &ctx)
{
    const QStringList &a = ctx.args;
    if (a.isEmpty())
        return usage(QStringLiteral("console needs an ENCLAVE_ID"));
    const QString id = a.first();
    qint64 fromSeq = 0;
    bool follow = true;
    for (qsizetype i = 1; i < a.size(); ++i) {
        if (a.at(i) == u"--no-follow") {
            follow = false;
        } else if (a.at(i) == u"--from-seq" && i + 1 < a.size()) {
            bool ok = false;
            fromSeq = a.at(++i).toLongLong(&ok);
            if (!ok || fromSeq < 0)
                return usage(QStringLiteral("--from-seq needs a non-negative number"));
        } else {
            return usage(QStringLiteral("unknown console option %1").arg(a.at(i)));
        }
    }
    // --no-follow stops at the end the agent had when we asked; probe it with a subscription.
    qint64 stopAt = -1;
    if (!follow) {
        const auto probe = ctx.client->callSync(QStringLiteral("console.subscribe"),
            QJsonObject { { QStringLiteral("enclaveId"), id }, { QStringLiteral("fromSeq"), fromSeq } });
        if (!probe)
            return fail(ctx, probe.error());
        stopAt = probe->toObject().value(QStringLiteral("endSeq")).toInteger();
        ctx.client->callSync(QStringLiteral("console.unsubscribe"),
            QJsonObject { { QStringLiteral("subscription"),
                probe->toObject().value(QStringLiteral("subscription")) } });
        if (stopAt <= fromSeq)
            return ExitOk;
    }
    installInterruptHandler();
    QEventLoop loop;
    int exitCode = ExitOk;
    AgentClient *client = ctx.client;
    QObject::connect(client, &AgentClient::consoleData, &loop,
        [&](const QString &enclave, qint64 seq, const QByteArray &data) {
            if (enclave != id)
                return;
            QByteArray out = data;
            if (stopAt >= 0 && seq + out.size() > stopAt)
                out.truncate(qMax<qint64>(0, stopAt - seq));
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            std::fflush(stdout);
            if (stopAt >= 0 && seq + data.size() >= stopAt)
                loop.quit();
        });
    QObject::connect(client, &AgentClient::consoleGap, &loop, [&](const QString &, qint64 from, qint64 to) {
        std::fprintf(stderr,
            "enclave-tool: console: %lld bytes lost (sequence %lld..%lld dropped by the agent's ring)\n",
            static_cast<long long>(to - from), static_cast<long long>(from), static_cast<long long>(to));
    });
    QObject::connect(
        client, &AgentClient::consoleClosed, &loop, [&](const QString &enclave, const QString &reason) {
            if (enclave != id)
                return;
            // Closing because the enclave exited is the normal end; a refusal (E11, E44) is an error.
            if (reason.startsWith(u"[ E")) {
                printError(ctx.target, Error { Error::Code::Remote, -1, reason });
                exitCode = ExitInvalid;
            } else {
                std::fprintf(stderr, "enclave-tool: console closed: %s\n", qPrintable(reason));
            }
            loop.quit();
        });
    QObject::connect(
        client, &AgentClient::disconnected, &loop, [&](const QString &reason, bool reconnecting) {
            if (reconnecting) {
                std::fprintf(
                    stderr, "enclave-tool: connection lost (%s); reconnecting\n", qPrintable(reason));
                return;
            }
            printError(ctx.target, Error { Error::Code::Remote, -1, reason });
            exitCode = ExitInvalid;
            loop.quit();
        });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (interrupted())
            loop.quit();
    });
    poll.start(100);
    client->subscribeConsole(id, fromSeq);
    loop.exec();
    return exitCode;
}

} // namespace enclave::cli::remote

// enclave-tool remote ... run / health
#include <QJsonObject>

#include "cmd_remote.h"

using namespace enclave::agent;

namespace enclave::cli::remote {

int runRun(const Context &ctx)
{
    QJsonObject params;
    const QStringList &a = ctx.args;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString opt = a.at(i);
        if (opt == u"--debug-mode") {
            params.insert(QStringLiteral("debugMode"), true);
            continue;
        }
        if (i + 1 >= a.size())
            return usage(QStringLiteral("%1 needs a value").arg(opt));
        const QString v = a.at(++i);
        if (opt == u"--eif") {
            params.insert(QStringLiteral("eifPath"), v);
        } else if (opt == u"--name") {
            params.insert(QStringLiteral("enclaveName"), v);
        } else if (opt == u"--cpu-count" || opt == u"--memory" || opt == u"--cid") {
            const auto n = number(v, 0, 0xFFFFFFFFLL);
            if (!n)
                return usage(QStringLiteral("%1 needs a non-negative number").arg(opt));
            params.insert(opt == u"--cpu-count" ? QStringLiteral("cpuCount")
                    : opt == u"--memory"        ? QStringLiteral("memoryMiB")
                                                : QStringLiteral("enclaveCid"),
                *n);
        } else {
            return usage(QStringLiteral("unknown run option %1").arg(opt));
        }
    }
    for (const char *key : { "eifPath", "cpuCount", "memoryMiB" })
        if (!params.contains(QLatin1StringView(key)))
            return usage(QStringLiteral("run needs --eif, --cpu-count and --memory"));
    return printResult(ctx, ctx.client->callSync(QStringLiteral("enclaves.run"), params, 330000));
}

int runHealth(const Context &ctx)
{
    const QStringList &a = ctx.args;
    if (a.size() < 2)
        return usage(QStringLiteral("health needs CID PORT"));
    const auto cid = number(a.at(0), 3, 0xFFFFFFFELL);
    const auto port = number(a.at(1), 1, 0xFFFFFFFELL);
    if (!cid || !port)
        return usage(QStringLiteral("health needs a numeric CID and PORT"));
    QJsonObject params { { QStringLiteral("cid"), *cid }, { QStringLiteral("port"), *port } };
    for (qsizetype i = 2; i < a.size(); ++i) {
        const QString opt = a.at(i);
        if (i + 1 >= a.size())
            return usage(QStringLiteral("%1 needs a value").arg(opt));
        const QString v = a.at(++i);
        if (opt == u"--send" || opt == u"--expect") {
            params.insert(opt.mid(2), QString::fromLatin1(v.toUtf8().toBase64()));
        } else if (opt == u"--timeout-ms") {
            const auto n = number(v, 1, 60000);
            if (!n)
                return usage(QStringLiteral("--timeout-ms needs 1..60000"));
            params.insert(QStringLiteral("timeoutMs"), *n);
        } else {
            return usage(QStringLiteral("unknown health option %1").arg(opt));
        }
    }
    const auto r = ctx.client->callSync(QStringLiteral("health.check"), params, 70000);
    const int code = printResult(ctx, r);
    if (code == 0 && !r->toObject().value(QStringLiteral("ok")).toBool())
        return 1;
    return code;
}

} // namespace enclave::cli::remote

// enclave-tool remote ... forward LOCALPORT CID PORT: 127.0.0.1:LOCALPORT -> enclave vsock CID:PORT.
#include <cstdio>

#include <QEventLoop>
#include <QTimer>

#include "agent/vsockforwarder.h"
#include "cmd_remote.h"
#include "command.h"

using namespace enclave::agent;

namespace enclave::cli::remote {

int runForward(const Context &ctx)
{
    const QStringList &a = ctx.args;
    if (a.size() < 3)
        return usage(QStringLiteral("forward needs LOCALPORT CID PORT"));
    bool ok1 = false, ok2 = false, ok3 = false;
    const int localPort = a.at(0).toInt(&ok1);
    const qint64 cid = a.at(1).toLongLong(&ok2);
    const qint64 port = a.at(2).toLongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || localPort < 0 || localPort > 65535 || cid < 3 || cid > 0xFFFFFFFELL
        || port < 1 || port > 0xFFFFFFFELL)
        return usage(QStringLiteral("forward needs LOCALPORT (0..65535) CID (3..) PORT (1..)"));
    int durationSec = 0;
    for (qsizetype i = 3; i < a.size(); ++i) {
        if (a.at(i) == u"--duration" && i + 1 < a.size()) {
            durationSec = a.at(++i).toInt(&ok1);
            if (!ok1 || durationSec < 1)
                return usage(QStringLiteral("--duration needs seconds"));
        } else {
            return usage(QStringLiteral("unknown forward option %1").arg(a.at(i)));
        }
    }
    VsockForwarder forwarder(ctx.client, quint32(cid), quint32(port));
    const auto bound = forwarder.listen(quint16(localPort));
    if (!bound) {
        printError(QString(), bound.error());
        return ExitInvalid;
    }
    std::printf("forwarding 127.0.0.1:%u -> vsock %lld:%lld\n", unsigned(*bound), static_cast<long long>(cid),
        static_cast<long long>(port));
    std::fflush(stdout);
    installInterruptHandler();
    QEventLoop loop;
    int exitCode = ExitOk;
    QObject::connect(&forwarder, &VsockForwarder::connectionFailed, &loop, [](const QString &message) {
        std::fprintf(stderr, "enclave-tool: forward: %s\n", qPrintable(message));
    });
    QObject::connect(
        ctx.client, &AgentClient::disconnected, &loop, [&](const QString &reason, bool reconnecting) {
            if (reconnecting)
                return;
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
    if (durationSec > 0)
        QTimer::singleShot(durationSec * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return exitCode;
}

} // namespace enclave::cli::remote

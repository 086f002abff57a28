// enclave-tool remote ... upload FILE: SHA-384 checked, chunked, stored atomically by the agent.
#include <cstdio>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include "agent/protocol.h"
#include "cmd_remote.h"
#include "command.h"

using namespace enclave::agent;

namespace enclave::cli::remote {

int runUpload(const Context &ctx)
{
    const QStringList &a = ctx.args;
    if (a.isEmpty())
        return usage(QStringLiteral("upload needs a FILE"));
    const QString path = a.first();
    QString name = QFileInfo(path).fileName();
    bool overwrite = false;
    for (qsizetype i = 1; i < a.size(); ++i) {
        if (a.at(i) == u"--overwrite")
            overwrite = true;
        else if (a.at(i) == u"--name" && i + 1 < a.size())
            name = a.at(++i);
        else
            return usage(QStringLiteral("unknown upload option %1").arg(a.at(i)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(path, Error { Error::Code::Io, -1, file.errorString() });
        return ExitInvalid;
    }
    // Pass 1: the digest the agent checks before it renames the upload into place.
    QCryptographicHash hash(QCryptographicHash::Sha384);
    if (!hash.addData(&file)) {
        printError(path, Error { Error::Code::Io, -1, file.errorString() });
        return ExitInvalid;
    }
    const qint64 size = file.size();
    const auto begin = ctx.client->callSync(QStringLiteral("eif.upload.begin"),
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), size },
            { QStringLiteral("sha384"), QString::fromLatin1(hash.result().toHex()) },
            { QStringLiteral("overwrite"), overwrite } });
    if (!begin)
        return fail(ctx, begin.error());
    const QString uploadId = begin->toObject().value(QStringLiteral("uploadId")).toString();
    const qint64 chunk = qBound<qint64>(
        4096, begin->toObject().value(QStringLiteral("chunkBytes")).toInteger(), protocol::kMaxChunkBytes);
    // Pass 2: chunks in order with a few in flight, so the link stays busy.
    file.seek(0);
    QEventLoop loop;
    std::optional<RpcError> error;
    qint64 sent = 0;
    int inFlight = 0;
    std::function<void()> pump = [&] {
        while (!error && inFlight < 4 && sent < size) {
            const QByteArray data = file.read(chunk);
            if (data.isEmpty()) {
                error = RpcError::make(RpcError::IoError, QStringLiteral("%1: read failed").arg(path));
                break;
            }
            const qint64 offset = sent;
            sent += data.size();
            ++inFlight;
            ctx.client->call(QStringLiteral("eif.upload.chunk"),
                QJsonObject { { QStringLiteral("uploadId"), uploadId }, { QStringLiteral("offset"), offset },
                    { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } },
                [&](const RpcResult<QJsonValue> &r) {
                    --inFlight;
                    if (!r && !error)
                        error = r.error();
                    if (error || (sent >= size && inFlight == 0))
                        loop.quit();
                    else
                        pump();
                });
        }
        if (error && inFlight == 0)
            loop.quit();
    };
    pump();
    if (inFlight > 0)
        loop.exec();
    if (error) {
        ctx.client->callSync(
            QStringLiteral("eif.upload.abort"), QJsonObject { { QStringLiteral("uploadId"), uploadId } });
        return fail(ctx, *error);
    }
    return printResult(ctx,
        ctx.client->callSync(
            QStringLiteral("eif.upload.finish"), QJsonObject { { QStringLiteral("uploadId"), uploadId } }));
}

} // namespace enclave::cli::remote

// enclave-tool remote ... attest: is the enclave running now the one I reviewed?
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "agent/liveattestation.h"
#include "agent/liveattestationfetcher.h"
#include "attestation/simulatorattestation.h"
#include "cmd_remote.h"
#include "command.h"
#include "common/atomicfilewriter.h"
#include "measure/measurementsjsonparser.h"
#include "measure/measurementsloader.h"

using namespace enclave::agent;

namespace enclave::cli::remote {

namespace {

int attestFailure(const Context &ctx, const QString &message)
{
    return fail(ctx, RpcError::make(RpcError::InternalError, message));
}

} // namespace

int runAttest(const Context &ctx)
{
    const QStringList &a = ctx.args;
    if (a.isEmpty() || a.first().startsWith(u'-'))
        return usage(QStringLiteral("attest needs an ENCLAVE_ID"));
    const QString enclaveId = a.first();
    AttestationEndpoint endpoint = *AttestationEndpoint::preset(QStringLiteral("raw"));
    std::optional<quint32> port;
    QString kind, method, path, response, expectPath, savePath;
    qint64 maxAge = 300;
    int timeoutMs = LiveAttestationFetcher::kDefaultTimeoutMs;
    for (qsizetype i = 1; i < a.size(); ++i) {
        const QString opt = a.at(i);
        if (i + 1 >= a.size())
            return usage(QStringLiteral("%1 needs a value").arg(opt));
        const QString v = a.at(++i);
        if (opt == u"--port") {
            const auto n = number(v, 1, 0xfffffffeLL);
            if (!n)
                return usage(QStringLiteral("--port needs a vsock port number"));
            port = quint32(*n);
        } else if (opt == u"--preset") {
            auto preset = AttestationEndpoint::preset(v);
            if (!preset)
                return usage(preset.error().message);
            endpoint = *preset;
        } else if (opt == u"--endpoint") {
            if (v != u"raw" && v != u"http")
                return usage(QStringLiteral("--endpoint is raw or http"));
            kind = v;
        } else if (opt == u"--http-method") {
            method = v;
        } else if (opt == u"--http-path") {
            path = v;
        } else if (opt == u"--response") {
            response = v;
        } else if (opt == u"--expect") {
            expectPath = v;
        } else if (opt == u"--max-age") {
            const auto n = number(v, 1, 86400);
            if (!n)
                return usage(QStringLiteral("--max-age needs 1..86400 seconds"));
            maxAge = *n;
        } else if (opt == u"--save") {
            savePath = v;
        } else if (opt == u"--timeout-ms") {
            const auto n = number(v, 100, 120000);
            if (!n)
                return usage(QStringLiteral("--timeout-ms needs 100..120000"));
            timeoutMs = int(*n);
        } else {
            return usage(QStringLiteral("unknown attest option %1").arg(opt));
        }
    }
    if (kind == u"http" && endpoint.kind == AttestationEndpoint::Kind::Raw)
        endpoint = *AttestationEndpoint::preset(QStringLiteral("http"));
    else if (kind == u"raw")
        endpoint = *AttestationEndpoint::preset(QStringLiteral("raw"));
    if (port)
        endpoint.port = *port;
    if (!method.isEmpty())
        endpoint.httpMethod = method;
    if (!path.isEmpty())
        endpoint.httpPath = path;
    if (!response.isEmpty()) {
        if (auto r = AttestationEndpoint::parseResponse(response, endpoint); !r)
            return usage(r.error().message);
    }
    if (endpoint.kind == AttestationEndpoint::Kind::Raw
        && (!method.isEmpty() || !path.isEmpty() || !response.isEmpty()))
        return usage(QStringLiteral("--http-method, --http-path and --response need --endpoint http"));
    if (auto valid = endpoint.validate(); !valid)
        return usage(valid.error().message);

    LiveAttestationOptions options;
    options.nonceCarried = endpoint.carriesNonce();
    options.maxAgeSeconds = maxAge;
    if (!expectPath.isEmpty()) {
        auto expected = MeasurementsLoader::load(expectPath);
        if (!expected) {
            printError(expectPath, expected.error());
            return ExitInvalid;
        }
        options.expected = *expected;
    }
    if (!ctx.simulatorState.isEmpty()) {
        // Only the local simulator connection trusts the simulator's root, and says so.
        QFile pem(SimulatorAttestationPki::rootPemPath(ctx.simulatorState + QStringLiteral("/pki")));
        if (pem.open(QIODevice::ReadOnly)) {
            if (auto root = X509Certificate::fromPem(pem.read(64 * 1024)))
                options.trustedRoot = *root;
        }
    }

    // The enclave's CID and the PCRs of the image it was launched from (describe-enclaves).
    auto list = ctx.client->callSync(QStringLiteral("enclaves.list"));
    if (!list)
        return fail(ctx, list.error());
    QJsonObject entry;
    for (const QJsonValue &v : list->toArray()) {
        if (v.toObject().value(QStringLiteral("EnclaveID")).toString() == enclaveId)
            entry = v.toObject();
    }
    if (entry.isEmpty() || entry.value(QStringLiteral("State")).toString() == u"EXITED")
        return attestFailure(ctx, QStringLiteral("no running enclave %1").arg(enclaveId));
    const quint32 cid = quint32(entry.value(QStringLiteral("EnclaveCID")).toInteger());
    if (auto image = MeasurementsJsonParser::parse(
            QJsonDocument(QJsonArray { entry }).toJson(), QStringLiteral("describe-enclaves")))
        options.image = *image;

    LiveAttestationFetcher fetcher(ctx.client);
    fetcher.setTimeoutMs(timeoutMs);
    QByteArray document;
    QString failure;
    QEventLoop loop;
    QObject::connect(&fetcher, &LiveAttestationFetcher::fetched, &loop, [&](const QByteArray &d) {
        document = d;
        loop.quit();
    });
    QObject::connect(&fetcher, &LiveAttestationFetcher::failed, &loop, [&](const QString &e) {
        failure = e;
        loop.quit();
    });
    fetcher.start(cid, endpoint);
    if (fetcher.isRunning())
        loop.exec();
    if (document.isEmpty())
        return attestFailure(ctx,
            QStringLiteral("attest %1 (vsock %2:%3): %4")
                .arg(enclaveId)
                .arg(cid)
                .arg(endpoint.port)
                .arg(failure));
    options.nonce = fetcher.nonce();
    const LiveAttestationResult result = evaluateLiveAttestation(document, options);

    if (!savePath.isEmpty()) {
        // Never over an existing file: the CLI cannot ask, so it refuses.
        if (auto saved
            = AtomicFileWriter::writeFile(savePath, document, 0644, AtomicFileWriter::Commit::NoClobber);
            !saved) {
            printError(savePath, saved.error());
            return ExitInvalid;
        }
    }
    QJsonObject out = result.toJson();
    out.insert(QStringLiteral("enclaveId"), enclaveId);
    out.insert(QStringLiteral("enclaveCid"), qint64(cid));
    out.insert(QStringLiteral("endpoint"), endpoint.toJson());
    out.insert(QStringLiteral("nonce"),
        options.nonceCarried ? QJsonValue(QString::fromLatin1(options.nonce.toHex())) : QJsonValue());
    out.insert(QStringLiteral("trustedRoot"),
        options.trustedRoot ? QStringLiteral("simulator") : QStringLiteral("aws-nitro-root-g1"));
    printJson(QJsonDocument(out));
    if (!result.ok())
        printError(ctx.target, Error { Error::Code::Crypto, -1, result.summary() });
    return result.ok() ? ExitOk : ExitInvalid;
}

} // namespace enclave::cli::remote

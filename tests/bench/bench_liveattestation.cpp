// Live attestations per second through the agent for one simulated enclave, and the time from
// "Attest now" (fresh nonce, vsock.open, request) to the verdict (document parsed, chain and
// signature verified against the simulator root, PCRs compared with the image).
//
//   bench_liveattestation [COUNT] [--endpoint raw|http] [--ssh HOST -p PORT -i KEY -o UserKnownHostsFile=F
//   ...]
//
// Without --ssh the agent runs locally over stdio (--simulate); with it, the same agent binary runs
// on HOST through ssh (strict host keys), e.g. a loopback sshd started for the measurement.
// Baseline printed alongside: the verdict alone (evaluateLiveAttestation on the same document).

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "agent/agentclient.h"
#include "agent/liveattestation.h"
#include "agent/liveattestationfetcher.h"
#include "agent/processprobe.h"
#include "attestation/simulatorattestation.h"
#include "measure/measurementsjsonparser.h"

using namespace enclave;
using namespace enclave::agent;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int count = 200;
    QString preset = QStringLiteral("raw");
    AgentEndpoint endpoint;
    QTemporaryDir dir;
    const QString state = dir.path() + QStringLiteral("/sim");
    bool ssh = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == u"--endpoint" && i + 1 < args.size())
            preset = args.at(++i);
        else if (a == u"--ssh" && i + 1 < args.size()) {
            ssh = true;
            endpoint = AgentEndpoint::ssh(args.at(++i));
        } else if (a == u"-p" && i + 1 < args.size())
            endpoint.port = args.at(++i).toInt();
        else if (a == u"-i" && i + 1 < args.size())
            endpoint.identityFile = args.at(++i);
        else if (a == u"-o" && i + 1 < args.size())
            endpoint.options << args.at(++i);
        else
            count = qBound(1, a.toInt(), 100000);
    }
    QDir().mkpath(state + QStringLiteral("/images"));
    QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"), state + QStringLiteral("/images/demo.eif"));
    if (ssh)
        endpoint.agentCommand
            = QStringLiteral(ENCLAVE_AGENT_PATH " --stdio --nitro-cli " NITRO_CLI_SIM_PATH " --simulate ")
            + state;
    else
        endpoint = AgentEndpoint::localSimulator(
            state, QStringLiteral(ENCLAVE_AGENT_PATH), QStringLiteral(NITRO_CLI_SIM_PATH));

    AgentClient client;
    client.setEndpoint(endpoint);
    client.connectToAgent();
    if (!client.waitForConnected(30000)) {
        std::fprintf(stderr, "bench_liveattestation: cannot connect: %s\n", qPrintable(client.lastError()));
        return 1;
    }
    auto run = client.callSync(QStringLiteral("enclaves.run"),
        { { QStringLiteral("eifPath"), QStringLiteral("demo.eif") }, { QStringLiteral("cpuCount"), 2 },
            { QStringLiteral("memoryMiB"), 256 } });
    if (!run) {
        std::fprintf(stderr, "bench_liveattestation: %s\n", qPrintable(run.error().toString()));
        return 1;
    }
    const QJsonObject enclave = run->toObject();
    const quint32 cid = quint32(enclave.value(QStringLiteral("EnclaveCID")).toInteger());
    const AttestationEndpoint ep = *AttestationEndpoint::preset(preset);
    QElapsedTimer wait;
    wait.start();
    while (!QFile::exists(state + QStringLiteral("/vsock/%1_%2.sock").arg(cid).arg(ep.port))
        && wait.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    auto list = client.callSync(QStringLiteral("enclaves.list"));
    LiveAttestationOptions options;
    options.image = *MeasurementsJsonParser::parse(
        QJsonDocument(list->toArray()).toJson(), QStringLiteral("describe-enclaves"));
    QFile pem(SimulatorAttestationPki::rootPemPath(state + QStringLiteral("/pki")));
    pem.open(QIODevice::ReadOnly);
    options.trustedRoot = *X509Certificate::fromPem(pem.readAll());

    LiveAttestationFetcher fetcher(&client);
    QList<double> latencies;
    QByteArray lastDocument;
    int ok = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        QEventLoop loop;
        QByteArray document;
        QObject::connect(&fetcher, &LiveAttestationFetcher::fetched, &loop, [&](const QByteArray &d) {
            document = d;
            loop.quit();
        });
        QObject::connect(&fetcher, &LiveAttestationFetcher::failed, &loop, [&](const QString &e) {
            std::fprintf(stderr, "bench_liveattestation: %s\n", qPrintable(e));
            loop.quit();
        });
        fetcher.start(cid, ep);
        loop.exec();
        QObject::disconnect(&fetcher, nullptr, &loop, nullptr);
        options.nonce = fetcher.nonce();
        if (!document.isEmpty() && evaluateLiveAttestation(document, options).ok())
            ++ok;
        latencies << t.nsecsElapsed() / 1e6;
        lastDocument = document;
    }
    const double seconds = total.nsecsElapsed() / 1e9;
    QElapsedTimer v;
    v.start();
    const int verdicts = 50;
    for (int i = 0; i < verdicts; ++i)
        evaluateLiveAttestation(lastDocument, options);
    const double verdictMs = v.nsecsElapsed() / 1e6 / verdicts;
    std::sort(latencies.begin(), latencies.end());
    std::printf("live attestation via %s, endpoint %s: %d of %d verified and matching\n",
        ssh ? "ssh" : "stdio", qPrintable(preset), ok, count);
    std::printf("  %.1f attestations/s; Attest now -> verdict: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
        count / seconds, latencies.at(latencies.size() / 2), latencies.at(int(latencies.size() * 0.95)),
        latencies.last());
    std::printf("  baseline, verdict alone on the same document: %.2f ms (ratio %.2f)\n", verdictMs,
        latencies.at(latencies.size() / 2) / verdictMs);
    client.callSync(QStringLiteral("enclaves.terminate"),
        { { QStringLiteral("enclaveId"), enclave.value(QStringLiteral("EnclaveID")).toString() } });
    client.disconnectFromAgent();
    return ok == count ? 0 : 1;
}

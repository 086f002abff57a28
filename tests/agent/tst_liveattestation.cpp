#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "agent/agenttestsupport.h"
#include "agent/liveattestation.h"
#include "agent/liveattestationfetcher.h"
#include "attestation/simulatorattestation.h"
#include "measure/measurementsjsonparser.h"

using namespace enclave;
using namespace enclave::agent;

namespace {

QByteArray pcr(char fill)
{
    return QByteArray(48, fill);
}

Measurements image(char pcr2 = 0x22)
{
    Measurements m(Measurements::SourceType::NitroCliJson, QStringLiteral("describe-enclaves"));
    m.insert({ 0, pcr(0x20), { pcr(0x20) }, QStringLiteral("PCR0") });
    m.insert({ 1, pcr(0x21), { pcr(0x21) }, QStringLiteral("PCR1") });
    m.insert({ 2, pcr(pcr2), { pcr(pcr2) }, QStringLiteral("PCR2") });
    m.setImpliedZero({ 8 });
    return m;
}

SimulatorAttestationPki::Document document(const QByteArray &nonce, bool debug = false)
{
    SimulatorAttestationPki::Document d;
    d.moduleId = QStringLiteral("i-00000000000000000-enc0000000000000010");
    for (int i = 0; i < 16; ++i)
        d.pcrs.insert(i, debug || i > 4 ? pcr(0) : pcr(char(0x20 + i)));
    d.pcrs.insert(8, pcr(0));
    d.nonce = nonce;
    return d;
}

// A Unix-socket "enclave application" at STATE/vsock/CID_PORT.sock that answers each connection
// with what `reply` returns for the bytes received so far (nullopt = wait for more, empty = say
// nothing and keep the connection open).
class ScriptedEnclave final : public QObject {
public:
    using Reply = std::function<std::optional<QByteArray>(const QByteArray &received)>;
    ScriptedEnclave(const QString &path, Reply reply)
        : m_reply(std::move(reply))
    {
        QFile::remove(path);
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        std::memcpy(
            addr.sun_path, p.constData(), size_t(qMin<qsizetype>(p.size(), sizeof(addr.sun_path) - 1)));
        m_ok = ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0 && ::listen(m_fd, 8) == 0;
        auto *n = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
        connect(n, &QSocketNotifier::activated, this, [this] {
            const int c = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (c < 0)
                return;
            auto *ch = new FdChannel(c, c, false, this);
            auto received = std::make_shared<QByteArray>();
            connect(ch, &FdChannel::dataRead, ch, [this, ch, received](const QByteArray &b) {
                received->append(b);
                if (auto answer = m_reply(*received); answer && !answer->isEmpty()) {
                    ch->write(*answer);
                    ch->closeWrite();
                }
            });
        });
    }
    ~ScriptedEnclave() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_ok; }

private:
    Reply m_reply;
    int m_fd = -1;
    bool m_ok = false;
};

} // namespace

class TestLiveAttestation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void throughTheAgent_data();
    void throughTheAgent();
    void simulatedEnclaveServesAttestation_data();
    void simulatedEnclaveServesAttestation();
    void commandLine_data();
    void commandLine();

private:
    QTemporaryDir m_pkiDir;
    std::optional<SimulatorAttestationPki> m_pki;
};

void TestLiveAttestation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto pki = SimulatorAttestationPki::loadOrCreate(m_pkiDir.path());
    QVERIFY(pki);
    m_pki = *pki;
}

void TestLiveAttestation::verdicts_data()
{
    QTest::addColumn<QByteArray>("sentNonce");
    QTest::addColumn<QByteArray>("documentNonce");
    QTest::addColumn<bool>("debug");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<char>("imagePcr2");
    QTest::addColumn<bool>("simulatorRoot");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summary");
    const QByteArray n(32, 'n');
    QTest::newRow("fresh, matches") << n << n << false << 0 << char(0x22) << true << "matches"
                                    << "SIMULATED: verified, matches image";
    QTest::newRow("other image") << n << n << false << 0 << char(0x7f) << true << "mismatch"
                                 << "MISMATCH: PCR2";
    QTest::newRow("debug mode") << n << n << true << 0 << char(0x22) << true << "debug-mode"
                                << "zero by design";
    QTest::newRow("replayed old nonce")
        << n << QByteArray(32, 'o') << false << 0 << char(0x22) << true << "not-verified"
        << "nonce";
    QTest::newRow("stale") << n << n << false << 600 << char(0x22) << true << "not-verified"
                           << "NOT VERIFIED";
    QTest::newRow("AWS root refuses the simulator")
        << n << n << false << 0 << char(0x22) << false << "not-verified"
        << "root";
}

void TestLiveAttestation::verdicts()
{
    QFETCH(QByteArray, sentNonce);
    QFETCH(QByteArray, documentNonce);
    QFETCH(bool, debug);
    QFETCH(int, ageSeconds);
    QFETCH(char, imagePcr2);
    QFETCH(bool, simulatorRoot);
    QFETCH(QString, status);
    QFETCH(QString, summary);
    auto doc = document(documentNonce, debug);
    doc.timestamp = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    auto bytes = m_pki->sign(doc);
    QVERIFY(bytes);
    LiveAttestationOptions options;
    options.nonce = sentNonce;
    options.image = image(imagePcr2);
    if (simulatorRoot)
        options.trustedRoot = m_pki->root();
    const LiveAttestationResult result = evaluateLiveAttestation(*bytes, options);
    QCOMPARE(LiveAttestationResult::statusId(result.status), status);
    QVERIFY2(result.summary().contains(summary, Qt::CaseInsensitive), qPrintable(result.summary()));
    QVERIFY(result.simulated);
    QVERIFY(result.toJson().value(QStringLiteral("simulated")).toBool());
    if (status == QLatin1String("mismatch"))
        QCOMPARE(result.mismatchedPcrs, QList<int> { 2 });
}

void TestLiveAttestation::throughTheAgent_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("error"); // empty: verified
    QTest::newRow("raw") << "raw"
                         << "sign" << QString();
    QTest::newRow("http") << "http"
                          << "sign" << QString();
    QTest::newRow("garbage") << "raw"
                             << "garbage"
                             << "more than the 16384 accepted";
    QTest::newRow("too many bytes") << "http"
                                    << "flood"
                                    << "larger than the 16384";
    QTest::newRow("wrong length prefix") << "raw"
                                         << "short-prefix"
                                         << "unexpected byte";
    QTest::newRow("http error") << "http"
                                << "http-error"
                                << "HTTP 503";
    QTest::newRow("nothing (timeout)") << "raw"
                                       << "silent"
                                       << "within";
    QTest::newRow("nobody listening") << "raw"
                                      << "absent"
                                      << "cannot reach";
}

void TestLiveAttestation::throughTheAgent()
{
    QFETCH(QString, preset);
    QFETCH(QString, behaviour);
    QFETCH(QString, error);
    QTemporaryDir state;
    test::prepareSimulator(state.path(), "console_interval_ms: 50\nconsole_lines: 0\n");
    AgentClient client;
    client.setEndpoint(test::localSimulator(state.path()));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(20000));
    auto run = client.callSync(QStringLiteral("enclaves.run"),
        { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") }, { QStringLiteral("cpuCount"), 2 },
            { QStringLiteral("memoryMiB"), 512 } });
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    const quint32 cid = quint32(run->toObject().value(QStringLiteral("EnclaveCID")).toInteger());
    const AttestationEndpoint endpoint = *AttestationEndpoint::preset(preset);
    std::unique_ptr<ScriptedEnclave> enclave;
    const QString path = state.path() + QStringLiteral("/vsock/%1_%2.sock").arg(cid).arg(endpoint.port);
    // The simulated enclave serves its own endpoint there first (from its boot on); the script
    // takes the path over, and "absent" unlinks it so nobody can be reached there.
    QVERIFY(test::waitUntil([&] { return QFile::exists(path); }));
    if (behaviour == QLatin1String("absent"))
        QVERIFY(QFile::remove(path));
    if (behaviour != QLatin1String("absent")) {
        SimulatorAttestationResponder::Signer signer
            = [this](const SimulatorAttestationResponder::Request &r) {
                  return m_pki->sign(document(r.nonce.value_or(QByteArray())));
              };
        auto responder = std::make_shared<SimulatorAttestationResponder>(endpoint.kind, signer);
        auto seen = std::make_shared<qsizetype>(0);
        enclave = std::make_unique<ScriptedEnclave>(
            path, [behaviour, responder, seen](const QByteArray &received) -> std::optional<QByteArray> {
                if (behaviour == QLatin1String("sign")) {
                    // The responder answers once the request is complete, as an enclave app would.
                    const QByteArray fresh = received.mid(*seen);
                    *seen = received.size();
                    return responder->feed(fresh);
                }
                if (behaviour == QLatin1String("garbage"))
                    return QByteArray("this is not a document at all");
                if (behaviour == QLatin1String("flood"))
                    return QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(20000, 'x');
                if (behaviour == QLatin1String("short-prefix"))
                    return QByteArray::fromHex("00000002") + "abcdef";
                if (behaviour == QLatin1String("http-error"))
                    return QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
                return QByteArray(); // silent: never answers
            });
        QVERIFY(enclave->ok());
    }
    LiveAttestationFetcher fetcher(&client);
    // Short only where silence is the case under test: a loaded machine needs the default for the rest.
    if (behaviour == QLatin1String("silent"))
        fetcher.setTimeoutMs(1500);
    QByteArray fetched;
    QString failure;
    connect(&fetcher, &LiveAttestationFetcher::fetched, this, [&](const QByteArray &d) { fetched = d; });
    connect(&fetcher, &LiveAttestationFetcher::failed, this, [&](const QString &e) { failure = e; });
    fetcher.start(cid, endpoint);
    QVERIFY(test::waitUntil([&] { return !fetched.isEmpty() || !failure.isEmpty(); }, 15000));
    if (error.isEmpty()) {
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        LiveAttestationOptions options;
        options.nonce = fetcher.nonce();
        options.image = image();
        options.trustedRoot = m_pki->root();
        const LiveAttestationResult result = evaluateLiveAttestation(fetched, options);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
    } else {
        QVERIFY2(failure.contains(error), qPrintable(failure));
    }
    // The agent connection is still usable after any outcome.
    auto list = client.callSync(QStringLiteral("enclaves.list"));
    QVERIFY(list);
    QCOMPARE(list->toArray().size(), 1);
    client.disconnectFromAgent();
    test::stopSimulatedEnclaves(state.path());
}

void TestLiveAttestation::simulatedEnclaveServesAttestation_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("debug");
    QTest::addColumn<bool>("simulatorRoot");
    QTest::addColumn<QString>("status");
    QTest::newRow("raw") << "raw" << false << true << "matches";
    QTest::newRow("http") << "http" << false << true << "matches";
    QTest::newRow("debug mode") << "raw" << true << true << "debug-mode";
    QTest::newRow("AWS root") << "raw" << false << false << "not-verified";
}

void TestLiveAttestation::simulatedEnclaveServesAttestation()
{
    QFETCH(QString, preset);
    QFETCH(bool, debug);
    QFETCH(bool, simulatorRoot);
    QFETCH(QString, status);
    QTemporaryDir state;
    test::prepareSimulator(state.path(), "console_interval_ms: 50\nconsole_lines: 0\n");
    AgentClient client;
    client.setEndpoint(test::localSimulator(state.path()));
    client.connectToAgent();
    QVERIFY(client.waitForConnected(20000));
    QJsonObject params { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
        { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 512 } };
    if (debug)
        params.insert(QStringLiteral("debugMode"), true);
    auto run = client.callSync(QStringLiteral("enclaves.run"), params);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    const quint32 cid = quint32(run->toObject().value(QStringLiteral("EnclaveCID")).toInteger());
    const AttestationEndpoint endpoint = *AttestationEndpoint::preset(preset);
    QVERIFY(test::waitUntil([&] {
        return QFile::exists(state.path() + QStringLiteral("/vsock/%1_%2.sock").arg(cid).arg(endpoint.port));
    }));

    LiveAttestationFetcher fetcher(&client);
    QByteArray fetched;
    QString failure;
    connect(&fetcher, &LiveAttestationFetcher::fetched, this, [&](const QByteArray &d) { fetched = d; });
    connect(&fetcher, &LiveAttestationFetcher::failed, this, [&](const QString &e) { failure = e; });
    fetcher.start(cid, endpoint);
    QVERIFY(test::waitUntil([&] { return !fetched.isEmpty() || !failure.isEmpty(); }, 15000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // The image the enclave was launched from, as the CLI and dashboard take it: describe-enclaves.
    auto list = client.callSync(QStringLiteral("enclaves.list"));
    QVERIFY(list);
    auto image = MeasurementsJsonParser::parse(
        QJsonDocument(list->toArray()).toJson(), QStringLiteral("describe-enclaves"));
    QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
    LiveAttestationOptions options;
    options.nonce = fetcher.nonce();
    options.image = *image;
    if (simulatorRoot) {
        QFile pem(SimulatorAttestationPki::rootPemPath(state.path() + QStringLiteral("/pki")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        options.trustedRoot = *X509Certificate::fromPem(pem.readAll());
    }
    const LiveAttestationResult result = evaluateLiveAttestation(fetched, options);
    QVERIFY2(LiveAttestationResult::statusId(result.status) == status, qPrintable(result.summary()));
    QVERIFY(result.simulated);
    QCOMPARE(result.document->nonce().value(), fetcher.nonce());
    client.disconnectFromAgent();
    test::stopSimulatedEnclaves(state.path());
}

void TestLiveAttestation::commandLine_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("raw") << QStringList {} << 0 << "matches";
    QTest::newRow("http") << QStringList { QStringLiteral("--endpoint"), QStringLiteral("http"),
        QStringLiteral("--port"), QStringLiteral("5006") }
                          << 0 << "matches";
    QTest::newRow("nobody on that port") << QStringList { QStringLiteral("--port"), QStringLiteral("7777"),
        QStringLiteral("--timeout-ms"), QStringLiteral("2000") }
                                         << 1 << QString();
    QTest::newRow("raw with http options")
        << QStringList { QStringLiteral("--http-path"), QStringLiteral("/x") } << 2 << QString();
    QTest::newRow("bad response format") << QStringList { QStringLiteral("--endpoint"),
        QStringLiteral("http"), QStringLiteral("--response"), QStringLiteral("xml") }
                                         << 2 << QString();
}

void TestLiveAttestation::commandLine()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QTemporaryDir state;
    test::prepareSimulator(state.path(), "console_interval_ms: 50\nconsole_lines: 0\n");
    auto tool = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(ENCLAVE_TOOL_PATH),
            QStringList { QStringLiteral("remote"), QStringLiteral("--local"),
                QStringLiteral("--agent-program"), QStringLiteral(ENCLAVE_AGENT_PATH),
                QStringLiteral("--simulate"), state.path() }
                + args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(tool({ QStringLiteral("run"), QStringLiteral("--eif"), QStringLiteral("unsigned_v4.eif"),
                      QStringLiteral("--cpu-count"), QStringLiteral("2"), QStringLiteral("--memory"),
                      QStringLiteral("512") },
                 &out, &err),
        0);
    const QString id = QJsonDocument::fromJson(out).object().value(QStringLiteral("EnclaveID")).toString();
    QVERIFY(!id.isEmpty());
    const qint64 cid = QJsonDocument::fromJson(out).object().value(QStringLiteral("EnclaveCID")).toInteger();
    // The enclave application needs a moment after launch, as a real one needs to boot.
    QVERIFY(test::waitUntil(
        [&] { return QFile::exists(state.path() + QStringLiteral("/vsock/%1_5006.sock").arg(cid)); }));
    const int code = tool(QStringList { QStringLiteral("attest"), id } + options, &out, &err);
    QVERIFY2(code == exitCode, err.constData());
    if (!status.isEmpty()) {
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), status);
        QVERIFY(result.value(QStringLiteral("simulated")).toBool());
        QCOMPARE(result.value(QStringLiteral("trustedRoot")).toString(), QStringLiteral("simulator"));
        QCOMPARE(result.value(QStringLiteral("nonce")).toString().size(), 64);
    } else {
        QCOMPARE(err.count('\n'), 1); // one line naming the problem
    }
    test::stopSimulatedEnclaves(state.path());
}

QTEST_GUILESS_MAIN(TestLiveAttestation)
#include "tst_liveattestation.moc"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "attestation/attestationdocument.h"
#include "attestation/attestationendpoint.h"
#include "attestation/attestationverifier.h"
#include "attestation/simulatorattestation.h"

using namespace enclave;

class TestSimulatorAttestation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pkiIsMadeOnceAndKeysArePrivate();
    void documentVerifiesOnlyUnderTheSimulatorRoot();
    void leafIsRenewedBeforeItExpires();
    void responderRaw();
    void responderHttp_data();
    void responderHttp();
};

namespace {
SimulatorAttestationPki::Document sampleDocument(const QByteArray &nonce)
{
    SimulatorAttestationPki::Document d;
    d.moduleId = QStringLiteral("i-00000000000000000-enc0000000000000010");
    for (int i = 0; i < 16; ++i)
        d.pcrs.insert(i, QByteArray(48, i < 3 ? char(0x20 + i) : '\0'));
    d.nonce = nonce;
    d.publicKey = QByteArray("public key");
    return d;
}
} // namespace

void TestSimulatorAttestation::pkiIsMadeOnceAndKeysArePrivate()
{
    QTemporaryDir dir;
    auto first = SimulatorAttestationPki::loadOrCreate(dir.path());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(first->root().subject().contains(QLatin1String("Enclave Studio simulator (NOT AWS)")));
    for (const char *name : { "root.key", "intermediate.key", "leaf.key" }) {
        struct stat st { };
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(QLatin1String(name))).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }
    auto second = SimulatorAttestationPki::loadOrCreate(dir.path());
    QVERIFY(second);
    QCOMPARE(second->rootPem(), first->rootPem());
    QFile pem(SimulatorAttestationPki::rootPemPath(dir.path()));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    QCOMPARE(pem.readAll(), first->rootPem());
}

void TestSimulatorAttestation::documentVerifiesOnlyUnderTheSimulatorRoot()
{
    QTemporaryDir dir;
    auto pki = SimulatorAttestationPki::loadOrCreate(dir.path());
    QVERIFY(pki);
    const QByteArray nonce(32, 'n');
    auto bytes = pki->sign(sampleDocument(nonce));
    QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
    auto document = AttestationDocument::parse(*bytes);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QCOMPARE(document->nonce().value(), nonce);
    QCOMPARE(document->pcr(1).value(), QByteArray(48, char(0x21)));

    AttestationExpectations expect;
    expect.nonce = nonce;
    expect.maxAgeSeconds = 300;
    const auto simulated = AttestationVerifier(pki->root()).verify(*document, AttestationTime::now(), expect);
    QVERIFY2(simulated.valid, qPrintable(simulated.firstFailure()));
    const auto aws = AttestationVerifier().verify(*document, AttestationTime::now(), expect);
    QVERIFY(!aws.valid);
    QCOMPARE(aws.check(QStringLiteral("root"))->status, AttestationCheck::Status::Failed);

    SimulatorAttestationPki::Document tooBig = sampleDocument(QByteArray(1025, 'n'));
    QVERIFY(!pki->sign(tooBig));
}

void TestSimulatorAttestation::leafIsRenewedBeforeItExpires()
{
    QTemporaryDir dir;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    auto first = SimulatorAttestationPki::loadOrCreate(dir.path(), t0);
    QVERIFY(first);
    auto doc1 = AttestationDocument::parse(*first->sign(sampleDocument({})));
    const QDateTime later = t0.addSecs(SimulatorAttestationPki::kLeafLifetimeSeconds);
    auto second = SimulatorAttestationPki::loadOrCreate(dir.path(), later);
    QVERIFY(second);
    SimulatorAttestationPki::Document d = sampleDocument({});
    d.timestamp = later;
    auto doc2 = AttestationDocument::parse(*second->sign(d));
    QVERIFY(doc1 && doc2);
    QCOMPARE(second->rootPem(), first->rootPem());
    QVERIFY(doc1->certificateDer() != doc2->certificateDer());
    const auto verdict = AttestationVerifier(second->root()).verify(*doc2, AttestationTime::at(later));
    QVERIFY2(verdict.valid, qPrintable(verdict.firstFailure()));
}

void TestSimulatorAttestation::responderRaw()
{
    QTemporaryDir dir;
    auto pki = SimulatorAttestationPki::loadOrCreate(dir.path());
    QVERIFY(pki);
    std::optional<QByteArray> seenNonce;
    SimulatorAttestationResponder responder(
        AttestationEndpoint::Kind::Raw, [&](const SimulatorAttestationResponder::Request &r) {
            seenNonce = r.nonce;
            return pki->sign(sampleDocument(r.nonce.value_or(QByteArray())));
        });
    const AttestationEndpoint endpoint = *AttestationEndpoint::preset(QStringLiteral("raw"));
    const QByteArray request = endpoint.request(QByteArray(32, 'q'));
    QVERIFY(!responder.feed(QByteArrayView(request).first(10)));
    const auto answer = responder.feed(QByteArrayView(request).sliced(10));
    QVERIFY(answer);
    QCOMPARE(seenNonce.value(), QByteArray(32, 'q'));
    AttestationResponseReader reader(endpoint);
    QCOMPARE(reader.feed(*answer), AttestationResponseReader::State::Done);
    QCOMPARE(AttestationDocument::parse(reader.document())->nonce().value(), QByteArray(32, 'q'));
}

void TestSimulatorAttestation::responderHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("nonce") << QByteArray("GET /attestation?nonce=0a0b HTTP/1.1\r\nHost: x\r\n\r\n") << 200;
    QTest::newRow("oyster path, no nonce") << QByteArray("GET /attestation/raw HTTP/1.1\r\n\r\n") << 200;
    QTest::newRow("bad hex") << QByteArray("GET /attestation?nonce=zz HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("unknown path") << QByteArray("GET /x HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("post") << QByteArray("POST /attestation HTTP/1.1\r\n\r\n") << 405;
    QTest::newRow("not http") << QByteArray("hello\r\n\r\n") << 400;
    QTest::newRow("huge headers") << QByteArray(9000, 'h') << 413;
}

void TestSimulatorAttestation::responderHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QTemporaryDir dir;
    auto pki = SimulatorAttestationPki::loadOrCreate(dir.path());
    QVERIFY(pki);
    SimulatorAttestationResponder responder(
        AttestationEndpoint::Kind::Http, [&](const SimulatorAttestationResponder::Request &r) {
            return pki->sign(sampleDocument(r.nonce.value_or(QByteArray())));
        });
    const auto answer = responder.feed(request);
    QVERIFY(answer);
    QVERIFY2(answer->startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
        answer->left(60).constData());
    AttestationEndpoint endpoint = *AttestationEndpoint::preset(QStringLiteral("http"));
    AttestationResponseReader reader(endpoint);
    reader.feed(*answer);
    if (status == 200) {
        QCOMPARE(reader.state(), AttestationResponseReader::State::Done);
        QVERIFY(AttestationDocument::parse(reader.document()));
    } else {
        QCOMPARE(reader.state(), AttestationResponseReader::State::Failed);
        QVERIFY(reader.error().contains(QString::number(status)));
    }
}

QTEST_GUILESS_MAIN(TestSimulatorAttestation)
#include "tst_simulatorattestation.moc"

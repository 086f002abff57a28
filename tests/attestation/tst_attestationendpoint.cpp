#include <QTest>

#include "attestation/attestationendpoint.h"

using namespace enclave;

Q_DECLARE_METATYPE(enclave::AttestationEndpoint)

namespace {

QByteArray be32(quint32 n)
{
    QByteArray out;
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out;
}

// Not a real document: the reader only frames bytes, the verifier judges them.
const QByteArray kDoc = QByteArray::fromHex("8444a1013822a0") + QByteArray(300, 'x');

AttestationEndpoint http(const char *response = "raw")
{
    AttestationEndpoint e = *AttestationEndpoint::preset(QStringLiteral("http"));
    const auto parsed = AttestationEndpoint::parseResponse(QString::fromLatin1(response), e);
    Q_ASSERT(parsed);
    return e;
}

QByteArray ok(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders
        + "\r\n" + body;
}

} // namespace

class TestAttestationEndpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void request_data();
    void request();
    void validate_data();
    void validate();
    void read_data();
    void read();
    void everySplitPoint();
    void presetsAndJson();
};

void TestAttestationEndpoint::request_data()
{
    QTest::addColumn<AttestationEndpoint>("endpoint");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("carriesNonce");
    const QByteArray nonce = QByteArray::fromHex("00ff10");
    QTest::newRow("raw") << *AttestationEndpoint::preset(QStringLiteral("raw")) << be32(3) + nonce << true;
    QTest::newRow("http hex nonce")
        << http()
        << QByteArray("GET /attestation?nonce=00ff10 HTTP/1.1\r\nHost: enclave\r\nAccept: */*\r\n"
                      "Connection: close\r\nUser-Agent: enclave-studio/" ENCLAVE_VERSION "\r\n\r\n")
        << true;
    AttestationEndpoint b64 = http();
    b64.httpMethod = QStringLiteral("POST");
    b64.httpPath = QStringLiteral("/att/{nonce_b64}");
    QTest::newRow("http post b64url")
        << b64
        << QByteArray("POST /att/AP8Q HTTP/1.1\r\nHost: enclave\r\nAccept: */*\r\n"
                      "Connection: close\r\nUser-Agent: enclave-studio/" ENCLAVE_VERSION
                      "\r\nContent-Length: 0\r\n\r\n")
        << true;
    QTest::newRow("oyster has no nonce")
        << *AttestationEndpoint::preset(QStringLiteral("oyster"))
        << QByteArray("GET /attestation/raw HTTP/1.1\r\nHost: enclave\r\nAccept: */*\r\n"
                      "Connection: close\r\nUser-Agent: enclave-studio/" ENCLAVE_VERSION "\r\n\r\n")
        << false;
}

void TestAttestationEndpoint::request()
{
    QFETCH(AttestationEndpoint, endpoint);
    QFETCH(QByteArray, expected);
    QFETCH(bool, carriesNonce);
    QCOMPARE(endpoint.request(QByteArray::fromHex("00ff10")), expected);
    QCOMPARE(endpoint.carriesNonce(), carriesNonce);
}

void TestAttestationEndpoint::validate_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << "GET"
                        << "/a?n={nonce_hex}"
                        << "raw" << true;
    QTest::newRow("json field") << "GET"
                                << "/a"
                                << "json:doc" << true;
    QTest::newRow("method with space") << "GE T"
                                       << "/a"
                                       << "raw" << false;
    QTest::newRow("empty method") << ""
                                  << "/a"
                                  << "raw" << false;
    QTest::newRow("relative path") << "GET"
                                   << "a"
                                   << "raw" << false;
    QTest::newRow("space in path") << "GET"
                                   << "/a b"
                                   << "raw" << false;
    QTest::newRow("CRLF injection") << "GET"
                                    << "/a\r\nX: y"
                                    << "raw" << false;
    QTest::newRow("non-ascii") << "GET"
                               << "/ä"
                               << "raw" << false;
}

void TestAttestationEndpoint::validate()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, response);
    QFETCH(bool, valid);
    AttestationEndpoint e = http();
    e.httpMethod = method;
    e.httpPath = path;
    QVERIFY(AttestationEndpoint::parseResponse(response, e));
    QCOMPARE(bool(e.validate()), valid);
}

void TestAttestationEndpoint::read_data()
{
    QTest::addColumn<AttestationEndpoint>("endpoint");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("thenEof");
    QTest::addColumn<QString>("error"); // empty: the document comes out
    const AttestationEndpoint raw = *AttestationEndpoint::preset(QStringLiteral("raw"));
    QTest::newRow("raw") << raw << be32(quint32(kDoc.size())) + kDoc << false << QString();
    QTest::newRow("raw then eof") << raw << be32(quint32(kDoc.size())) + kDoc << true << QString();
    QTest::newRow("raw zero length") << raw << be32(0) << false << "empty document";
    QTest::newRow("raw wrong length prefix")
        << raw << QByteArray("HTTP/1.1 200 OK\r\n") << false << "more than the 16384 accepted";
    QTest::newRow("raw too big") << raw << be32(16385) << false << "more than the 16384 accepted";
    QTest::newRow("raw trailing bytes") << raw << be32(3) + "abcd" << false << "unexpected byte";
    QTest::newRow("raw truncated") << raw << be32(400) + kDoc.left(10) << true
                                   << "before the document was complete";
    QTest::newRow("nothing") << raw << QByteArray() << true << "without answering";
    QTest::newRow("http") << http() << ok(kDoc) << false << QString();
    QTest::newRow("http bare LF") << http() << QByteArray("HTTP/1.0 200 OK\nContent-Length: 3\n\nabc")
                                  << false << QString();
    QTest::newRow("http close-delimited")
        << http() << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + kDoc << true << QString();
    QTest::newRow("http chunked")
        << http()
        << QByteArray(
               "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n3;x=1\r\nfgh\r\n0\r\n\r\n")
        << false << QString();
    QTest::newRow("http 404") << http() << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                              << false << "HTTP 404";
    QTest::newRow("http 500 before headers end")
        << http() << QByteArray("HTTP/1.1 500 Oops\r\nX: y\r\n\r\n") << false << "HTTP 500";
    QTest::newRow("not http") << http() << QByteArray("garbage\r\n\r\n") << false << "did not answer HTTP";
    QTest::newRow("endless headers") << http() << QByteArray(9000, 'h') << false
                                     << "no end of the HTTP headers";
    QTest::newRow("announced too big")
        << http() << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999\r\n\r\n") << false
        << "more than the 16384 accepted";
    QTest::newRow("body over cap") << http() << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(16385, 'x')
                                   << false << "larger than the 16384";
    QTest::newRow("body over content-length")
        << http() << ok("abc").append("dd") << false << "unexpected byte";
    QTest::newRow("bad chunk size") << http()
                                    << QByteArray(
                                           "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << false << "not hex";
    QTest::newRow("gzip") << http() << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
                          << false << "Transfer-Encoding";
    QTest::newRow("cut short") << http() << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
                               << true << "before the document";
    QTest::newRow("hex body") << http("hex") << ok(kDoc.toHex() + "\n") << false << QString();
    QTest::newRow("hex body odd") << http("hex") << ok("abc") << false << "not hex";
    QTest::newRow("base64 body") << http("base64") << ok(kDoc.toBase64()) << false << QString();
    QTest::newRow("base64url body") << http("base64") << ok(kDoc.toBase64(QByteArray::Base64UrlEncoding))
                                    << false << QString();
    QTest::newRow("base64 garbage") << http("base64") << ok("@@@@") << false << "not base64";
    QTest::newRow("json b64") << http("json:document") << ok("{\"document\": \"" + kDoc.toBase64() + "\"}")
                              << false << QString();
    QTest::newRow("json hex") << http("json:document") << ok("{\"document\": \"" + kDoc.toHex() + "\"}")
                              << false << QString();
    QTest::newRow("json missing field")
        << http("json:document") << ok("{\"doc\": \"00\"}") << false << "no text field \"document\"";
    QTest::newRow("json not object") << http("json:document") << ok("[1]") << false << "not a JSON object";
    QTest::newRow("empty body") << http() << ok("") << false << "empty";
}

void TestAttestationEndpoint::read()
{
    QFETCH(AttestationEndpoint, endpoint);
    QFETCH(QByteArray, answer);
    QFETCH(bool, thenEof);
    QFETCH(QString, error);
    AttestationResponseReader reader(endpoint);
    reader.feed(answer);
    if (thenEof)
        reader.finish();
    if (error.isEmpty()) {
        QCOMPARE(reader.state(), AttestationResponseReader::State::Done);
        const QByteArray expected = QTest::currentDataTag() == QByteArray("http bare LF") ? QByteArray("abc")
            : QTest::currentDataTag() == QByteArray("http chunked") ? QByteArray("abcdefgh")
                                                                    : kDoc;
        QCOMPARE(reader.document(), expected);
    } else {
        QCOMPARE(reader.state(), AttestationResponseReader::State::Failed);
        QVERIFY2(reader.error().contains(error), qPrintable(reader.error()));
        QVERIFY(reader.document().isEmpty());
    }
}

void TestAttestationEndpoint::everySplitPoint()
{
    // The answer arrives in arbitrary pieces over the stream: every split gives the same document.
    const QList<std::pair<AttestationEndpoint, QByteArray>> cases = {
        { *AttestationEndpoint::preset(QStringLiteral("raw")), be32(quint32(kDoc.size())) + kDoc },
        { http(), ok(kDoc) },
        { http(),
            QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                + QByteArray::number(kDoc.size(), 16) + "\r\n" + kDoc + "\r\n0\r\n\r\n" },
    };
    for (const auto &[endpoint, answer] : cases) {
        for (qsizetype split = 0; split <= answer.size(); ++split) {
            AttestationResponseReader reader(endpoint);
            reader.feed(QByteArrayView(answer).first(split));
            reader.feed(QByteArrayView(answer).sliced(split));
            QCOMPARE(reader.state(), AttestationResponseReader::State::Done);
            QCOMPARE(reader.document(), kDoc);
        }
    }
}

void TestAttestationEndpoint::presetsAndJson()
{
    for (const QString &name : AttestationEndpoint::presetNames()) {
        auto preset = AttestationEndpoint::preset(name);
        QVERIFY2(preset, qPrintable(name));
        QVERIFY(preset->validate());
        auto round = AttestationEndpoint::fromJson(preset->toJson());
        QVERIFY(round);
        QCOMPARE(round->toJson(), preset->toJson());
    }
    QVERIFY(!AttestationEndpoint::preset(QStringLiteral("nope")));
    QVERIFY(
        !AttestationEndpoint::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("raw") } }));
    QVERIFY(!AttestationEndpoint::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("port"), 1 }, { QStringLiteral("path"), QStringLiteral("/a b") } }));
}

QTEST_APPLESS_MAIN(TestAttestationEndpoint)
#include "tst_attestationendpoint.moc"

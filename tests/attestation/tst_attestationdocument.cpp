#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include "attestation/attestationdocument.h"
#include "attestation/attestationfixtures.h"
#include "attestation/attestationinput.h"
#include "attestation/attestationtestkit.h"
#include "common/hex.h"
#include "crypto/digest.h"
#include "crypto/x509certificate.h"

using namespace enclave;
using namespace enclave::testkit;
using namespace Qt::StringLiterals;

namespace {

QByteArray optionalHex(const std::optional<QByteArray> &b)
{
    return b ? hex::encode(*b).toLatin1() : QByteArray("null");
}

// Every span lies inside its parent and inside the file; content spans hold what is displayed.
void checkSpans(const AttestationField &f, const FieldSpan &parent, qint64 fileSize, int depth = 0)
{
    QVERIFY2(f.span.isValid(), qPrintable(f.name));
    QVERIFY2(f.span.offset >= parent.offset && f.span.end() <= parent.end(), qPrintable(f.name));
    QVERIFY(f.span.end() <= fileSize);
    if (f.contentSpan.isValid())
        QVERIFY2(
            f.contentSpan.offset >= f.span.offset && f.contentSpan.end() <= f.span.end(), qPrintable(f.name));
    if (f.keySpan.isValid())
        QVERIFY2(f.keySpan.end() <= f.span.offset, qPrintable(f.name));
    for (const AttestationField &c : f.children) {
        checkSpans(c, f.span, fileSize, depth + 1);
        if (QTest::currentTestFailed())
            return;
    }
}

const AttestationField *childNamed(const AttestationField &f, const QString &name)
{
    for (const AttestationField &c : f.children) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void collectBoundaries(const AttestationField &f, QList<qint64> &out)
{
    out << f.span.offset << f.span.end();
    if (f.contentSpan.isValid())
        out << f.contentSpan.offset;
    if (f.keySpan.isValid())
        out << f.keySpan.offset << f.keySpan.end();
    for (const AttestationField &c : f.children)
        collectBoundaries(c, out);
}

// A syntactically valid document around `payload` (signature content is irrelevant to parsing).
QByteArray wrap(const QByteArray &payload,
    const QByteArray &protectedHeader = QByteArray("\xa1\x01\x38\x22", 4), qsizetype sigSize = 96)
{
    using namespace cborw;
    return arrayHead(4) + bytes(protectedHeader) + mapHead(0) + bytes(payload)
        + bytes(QByteArray(sigSize, '\x01'));
}

} // namespace

class TestAttestationDocument final : public QObject {
    Q_OBJECT

    QJsonObject m_expected;
    Pki m_pki;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_expected = expectedValues();
        QVERIFY(!m_expected.isEmpty());
        m_pki = Pki::make(QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!m_pki.leaf.isEmpty());
    }

    void realDocument_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : realDocuments())
            QTest::newRow(qPrintable(f)) << f;
    }
    void realDocument()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAttestationFile(file);
        QVERIFY(!bytes.isEmpty());
        const QJsonObject e = m_expected.value(file).toObject();
        QVERIFY(!e.isEmpty());
        QCOMPARE(Digest::sha256(bytes), QByteArray::fromHex(e[u"sha256"_s].toString().toLatin1()));

        const auto doc = AttestationDocument::parse(bytes);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        QCOMPARE(doc->kind(), AttestationDocument::Kind::NitroEnclave);
        QCOMPARE(doc->isTagged(), e[u"tagged18"_s].toBool());
        QCOMPARE(doc->moduleId(), e[u"module_id"_s].toString());
        QCOMPARE(doc->digest(), e[u"digest"_s].toString());
        QCOMPARE(qint64(doc->timestampMs()), e[u"timestamp_ms"_s].toInteger());
        QCOMPARE(doc->timestamp().toString(Qt::ISODateWithMs), e[u"timestamp_utc"_s].toString());
        QCOMPARE(doc->isDebugMode(), e[u"debug_mode"_s].toBool());
        QCOMPARE(doc->isIndefiniteMap(), e[u"payload_map_encoding"_s].toString() == u"indefinite");

        const QJsonObject pcrs = e[u"pcrs"_s].toObject();
        QCOMPARE(doc->pcrs().size(), pcrs.size());
        for (const AttestationPcr &p : doc->pcrs())
            QCOMPARE(hex::encode(p.value), pcrs.value(QString::number(p.index)).toString());

        auto jsonHex = [&](const char *key) {
            const QJsonValue v = e[QLatin1StringView(key)];
            return v.isNull() ? QByteArray("null") : v.toString().toLatin1();
        };
        QCOMPARE(optionalHex(doc->publicKey()), jsonHex("public_key"));
        QCOMPARE(optionalHex(doc->userData()), jsonHex("user_data"));
        QCOMPARE(optionalHex(doc->nonce()), jsonHex("nonce"));

        QStringList order;
        for (const QJsonValue &k : e[u"key_order"_s].toArray())
            order << k.toString();
        QCOMPARE(doc->keyOrder(), order);
        QVERIFY(doc->unknownKeys().isEmpty());

        QCOMPARE(Digest::sha384(doc->sigStructure()),
            QByteArray::fromHex(e[u"sig_structure_sha384"_s].toString().toLatin1()));
        for (const QJsonValue &cv : e[u"certs"_s].toArray()) {
            const QJsonObject c = cv.toObject();
            const QString which = c[u"which"_s].toString();
            QByteArray der;
            if (which == u"leaf") {
                der = doc->certificateDer();
            } else {
                const int i = which.mid(9, which.size() - 10).toInt();
                QVERIFY(i < doc->cabundleDer().size());
                der = doc->cabundleDer().at(i);
            }
            QCOMPARE(hex::encode(Digest::sha256(der)), c[u"sha256"_s].toString());
        }
        QCOMPARE(doc->cabundle().size(), 4);
        QCOMPARE(doc->signature().size(), 96);
        QCOMPARE(doc->protectedHeader(), QByteArray("\xa1\x01\x38\x22", 4));
    }

    void spans_data() { realDocument_data(); }
    void spans()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAttestationFile(file);
        const auto doc = AttestationDocument::parse(bytes);
        QVERIFY(doc);
        const AttestationField tree = doc->tree();
        QCOMPARE(tree.span, (FieldSpan { 0, bytes.size() }));
        checkSpans(tree, tree.span, bytes.size());
        QCOMPARE(tree.children.size(), 4);
        const AttestationField &payload = tree.children[2];
        QCOMPARE(payload.name, u"payload"_s);
        QCOMPARE(bytes.mid(payload.span.offset, payload.span.length), doc->payload());
        QCOMPARE(bytes.mid(tree.children[3].contentSpan.offset, 96), doc->signature());
        QCOMPARE(bytes.mid(tree.children[0].contentSpan.offset, 4), doc->protectedHeader());
        // Field content spans point at exactly the decoded bytes.
        const AttestationField *pcrs = childNamed(payload, u"pcrs"_s);
        QVERIFY(pcrs);
        for (const AttestationField &p : pcrs->children) {
            QCOMPARE(bytes.mid(p.contentSpan.offset, p.contentSpan.length), *doc->pcr(p.name.toInt()));
            QCOMPARE(bytes.at(p.keySpan.offset), char(p.name.toInt()));
        }
        const AttestationField *cert = childNamed(payload, u"certificate"_s);
        QVERIFY(cert);
        QCOMPARE(bytes.mid(cert->contentSpan.offset, cert->contentSpan.length), doc->certificateDer());
        QCOMPARE(bytes.mid(cert->keySpan.offset + 1, cert->keySpan.length - 1), "certificate"_ba);
        const AttestationField *bundle = childNamed(payload, u"cabundle"_s);
        QVERIFY(bundle);
        QCOMPARE(bundle->children.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const FieldSpan s = bundle->children[i].contentSpan;
            QCOMPARE(bytes.mid(s.offset, s.length), doc->cabundleDer().at(i));
        }
        const AttestationField *module = childNamed(payload, u"module_id"_s);
        QCOMPARE(QString::fromUtf8(bytes.mid(module->contentSpan.offset, module->contentSpan.length)),
            doc->moduleId());
        QCOMPARE(doc->fieldSpan(u"module_id"_s), module->span);
        QVERIFY(!doc->fieldSpan(u"nope"_s).isValid());
    }

    void tagged18()
    {
        const auto doc = AttestationDocument::parse(readAttestationFile(u"sparsity2-tagged18-VALID.cbor"_s));
        QVERIFY(doc);
        QVERIFY(doc->isTagged());
        const auto plain
            = AttestationDocument::parse(readAttestationFile(u"sparsity-attestation2-2023-09-28.cbor"_s));
        QVERIFY(plain);
        QCOMPARE(doc->sigStructure(), plain->sigStructure());
        QCOMPARE(doc->tree().children[2].span.offset, plain->tree().children[2].span.offset + 1);
    }

    // Files that must not parse, with where and why.
    void malformedFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("trailing byte") << u"sparsity2-trailing-byte-INVALID.cbor"_s << u"trailing"_s;
        QTest::newRow("alg -36") << u"sparsity2-alg-es512-INVALID.cbor"_s
                                 << u"protected header must be exactly"_s;
        // Three bytes are missing: what follows the payload decodes as garbage, but the declared
        // lengths say plainly that the data is too short for them.
        QTest::newRow("missing 3 bytes")
            << u"base-nitrovalidator-as-published-missing-3-bytes-INVALID.cbor"_s
            << u"truncated by 3 bytes: the payload's length (4374 bytes) and the "
               u"96-byte signature run past the end of the data (4479 bytes)"_s;
    }
    void malformedFixture()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QByteArray bytes = readAttestationFile(file);
        QVERIFY(!bytes.isEmpty());
        const auto doc = AttestationDocument::parse(bytes);
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
        QVERIFY(doc.error().offset >= 0 && doc.error().offset <= bytes.size());
    }

    void payloadErrorsSayPayload()
    {
        const auto doc = AttestationDocument::parse(wrap("\xa1\x61"_ba));
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.startsWith(u"payload: "_s), qPrintable(doc.error().message));
    }

    // Envelope variants built by hand around a real payload.
    void envelope_data()
    {
        using namespace cborw;
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("message");
        const QByteArray real = readAttestationFile(u"sparsity-attestation2-2023-09-28.cbor"_s);
        const auto doc = AttestationDocument::parse(real);
        QVERIFY(doc);
        const QByteArray payload = doc->payload();
        const QByteArray sig = doc->signature();
        auto env = [&](const QByteArray &prot, const QByteArray &unprot, const QByteArray &pl,
                       const QByteArray &s) -> QByteArray { return arrayHead(4) + prot + unprot + pl + s; };
        const QByteArray prot = bytes("\xa1\x01\x38\x22"_ba);
        QTest::newRow("tag 17") << QByteArray(1, '\xd1') + real << u"tag"_s;
        QTest::newRow("tag 18 twice") << "\xd2\xd2"_ba + real << u""_s;
        QTest::newRow("tag 98 (COSE_Sign)") << "\xd8\x62"_ba + real << u"tag"_s;
        QTest::newRow("alg -7") << env(bytes("\xa1\x01\x26"_ba), mapHead(0), bytes(payload), bytes(sig))
                                << u"protected header"_s;
        QTest::newRow("alg as text") << env(bytes("\xa1\x01\x65"
                                                  "ES384"_ba),
            mapHead(0), bytes(payload), bytes(sig))
                                     << u""_s;
        QTest::newRow("alg non-shortest") << env(bytes("\xa1\x01\x39\x00\x22"_ba), mapHead(0), bytes(payload),
            bytes(sig)) << u"protected header"_s;
        QTest::newRow("protected extra key")
            << env(bytes("\xa2\x01\x38\x22\x04\x41\x00"_ba), mapHead(0), bytes(payload), bytes(sig)) << u""_s;
        QTest::newRow("protected empty")
            << env(bytes(QByteArray()), mapHead(0), bytes(payload), bytes(sig)) << u""_s;
        QTest::newRow("array of 3") << arrayHead(3) + prot + mapHead(0) + bytes(payload) << u""_s;
        QTest::newRow("array of 5") << arrayHead(5) + prot + mapHead(0) + bytes(payload) + bytes(sig) + null()
                                    << u""_s;
        QTest::newRow("map not array")
            << mapHead(2) + prot + mapHead(0) + bytes(payload) + bytes(sig) << u""_s;
        QTest::newRow("signature 95")
            << env(prot, mapHead(0), bytes(payload), bytes(sig.left(95))) << u"96"_s;
        QTest::newRow("signature 97") << env(prot, mapHead(0), bytes(payload), bytes(sig + '\0')) << u"96"_s;
        QTest::newRow("signature as text")
            << env(prot, mapHead(0), bytes(payload), text(sig.toHex())) << u""_s;
        QTest::newRow("payload as text") << env(prot, mapHead(0), text("x"), bytes(sig)) << u""_s;
        QTest::newRow("payload empty") << env(prot, mapHead(0), bytes(QByteArray()), bytes(sig)) << u""_s;
        QTest::newRow("payload chunked") << env(prot, mapHead(0),
            "\x5f"_ba + bytes(payload.left(100)) + bytes(payload.mid(100)) + "\xff"_ba, bytes(sig))
                                         << u""_s;
        QTest::newRow("payload too big")
            << env(prot, mapHead(0), bytes(QByteArray(20000, '\xa0')), bytes(sig)) << u""_s;
        QTest::newRow("payload trailing byte")
            << env(prot, mapHead(0), bytes(payload + '\0'), bytes(sig)) << u"trailing"_s;
        QTest::newRow("payload array") << env(prot, mapHead(0), bytes(arrayHead(0)), bytes(sig)) << u"map"_s;
        QTest::newRow("unprotected not a map")
            << env(prot, arrayHead(0), bytes(payload), bytes(sig)) << u""_s;
        QTest::newRow("lying bstr length")
            << arrayHead(4) + prot + mapHead(0) + "\x5a\xff\xff\xff\xff"_ba + payload << u""_s;
        QTest::newRow("lying 8-byte length")
            << arrayHead(4) + prot + mapHead(0) + "\x5b\x7f\xff\xff\xff\xff\xff\xff\xff"_ba + payload
            << u""_s;
        QTest::newRow("lying array count") << "\x9b\x00\x00\x00\x01\x00\x00\x00\x00"_ba + prot << u""_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("one byte") << "\x84"_ba << u""_s;
        QTest::newRow("break byte") << "\xff"_ba << u""_s;
        QTest::newRow("nested arrays 100000") << QByteArray(100000, '\x81') + "\x00"_ba << u""_s;
        QTest::newRow("nested maps in unprotected")
            << arrayHead(4) + prot + QByteArray(5000, '\xa1') << u""_s;
        QTest::newRow("nested indefinite arrays") << QByteArray(50000, '\x9f') << u""_s;
        QTest::newRow("nested tags") << QByteArray(50000, '\xd2') + real << u""_s;
    }
    void envelope()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, message);
        const auto doc = AttestationDocument::parse(document);
        QVERIFY2(!doc, "accepted a malformed envelope");
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().toString()));
        QVERIFY(doc.error().offset >= 0 && doc.error().offset <= qMax<qint64>(document.size(), 0));
    }

    // Payload variants: (spec tweak) -> accepted?, error fragment.
    void payload_data()
    {
        using namespace cborw;
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        const DocSpec base = DocSpec::standard(m_pki, 1906632000000ULL);
        auto row = [](const char *name, const DocSpec &s, bool ok, const QString &msg) {
            QTest::newRow(name) << s.payload() << ok << msg;
        };
        row("standard", base, true, {});
        {
            DocSpec s = base;
            s.indefiniteMap = true;
            row("indefinite map", s, true, {});
        }
        {
            DocSpec s = base;
            s.pcrs.insert(16, QByteArray(48, '\x42'));
            row("17 PCRs", s, true, {});
        }
        {
            DocSpec s = base;
            s.pcrs = { { 3, QByteArray(32, '\x01') }, { 31, QByteArray(64, '\x02') } };
            row("sparse PCRs 32/64 bytes", s, true, {});
        }
        {
            DocSpec s = base;
            s.userData = QByteArray();
            s.publicKey = "PublicKey(402ba7)"_ba;
            row("empty user_data, text public_key", s, true, {});
        }
        for (const char *key : { "module_id", "digest", "timestamp", "pcrs", "certificate", "cabundle" }) {
            DocSpec s = base;
            s.drop << QLatin1StringView(key);
            QTest::newRow(qPrintable(u"missing "_s + QLatin1StringView(key)))
                << s.payload() << false << u"payload has no"_s;
        }
        for (const char *key : { "public_key", "user_data", "nonce" }) {
            DocSpec s = base;
            s.drop << QLatin1StringView(key);
            QTest::newRow(qPrintable(u"absent "_s + QLatin1StringView(key)))
                << s.payload() << true << QString();
        }
        {
            DocSpec s = base;
            s.extraEntries << text("nonce") + null();
            row("duplicate nonce", s, false, u"duplicate payload key 'nonce'"_s);
        }
        {
            DocSpec s = base;
            s.extraEntries << text("pcrs") + mapHead(1) + unsignedInt(0) + bytes(QByteArray(48, '\0'));
            row("duplicate pcrs", s, false, u"duplicate payload key 'pcrs'"_s);
        }
        {
            DocSpec s = base;
            s.extraEntries << text("nitrotpm_pcrs") + mapHead(1) + unsignedInt(0)
                    + bytes(QByteArray(48, '\0'));
            row("pcrs and nitrotpm_pcrs", s, false, u"both"_s);
        }
        {
            DocSpec s = base;
            s.extraEntries << unsignedInt(1) + unsignedInt(2);
            row("integer key", s, false, u"payload key must be a text string"_s);
        }
        {
            DocSpec s = base;
            s.extraEntries << text("\xff\xfe") + null();
            row("invalid UTF-8 key", s, false, QString());
        }
        {
            DocSpec s = base;
            s.moduleId = QString();
            row("empty module_id", s, false, u"module_id is empty"_s);
        }
        {
            DocSpec s = base;
            s.digest = u"SHA256"_s;
            row("digest SHA256", s, false, u"SHA384"_s);
        }
        {
            DocSpec s = base;
            s.digest = u"sha384"_s;
            row("digest lower case", s, false, u"SHA384"_s);
        }
        {
            DocSpec s = base;
            s.timestampMs = 0;
            row("timestamp 0", s, false, u"timestamp"_s);
        }
        {
            DocSpec s = base;
            s.timestampMs = ~0ULL;
            row("timestamp 2^64-1", s, false, u"timestamp"_s);
        }
        {
            DocSpec s = base;
            s.pcrs.clear();
            row("no PCRs", s, false, u"allowed 1..32"_s);
        }
        {
            DocSpec s = base;
            for (int i = 0; i < 32; ++i)
                s.pcrs.insert(i, QByteArray(48, '\0'));
            row("32 PCRs", s, true, {});
        }
        {
            DocSpec s = base;
            s.pcrs.insert(32, QByteArray(48, '\0'));
            row("PCR index 32", s, false, u"below 32"_s);
        }
        {
            DocSpec s = base;
            s.pcrs.insert(5, QByteArray(47, '\0'));
            row("PCR 47 bytes", s, false, u"PCR5"_s);
        }
        {
            DocSpec s = base;
            s.pcrs.insert(5, QByteArray(40, '\0'));
            row("PCR 40 bytes", s, false, u"32, 48 or 64"_s);
        }
        {
            DocSpec s = base;
            s.certificate = QByteArray();
            row("empty certificate", s, false, u"certificate"_s);
        }
        {
            DocSpec s = base;
            s.certificate = QByteArray(1025, '\x30');
            row("certificate 1025 bytes", s, false, u"1..1024"_s);
        }
        {
            DocSpec s = base;
            s.certificate = "not a certificate"_ba;
            row("certificate garbage", s, false, u"DER"_s);
        }
        {
            DocSpec s = base;
            s.certificate = m_pki.leaf + '\0';
            row("certificate trailing byte", s, false, u"DER"_s);
        }
        {
            DocSpec s = base;
            s.cabundle.clear();
            row("empty cabundle", s, false, u"cabundle"_s);
        }
        {
            DocSpec s = base;
            s.cabundle << "junk"_ba;
            row("cabundle junk entry", s, false, u"cabundle[4]"_s);
        }
        {
            DocSpec s = base;
            for (int i = 0; i < 20; ++i)
                s.cabundle << m_pki.zonal;
            row("cabundle 24 entries", s, false, u"cabundle has"_s);
        }
        {
            DocSpec s = base;
            s.publicKey = QByteArray(1025, 'k');
            row("public_key 1025", s, false, u"public_key"_s);
        }
        {
            DocSpec s = base;
            s.nonce = QByteArray(1025, 'n');
            row("nonce 1025", s, false, u"nonce"_s);
        }
        {
            DocSpec s = base;
            s.nonce = QByteArray(600, 'n');
            row("nonce 600 (warned)", s, true, {});
        }
        {
            DocSpec s = base;
            s.extraEntries << text("future_field") + mapHead(1) + text("a") + arrayHead(1) + unsignedInt(1);
            row("unknown key", s, true, {});
        }
        // Wrong types: hand-encoded whole payloads.
        auto typed
            = [&](const char *name, const QByteArray &key, const QByteArray &value, const QString &msg) {
                  DocSpec s = base;
                  s.drop << QString::fromLatin1(key);
                  s.extraEntries << text(key) + value;
                  QTest::newRow(name) << s.payload() << false << msg;
              };
        typed("module_id null", "module_id", null(), u"module_id must be a text string, found null"_s);
        typed("module_id uint", "module_id", unsignedInt(5), u"text string"_s);
        typed("module_id chunked", "module_id", "\x7f\x61i\x61j\xff"_ba, u"definite-length"_s);
        typed("digest bytes", "digest", bytes("SHA384"), u"text string"_s);
        typed("timestamp negative", "timestamp", nint(-5), u"unsigned integer"_s);
        typed("timestamp text", "timestamp", text("1700000000000"), u"unsigned integer"_s);
        typed(
            "timestamp float", "timestamp", "\xfb\x42\x78\xc0\x00\x00\x00\x00\x00"_ba, u"unsigned integer"_s);
        typed("pcrs array", "pcrs", arrayHead(1) + bytes(QByteArray(48, 0)), u"must be a map"_s);
        typed("pcrs null", "pcrs", null(), u"must be a map"_s);
        typed("pcr key negative", "pcrs", mapHead(1) + nint(-1) + bytes(QByteArray(48, 0)), u"below 32"_s);
        typed("pcr key text", "pcrs", mapHead(1) + text("0") + bytes(QByteArray(48, 0)), u"below 32"_s);
        typed("pcr duplicate index", "pcrs",
            mapHead(2) + unsignedInt(0) + bytes(QByteArray(48, 0)) + unsignedInt(0)
                + bytes(QByteArray(48, 1)),
            u"duplicate PCR index 0"_s);
        typed("pcr value text", "pcrs", mapHead(1) + unsignedInt(0) + text(QByteArray(48, 'a')),
            u"byte string"_s);
        typed("pcr value null", "pcrs", mapHead(1) + unsignedInt(0) + null(), u"byte string"_s);
        typed("certificate null", "certificate", null(), u"byte string"_s);
        typed("cabundle map", "cabundle", mapHead(0), u"array"_s);
        typed("cabundle of text", "cabundle", arrayHead(1) + text("x"), u"byte string"_s);
        typed(
            "cabundle nested", "cabundle", arrayHead(1) + arrayHead(1) + bytes(m_pki.root), u"byte string"_s);
        typed("user_data text", "user_data", text("hello"), u"byte string"_s);
        typed("nonce uint", "nonce", unsignedInt(7), u"byte string"_s);
        typed("public_key false", "public_key", "\xf4"_ba, u"byte string"_s);
        typed("user_data undefined", "user_data", "\xf7"_ba, u"byte string"_s);
        typed("deep unknown", "x", QByteArray(40, '\x81') + unsignedInt(1), u""_s);
    }
    void payload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        const QByteArray document = wrap(payload);
        const auto doc = AttestationDocument::parse(document);
        if (ok) {
            QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
            return;
        }
        QVERIFY2(!doc, "accepted a malformed payload");
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().toString()));
        // Payload errors point inside the payload.
        QVERIFY2(doc.error().offset >= 6 && doc.error().offset < document.size(),
            qPrintable(doc.error().toString()));
    }

    void acceptedVariants()
    {
        DocSpec s = DocSpec::standard(m_pki, 1906632000000ULL);
        s.userData = QByteArray();
        s.drop << u"public_key"_s;
        s.nonce = QByteArray(600, 'n');
        s.extraEntries << cborw::text("future_field") + cborw::unsignedInt(1);
        s.indefiniteMap = true;
        const auto doc = AttestationDocument::parse(wrap(s.payload()));
        QVERIFY(doc);
        QVERIFY(doc->isIndefiniteMap());
        QCOMPARE(doc->userData(), std::optional<QByteArray>(QByteArray()));
        QVERIFY(!doc->publicKey());
        QCOMPARE(doc->nonce()->size(), 600);
        QCOMPARE(doc->unknownKeys(), QStringList { u"future_field"_s });
        QCOMPARE(doc->warnings().size(), 1);
        QVERIFY(doc->warnings().first().contains(u"nonce"_s));
        QVERIFY(!doc->isDebugMode());

        DocSpec n = DocSpec::standard(m_pki, 1906632000000ULL);
        n.publicKey = QByteArray();
        QVERIFY(AttestationDocument::parse(wrap(n.payload()))->warnings().first().contains(u"public_key"_s));

        DocSpec dbg = DocSpec::standard(m_pki, 1906632000000ULL);
        for (int i = 0; i < 3; ++i)
            dbg.pcrs.insert(i, QByteArray(48, '\0'));
        QVERIFY(AttestationDocument::parse(wrap(dbg.payload()))->isDebugMode());
        dbg.pcrs.remove(2);
        QVERIFY(!AttestationDocument::parse(wrap(dbg.payload()))->isDebugMode());
    }

    void nitroTpm()
    {
        DocSpec s = DocSpec::standard(m_pki, 1906632000000ULL);
        s.drop << u"pcrs"_s;
        s.extraEntries << cborw::text("nitrotpm_pcrs") + cborw::mapHead(2) + cborw::unsignedInt(0)
                + cborw::bytes(QByteArray(48, 'a')) + cborw::unsignedInt(7)
                + cborw::bytes(QByteArray(48, 'b'));
        const auto doc = AttestationDocument::parse(wrap(s.payload()));
        QVERIFY(doc);
        QCOMPARE(doc->kind(), AttestationDocument::Kind::NitroTpm);
        QCOMPARE(doc->kindName(), u"NitroTPM"_s);
        QCOMPARE(doc->pcrs().size(), 2);
        QCOMPARE(*doc->pcr(7), QByteArray(48, 'b'));
        QVERIFY(doc->fieldSpan(u"nitrotpm_pcrs"_s).isValid());
    }

    // Every prefix of one real document, and every structural boundary of all of them.
    void truncationEveryByte()
    {
        const QByteArray bytes = readAttestationFile(u"fastcrypto-pcr16-indefmap-2025-11-10.cbor"_s);
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            const auto doc = AttestationDocument::parse(QByteArrayView(bytes.constData(), n));
            QVERIFY2(!doc, qPrintable(u"prefix of %1 bytes accepted"_s.arg(n)));
            QVERIFY(doc.error().offset >= 0 && doc.error().offset <= n);
            // Every cut is reported as a truncation, never as a nesting or count limit.
            QVERIFY2(doc.error().code == Error::Code::Truncated,
                qPrintable(u"prefix of %1 bytes: %2"_s.arg(n).arg(doc.error().toString())));
        }
    }
    void truncationBoundaries_data() { realDocument_data(); }
    void truncationBoundaries()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAttestationFile(file);
        const auto doc = AttestationDocument::parse(bytes);
        QVERIFY(doc);
        QList<qint64> cuts;
        collectBoundaries(doc->tree(), cuts);
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        QVERIFY(cuts.size() > 60);
        for (qint64 cut : std::as_const(cuts)) {
            for (qint64 n : { cut - 1, cut, cut + 1 }) {
                if (n < 0 || n >= bytes.size())
                    continue;
                QVERIFY2(!AttestationDocument::parse(QByteArrayView(bytes.constData(), n)),
                    qPrintable(u"%1 truncated to %2 accepted"_s.arg(file).arg(n)));
            }
        }
    }

    // Seeded random damage (flips, byte overwrites, insertions, deletions, length-field bumps) to
    // real documents: parsing never crashes and never reads outside the input (ASan build).
    // ATTESTATION_FUZZ_ITERATIONS raises the count for longer local runs.
    void randomDamage()
    {
        const int iterations = qEnvironmentVariableIsSet("ATTESTATION_FUZZ_ITERATIONS")
            ? qEnvironmentVariableIntValue("ATTESTATION_FUZZ_ITERATIONS")
            : 1500;
        QList<QByteArray> docs;
        for (const QString &f : realDocuments())
            docs << readAttestationFile(f);
        QRandomGenerator rng(20261122);
        int parsed = 0;
        for (int i = 0; i < iterations; ++i) {
            QByteArray b = docs[int(rng.bounded(docs.size()))];
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !b.isEmpty(); ++e) {
                const qsizetype at = qsizetype(rng.bounded(int(b.size())));
                switch (rng.bounded(5)) {
                case 0:
                    b[at] = char(b.at(at) ^ char(1 << rng.bounded(8)));
                    break;
                case 1:
                    b[at] = char(rng.bounded(256));
                    break;
                case 2:
                    b.insert(at, char(rng.bounded(256)));
                    break;
                case 3:
                    b.remove(at, 1 + qsizetype(rng.bounded(8)));
                    break;
                case 4:
                    b[at] = char((b.at(at) & 0xe0) | (24 + rng.bounded(4)));
                    break; // longer length head
                }
            }
            const auto doc = AttestationDocument::parse(b);
            if (doc) {
                ++parsed;
                (void)doc->tree();
                (void)doc->sigStructure();
            } else {
                QVERIFY(doc.error().offset >= 0 && doc.error().offset <= b.size());
                QVERIFY(!doc.error().message.isEmpty());
            }
        }
        qDebug() << iterations << "damaged documents," << parsed << "still parsed";
    }

    void input_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoding");
        const QByteArray real = readAttestationFile(u"sparsity-attestation2-2023-09-28.cbor"_s);
        QTest::newRow("raw") << real << u"cbor"_s;
        QTest::newRow("tagged raw") << readAttestationFile(u"sparsity2-tagged18-VALID.cbor"_s) << u"cbor"_s;
        QTest::newRow("hex") << real.toHex() << u"hex"_s;
        QTest::newRow("HEX with newline") << real.toHex().toUpper() + "\n" << u"hex"_s;
        QTest::newRow("0x hex") << "0x" + real.toHex() << u"hex"_s;
        QTest::newRow("base64") << real.toBase64() << u"base64"_s;
        QByteArray wrapped = real.toBase64();
        for (qsizetype i = 76; i < wrapped.size(); i += 77)
            wrapped.insert(i, '\n');
        QTest::newRow("base64 wrapped") << wrapped + "\r\n" << u"base64"_s;
        QTest::newRow("base64url") << real.toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   << u"base64"_s;
    }
    void input()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoding);
        QString got;
        const auto bytes = decodeAttestationInput(input, &got);
        QVERIFY(bytes);
        QCOMPARE(got, encoding);
        QVERIFY(AttestationDocument::parse(*bytes));
    }
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << " \n\t"_ba;
        QTest::newRow("punctuation") << "hello, world"_ba;
        QTest::newRow("bad base64") << "abc=def"_ba;
        QTest::newRow("huge") << QByteArray(300000, 'a');
    }
    void badInput()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!decodeAttestationInput(input));
    }
    // Errors name the offset in the user's file: the first character that breaks the encoding, or
    // the end of the file when something is missing there. The same table holds for text whose
    // encoding the caller already knows (InputDetector::decodeText), see tst_inputdetector.
    void badInputOffset_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("as"); // AttestationEncoding
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("message");
        const int detect = int(AttestationEncoding::Detect);
        QTest::newRow("empty") << QByteArray() << detect << qint64(0) << u"empty input"_s;
        QTest::newRow("spaces") << " \n\t"_ba << detect << qint64(3) << u"input holds only whitespace"_s;
        QTest::newRow("punctuation") << "hello, world"_ba << detect << qint64(5)
                                     << u"not CBOR, hex or base64 (unexpected character 0x2c)"_s;
        QTest::newRow("odd hex") << "8444a1013"_ba << detect << qint64(9) << u"odd number of hex digits"_s;
        QTest::newRow("odd hex, newline")
            << "0x8444a1013\n"_ba << detect << qint64(12) << u"odd number of hex digits"_s;
        QTest::newRow("data after padding")
            << "abc=def"_ba << detect << qint64(4) << u"invalid base64 padding"_s;
        QTest::newRow("hex junk") << "8444a101 zz"_ba << int(AttestationEncoding::Hex) << qint64(9)
                                  << u"unexpected character 0x7a in hex text"_s;
        QTest::newRow("base64 junk") << "hEShA*gi"_ba << int(AttestationEncoding::Base64) << qint64(5)
                                     << u"unexpected character 0x2a in base64 text"_s;
    }
    void badInputOffset()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, as);
        QFETCH(qint64, offset);
        QFETCH(QString, message);
        const auto bytes = decodeAttestationInput(input, nullptr, AttestationEncoding(as));
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().offset, offset);
        QCOMPARE(bytes.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestAttestationDocument)
#include "tst_attestationdocument.moc"

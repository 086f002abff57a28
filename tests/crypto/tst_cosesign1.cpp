#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <cbor.h>

#include "cbor/cbortree_p.h"
#include "common/hex.h"
#include "crypto/cosesign1.h"

using namespace enclave;

namespace {
QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/attestation/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return f.readAll();
}

// The leaf certificate of an attestation payload: the bytes after the "certificate" key.
X509Certificate leafOf(const CoseSign1 &cose)
{
    auto tree = cbor::Tree::parse(cose.payload());
    if (!tree)
        return {};
    const auto &kids = tree->root().children;
    for (size_t i = 0; i + 1 < kids.size(); i += 2) {
        const auto &key = kids[i];
        if (cbor_isa_string(key.item)
            && QByteArray(reinterpret_cast<const char *>(cbor_string_handle(key.item)),
                   qsizetype(cbor_string_length(key.item)))
                == "certificate") {
            const auto &v = kids[i + 1];
            auto cert = X509Certificate::fromDer(
                cose.payload().mid(v.span.contentOffset(), v.span.contentLength()));
            return cert ? *cert : X509Certificate();
        }
    }
    return {};
}
} // namespace

class TestCoseSign1 final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void realDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("tagged");
        QTest::addColumn<bool>("verifies");
        QTest::newRow("sparsity (definite map)")
            << QStringLiteral("sparsity-attestation2-2023-09-28.cbor") << false << true;
        QTest::newRow("fastcrypto (indefinite map)")
            << QStringLiteral("fastcrypto-pcr16-indefmap-2025-11-10.cbor") << false << true;
        QTest::newRow("tag 18") << QStringLiteral("sparsity2-tagged18-VALID.cbor") << true << true;
        QTest::newRow("bad signature") << QStringLiteral("sparsity2-badsig-INVALID.cbor") << false << false;
    }
    void realDocuments()
    {
        QFETCH(QString, file);
        QFETCH(bool, tagged);
        QFETCH(bool, verifies);
        const QByteArray bytes = readData(file);
        auto cose = CoseSign1::parse(bytes);
        QVERIFY2(cose, qPrintable(cose ? QString() : cose.error().toString()));
        QCOMPARE(cose->isTagged(), tagged);
        QCOMPARE(cose->algorithm(), CoseAlgorithm::ES384);
        QCOMPARE(cose->protectedBytes(), QByteArray("\xa1\x01\x38\x22", 4));
        QCOMPARE(cose->signature().size(), 96);
        QCOMPARE(cose->unprotectedEntries(), 0);
        // The payload is the exact bytes of the document at its span.
        QCOMPARE(bytes.mid(cose->payloadSpan().contentOffset(), cose->payloadSpan().contentLength()),
            cose->payload());
        QVERIFY(
            cose->sigStructure().startsWith(QByteArray("\x84\x6aSignature1\x44\xa1\x01\x38\x22\x40", 17)));
        const X509Certificate leaf = leafOf(*cose);
        QVERIFY(leaf.isValid());
        const auto verified = cose->verify(leaf);
        QCOMPARE(verified.has_value(), verifies);
        if (!verifies)
            QCOMPARE(verified.error().offset, cose->signatureSpan().contentOffset());
    }

    void algorithmMustMatchCurve()
    {
        auto cose = CoseSign1::parse(readData(QStringLiteral("sparsity2-alg-es512-INVALID.cbor")));
        QVERIFY(cose);
        QCOMPARE(cose->algorithm(), CoseAlgorithm::ES512);
        const X509Certificate leaf = leafOf(*cose);
        auto verified = cose->verify(leaf);
        QVERIFY(!verified);
        QVERIFY(verified.error().message.contains(QStringLiteral("secp521r1")));
    }

    void tamperedPayloadFails()
    {
        QByteArray bytes = readData(QStringLiteral("sparsity-attestation2-2023-09-28.cbor"));
        auto original = CoseSign1::parse(bytes);
        QVERIFY(original);
        const X509Certificate leaf = leafOf(*original);
        // Flip a byte of the module_id text inside the payload; the structure stays valid.
        const qint64 at = original->payloadSpan().contentOffset() + 12;
        bytes[at] = char(bytes[at] ^ 0x01);
        auto tampered = CoseSign1::parse(bytes);
        QVERIFY(tampered);
        QVERIFY(!tampered->verify(leaf));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("needle");
        const auto h = [](const char *t) { return *hex::decode(QString::fromLatin1(t)); };
        QTest::newRow("tag 17") << h("d1844443a10126a0404100") << QStringLiteral("tag 17");
        QTest::newRow("not array") << h("a0") << QStringLiteral("not a CBOR array");
        QTest::newRow("3 elements") << h("8343a10126a040") << QStringLiteral("3 elements");
        QTest::newRow("protected not bstr") << h("84a10126a0404100") << QStringLiteral("not a byte string");
        QTest::newRow("unprotected not map") << h("8443a1012680404100") << QStringLiteral("not a map");
        QTest::newRow("empty protected") << h("8440a0404100") << QStringLiteral("empty");
        QTest::newRow("two protected entries")
            << h("8447a201260442 0102a0404100") << QStringLiteral("2 entries");
        QTest::newRow("protected key 4") << h("8443a10426a0404100") << QStringLiteral("not 1");
        QTest::newRow("alg text") << h("8445a10162 6869a0404100") << QStringLiteral("not an integer");
        QTest::newRow("chunked payload") << h("8443a10126a05f4100ff4100") << QStringLiteral("chunked");
        QTest::newRow("trailing") << h("8443a10126a040410000") << QStringLiteral("trailing");
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, needle);
        auto cose = CoseSign1::parse(bytes);
        QVERIFY(!cose);
        QVERIFY2(cose.error().message.contains(needle), qPrintable(cose.error().message));
    }

    void unknownAlgorithmParsesButDoesNotVerify()
    {
        auto cose = CoseSign1::parse(*hex::decode(u"8443a10127a0404100")); // alg -8 (EdDSA)
        QVERIFY(cose);
        QCOMPARE(cose->algorithm(), CoseAlgorithm::Unknown);
        QCOMPARE(cose->algorithmValue(), -8);
        auto verified = cose->verify(X509Certificate());
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, Error::Code::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestCoseSign1)
#include "tst_cosesign1.moc"

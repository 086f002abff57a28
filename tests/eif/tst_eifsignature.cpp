#include <QStandardPaths>
#include <QTest>

#include "cbor/cborencoder.h"
#include "common/hex.h"
#include "crypto/cosesign1.h"
#include "crypto/digest.h"
#include "crypto/signingkey.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/eiftestsupport.h"
#include "signing/eifimagesigner.h"
#include "signing/signingtestsupport.h"

using namespace enclave;
using namespace enclave::test;

namespace {
const char *kFixturePcr0
    = "20465c702d4d5956cf9b32bc8e4b8bb556909056002f7bdfa7271b50e2174be50e78094b9ff233d2e6ef04b5ef64851f";
}

class TestEifSignature final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto id = makeSigningIdentity(QStringLiteral("test signer"), 384);
        QVERIFY(id);
        m_identity = *id;
        m_pcr0 = pcr::ofData("some image");
    }

    // image-format cbor.rs: PcrInfo{0, 00..2f} as serde_cbor writes it.
    void pcrInfoEncoding()
    {
        QByteArray value;
        for (int i = 0; i < 48; ++i)
            value.append(char(i));
        // Layout of eif-format.md §8; matches the cbor.rs vector "a26e7265…182f" quoted in §12.
        QCOMPARE(EifSignature::encodePcrInfo(0, value).toHex(),
            QByteArray(
                "a26e72656769737465725f696e646578006e72656769737465725f76616c75659830000102030405060708"
                "090a0b0c0d0e0f101112131415161718181819181a181b181c181d181e181f18201821182218231824182518"
                "26182718281829182a182b182c182d182e182f"));
    }

    void fixture()
    {
        auto reader = EifReader::open(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.eif"));
        QVERIFY(reader);
        const EifSection section = *reader->firstSection(EifSectionType::Signature);
        auto sig = EifSignature::parse(*reader->readSignatureBytes(), section.dataOffset());
        QVERIFY2(sig, qPrintable(sig ? QString() : sig.error().toString()));
        QCOMPARE(sig->entryCount(), 1);
        QCOMPARE(sig->algorithmName(), QStringLiteral("ES384"));
        QCOMPARE(sig->algorithmValue(), -35);
        QCOMPARE(
            sig->certificatePem(), readFile(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.cert.pem")));
        QCOMPARE(sig->certificate().issuerNameMap().value(QStringLiteral("commonName")),
            QStringLiteral("aws.nitro-enclaves"));
        // Spans lie inside the section and in order.
        QVERIFY(sig->certificateSpan().offset > section.dataOffset());
        QVERIFY(sig->coseSpan().offset > sig->certificateSpan().end() - 1);
        QCOMPARE(sig->coseSpan().end(), section.endOffset());
        QCOMPARE(sig->fields().size(), 2);
        auto ok = sig->verify(QByteArray::fromHex(kFixturePcr0));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(*ok);
        auto other = sig->verify(pcr::ofData("another image"));
        QVERIFY(other);
        QVERIFY(!*other); // a valid signature over another PCR0: SignatureCheck false
    }

    void ourSignature_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("alg");
        QTest::newRow("P-256") << 256 << QStringLiteral("ES256");
        QTest::newRow("P-384") << 384 << QStringLiteral("ES384");
        QTest::newRow("P-521") << 521 << QStringLiteral("ES512");
    }
    void ourSignature()
    {
        QFETCH(int, bits);
        QFETCH(QString, alg);
        auto id = makeSigningIdentity(QStringLiteral("curve test"), bits);
        QVERIFY(id);
        auto key = SigningKey::fromPem(id->privateKeyPem);
        QVERIFY(key);
        auto section = EifImageSigner::signatureSection(m_pcr0, *key, id->certificatePem);
        QVERIFY(section);
        auto sig = EifSignature::parse(*section, 1000);
        QVERIFY2(sig, qPrintable(sig ? QString() : sig.error().toString()));
        QCOMPARE(sig->algorithmName(), alg);
        QVERIFY(
            sig->coseSign1().startsWith('\x84')); // untagged, like aws-nitro-enclaves-cose as_bytes(false)
        auto ok = sig->verify(m_pcr0);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(*ok);
    }

    void corrupt_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        auto cose = [&](std::optional<int> alg) {
            return *CoseSign1::sign(
                EifSignature::encodePcrInfo(0, m_pcr0), *SigningKey::fromPem(m_identity.privateKeyPem), alg);
        };
        QTest::newRow("bad CBOR") << QByteArray("\x81\xa2\x73", 3) << false << int(Error::Code::Truncated)
                                  << QStringLiteral("bad CBOR");
        QTest::newRow("trailing bytes")
            << EifSignature::encodeSection(m_identity.certificatePem, cose({})) + "\x01" << false
            << int(Error::Code::Malformed) << QStringLiteral("bad CBOR");
        QTest::newRow("not an array") << QByteArray("\xa0", 1) << false << int(Error::Code::Malformed)
                                      << QStringLiteral("expected a non-empty CBOR array");
        QTest::newRow("empty array") << QByteArray("\x80", 1) << false << int(Error::Code::Malformed)
                                     << QStringLiteral("expected a non-empty CBOR array");
        CborEncoder noSig;
        noSig.arrayHeader(1)
            .mapHeader(1)
            .text("signing_certificate")
            .byteArrayAsUints(m_identity.certificatePem);
        QTest::newRow("missing signature")
            << noSig.data() << false << int(Error::Code::Malformed) << QStringLiteral("lacks \"signature\"");
        CborEncoder notBytes;
        notBytes.arrayHeader(1).mapHeader(2).text("signing_certificate").arrayHeader(1).unsignedInt(300);
        notBytes.text("signature").byteArrayAsUints("x");
        QTest::newRow("element not a byte")
            << notBytes.data() << false << int(Error::Code::Malformed) << QStringLiteral("not a byte");
        QTest::newRow("certificate not PEM")
            << EifSignature::encodeSection("just text", cose({})) << false << int(Error::Code::Malformed)
            << QStringLiteral("not a PEM certificate");
        QTest::newRow("certificate garbage PEM")
            << EifSignature::encodeSection(
                   "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", cose({}))
            << false << int(Error::Code::Malformed) << QStringLiteral("signing_certificate:");
        QTest::newRow("COSE not COSE")
            << EifSignature::encodeSection(m_identity.certificatePem, "\x01") << false
            << int(Error::Code::Malformed) << QStringLiteral("COSE_Sign1");
        QTest::newRow("COSE alg PS256")
            << EifSignature::encodeSection(m_identity.certificatePem, cose(-37)) << false
            << int(Error::Code::Unsupported) << QStringLiteral("COSE algorithm -37");
        QTest::newRow("COSE alg ES256 with a P-384 key")
            << EifSignature::encodeSection(m_identity.certificatePem, cose(-7)) << true
            << int(Error::Code::Crypto) << QStringLiteral("does not verify");
        QByteArray tampered = cose({});
        tampered[tampered.size() - 5] = char(tampered.at(tampered.size() - 5) ^ 1);
        QTest::newRow("tampered signature")
            << EifSignature::encodeSection(m_identity.certificatePem, tampered) << true
            << int(Error::Code::Crypto) << QStringLiteral("does not verify");
        auto other = makeSigningIdentity(QStringLiteral("other"), 384);
        QTest::newRow("certificate of another key")
            << EifSignature::encodeSection(other->certificatePem, cose({})) << true
            << int(Error::Code::Crypto) << QStringLiteral("does not verify");
    }
    void corrupt()
    {
        QFETCH(QByteArray, section);
        QFETCH(bool, parses);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto sig = EifSignature::parse(section, 5000);
        if (!parses) {
            QVERIFY(!sig);
            QVERIFY2(sig.error().message.contains(message), qPrintable(sig.error().toString()));
            QCOMPARE(int(sig.error().code), code);
            QVERIFY(sig.error().offset >= 5000);
            return;
        }
        QVERIFY2(sig, qPrintable(sig ? QString() : sig.error().toString()));
        auto ok = sig->verify(m_pcr0);
        QVERIFY(!ok);
        QVERIFY2(ok.error().message.contains(message), qPrintable(ok.error().toString()));
        QCOMPARE(int(ok.error().code), code);
        QVERIFY(ok.error().offset >= 5000);
    }

private:
    SigningCertificateResult m_identity;
    QByteArray m_pcr0;
};

QTEST_GUILESS_MAIN(TestEifSignature)
#include "tst_eifsignature.moc"

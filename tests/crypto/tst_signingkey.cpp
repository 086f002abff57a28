#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "crypto/signingkey.h"
#include "crypto/x509certificate.h"
#include "signing/signingcertificategenerator.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {

// Independent check with OpenSSL's own API: raw r||s -> DER, verify against the key's public half.
bool opensslVerify(const QByteArray &pem, const QByteArray &message, const QByteArray &raw, const EVP_MD *md)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, const_cast<char *>("pass"));
    BIO_free(bio);
    if (!key)
        return false;
    const int n = int(raw.size() / 2);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), n, nullptr),
        BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + n, n, nullptr));
    unsigned char *der = nullptr;
    const int derLen = i2d_ECDSA_SIG(sig, &der);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, key) == 1
        && EVP_DigestVerify(ctx, der, size_t(derLen),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    EVP_PKEY_free(key);
    return ok;
}

QByteArray rsaKeyPem()
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, n);
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

QByteArray keyOnCurvePem(const char *curve)
{
    EVP_PKEY *key = EVP_EC_gen(curve);
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, n);
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

} // namespace

class TestSigningKey final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void curves_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<int>("alg");
        QTest::addColumn<int>("bytes");
        QTest::newRow("P-256") << u"prime256v1"_s << u"prime256v1"_s << int(CoseAlgorithm::ES256) << 32;
        QTest::newRow("P-384") << u"secp384r1"_s << u"secp384r1"_s << int(CoseAlgorithm::ES384) << 48;
        QTest::newRow("P-521") << u"P-521"_s << u"secp521r1"_s << int(CoseAlgorithm::ES512) << 66;
    }
    void curves()
    {
        QFETCH(QString, curve);
        QFETCH(QString, normalized);
        QFETCH(int, alg);
        QFETCH(int, bytes);
        auto key = SigningKey::generate(curve);
        QVERIFY(key);
        QCOMPARE(key->curveName(), normalized);
        QCOMPARE(int(key->coseAlgorithm()), alg);
        QCOMPARE(key->coordinateBytes(), bytes);

        const QByteArray message("Sig_structure bytes");
        for (int i = 0; i < 4; ++i) { // padding: r or s with leading zero bytes shows up now and then
            auto raw = key->signRaw(message);
            QVERIFY(raw);
            QCOMPARE(raw->size(), 2 * bytes);
            auto pem = key->toPem();
            QVERIFY(pem);
            const EVP_MD *md = bytes == 32 ? EVP_sha256() : bytes == 48 ? EVP_sha384() : EVP_sha512();
            QVERIFY(opensslVerify(*pem, message, *raw, md));
            QVERIFY(!opensslVerify(*pem, message + 'x', *raw, md));
        }
    }

    void pemRoundTrip()
    {
        auto key = SigningKey::generate(u"secp384r1"_s);
        QVERIFY(key);
        auto pem = key->toPem();
        QVERIFY(pem);
        QVERIFY(pem->startsWith("-----BEGIN EC PRIVATE KEY-----"));
        auto back = SigningKey::fromPem(*pem);
        QVERIFY(back);
        QCOMPARE(back->curveName(), u"secp384r1"_s);
    }

    void encryptedNeedsPassphrase()
    {
        auto key = SigningKey::generate(u"secp384r1"_s);
        QVERIFY(key);
        auto pem = key->toPem("correct horse");
        QVERIFY(pem);
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const auto none = SigningKey::fromPem(*pem);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(u"encrypted"));
        QVERIFY(!SigningKey::fromPem(*pem, "wrong"));
        QVERIFY(SigningKey::fromPem(*pem, "correct horse"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("rsa") << rsaKeyPem() << u"RSA"_s;
        QTest::newRow("secp256k1") << keyOnCurvePem("secp256k1") << u"secp256k1"_s;
        QTest::newRow("garbage") << QByteArray("not a key") << u"not a PEM private key"_s;
        QTest::newRow("empty") << QByteArray() << u"not a PEM private key"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, messagePart);
        const auto k = SigningKey::fromPem(pem);
        QVERIFY(!k);
        QVERIFY2(k.error().message.contains(messagePart), qPrintable(k.error().message));
    }

    void matchesCertificate()
    {
        SigningCertificateRequest req;
        auto a = SigningCertificateGenerator::generate(req);
        auto b = SigningCertificateGenerator::generate(req);
        QVERIFY(a && b);
        auto ka = SigningKey::fromPem(a->privateKeyPem);
        QVERIFY(ka);
        QVERIFY(ka->matches(a->certificate));
        QVERIFY(!ka->matches(b->certificate));
        QVERIFY(!ka->matches(X509Certificate()));
    }

    void badCurveName()
    {
        const auto k = SigningKey::generate(u"curve25519"_s);
        QVERIFY(!k);
        QCOMPARE(k.error().code, Error::Code::Usage);
    }
};

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QStandardPaths>
#include <QTest>

#include "crypto/publickeyinfo.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {

// A fresh key's DER SubjectPublicKeyInfo, made with OpenSSL directly (independent of the unit).
QByteArray spkiOf(const char *algorithm, const char *parameter)
{
    EVP_PKEY *key = nullptr;
    if (QByteArray(algorithm) == "RSA")
        key = EVP_RSA_gen(2048);
    else if (QByteArray(algorithm) == "EC")
        key = EVP_EC_gen(parameter);
    else
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm);
    if (!key)
        return {};
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(key, &der);
    QByteArray out = n > 0 ? QByteArray(reinterpret_cast<const char *>(der), n) : QByteArray();
    OPENSSL_free(der);
    EVP_PKEY_free(key);
    return out;
}

} // namespace

class TestPublicKeyInfo final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void algorithm_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QString>("algorithm");
        const QByteArray rsa = spkiOf("RSA", nullptr);
        QVERIFY(!rsa.isEmpty());
        QTest::newRow("RSA 2048") << rsa << u"RSA"_s;
        QTest::newRow("EC P-384") << spkiOf("EC", "P-384") << u"EC"_s;
        QTest::newRow("Ed25519") << spkiOf("ED25519", nullptr) << u"ED25519"_s;
        QTest::newRow("trailing byte") << rsa + '\0' << QString();
        QTest::newRow("truncated") << rsa.left(rsa.size() - 1) << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("not DER") << QByteArray("-----BEGIN PUBLIC KEY-----") << QString();
    }
    void algorithm()
    {
        QFETCH(QByteArray, der);
        QFETCH(QString, algorithm);
        QCOMPARE(PublicKeyInfo::algorithm(der), algorithm);
    }
};

QTEST_GUILESS_MAIN(TestPublicKeyInfo)
#include "tst_publickeyinfo.moc"

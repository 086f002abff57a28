#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "crypto/x509certificate.h"

using namespace enclave;

namespace {
QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return f.readAll();
}
} // namespace

class TestX509Certificate final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void awsRoot()
    {
        const QByteArray pem = readData(QStringLiteral("attestation/aws-nitro-root-g1.pem"));
        auto cert = X509Certificate::fromPem(pem);
        QVERIFY(cert);
        QVERIFY(cert->isValid());
        // Published fingerprint, also in shared/fixtures/attestation/README.md.
        QCOMPARE(hex::encode(cert->fingerprintSha256()),
            QStringLiteral("641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"));
        QCOMPARE(cert->serialHex(), QStringLiteral("f93175681b90afe11d46ccb4e4e7f856"));
        QCOMPARE(
            cert->subjectNameMap().value(QStringLiteral("commonName")), QStringLiteral("aws.nitro-enclaves"));
        QCOMPARE(cert->issuerNameMap().value(QStringLiteral("organizationName")), QStringLiteral("Amazon"));
        QVERIFY(cert->subject().contains(QStringLiteral("CN=aws.nitro-enclaves")));
        QCOMPARE(cert->signatureAlgorithm(), QStringLiteral("ecdsa-with-SHA384"));
        QCOMPARE(cert->publicKeyType(), QStringLiteral("EC"));
        QCOMPARE(cert->curveName(), QStringLiteral("secp384r1"));
        QCOMPARE(cert->publicKeyBits(), 384);
        QVERIFY(cert->isSelfIssued());
        QVERIFY(cert->isCa());
        QCOMPARE(cert->notBefore(), QDateTime(QDate(2019, 10, 28), QTime(13, 28, 5), Qt::UTC));
        QCOMPARE(cert->notAfter().date(), QDate(2049, 10, 28));
        QCOMPARE(cert->notBeforeText(), QStringLiteral("Oct 28 13:28:05 2019 GMT"));
        QVERIFY(cert->isValidAt(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(!cert->isValidAt(QDateTime(QDate(2050, 1, 1), QTime(0, 0), Qt::UTC)));

        auto again = X509Certificate::fromDer(cert->der());
        QVERIFY(again);
        QCOMPARE(again->fingerprintSha256(), cert->fingerprintSha256());
        auto fromItsPem = X509Certificate::fromPem(cert->pem());
        QVERIFY(fromItsPem);
        QCOMPARE(fromItsPem->der(), cert->der());
        auto all = X509Certificate::allFromPem(pem + pem);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("pem");
        const QByteArray der
            = X509Certificate::fromPem(readData(QStringLiteral("attestation/aws-nitro-root-g1.pem")))->der();
        QTest::newRow("empty der") << QByteArray() << false;
        QTest::newRow("garbage der") << QByteArray("\x30\x03\x02\x01", 4) << false;
        QTest::newRow("truncated der") << der.left(der.size() - 1) << false;
        QTest::newRow("trailing der") << der + QByteArray(1, '\0') << false;
        QTest::newRow("no pem block") << QByteArray("hello") << true;
        QTest::newRow("bad base64") << QByteArray(
            "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n")
                                    << true;
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, pem);
        auto cert = pem ? X509Certificate::fromPem(bytes) : X509Certificate::fromDer(bytes);
        QVERIFY(!cert);
        QVERIFY(!cert.error().message.isEmpty());
    }

    void defaultIsInvalid()
    {
        X509Certificate cert;
        QVERIFY(!cert.isValid());
        QVERIFY(cert.der().isEmpty());
        QVERIFY(cert.subject().isEmpty());
        QVERIFY(!cert.isValidAt(QDateTime::currentDateTimeUtc()));
        QCOMPARE(cert.nativeHandle(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestX509Certificate)
#include "tst_x509certificate.moc"

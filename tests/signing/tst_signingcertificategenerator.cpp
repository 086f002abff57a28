#include <sys/stat.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "crypto/signingkey.h"
#include "signing/signingcertificategenerator.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {
int modeOf(const QString &path)
{
    struct stat st { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
// PCR8 computed independently of core: SHA-384(48 zero bytes || SHA-384(DER)).
QByteArray independentPcr8(const QByteArray &der)
{
    const QByteArray input = QByteArray(48, '\0') + QCryptographicHash::hash(der, QCryptographicHash::Sha384);
    return QCryptographicHash::hash(input, QCryptographicHash::Sha384);
}
} // namespace

class TestSigningCertificateGenerator final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void generate_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::newRow("secp384r1") << u"secp384r1"_s << u"ecdsa-with-SHA384"_s << 384;
        QTest::newRow("prime256v1") << u"prime256v1"_s << u"ecdsa-with-SHA256"_s << 256;
        QTest::newRow("secp521r1") << u"secp521r1"_s << u"ecdsa-with-SHA512"_s << 521;
    }
    void generate()
    {
        QFETCH(QString, curve);
        QFETCH(QString, algorithm);
        QFETCH(int, bits);
        SigningCertificateRequest req;
        req.curve = curve;
        req.days = 20;
        req.subject = u"/CN=enclave signer/O=Example Corp/C=US"_s;
        auto r = SigningCertificateGenerator::generate(req);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const X509Certificate &c = r->certificate;
        QCOMPARE(c.curveName(), curve);
        QCOMPARE(c.publicKeyBits(), bits);
        QCOMPARE(c.signatureAlgorithm(), algorithm);
        QCOMPARE(c.subject(), c.issuer());
        QVERIFY(c.subject().contains(u"CN=enclave signer"));
        QVERIFY(c.isSelfIssued());
        QVERIFY(c.isValidAt(QDateTime::currentDateTimeUtc()));
        const qint64 days = c.notBefore().daysTo(c.notAfter());
        QCOMPARE(days, 20);
        QCOMPARE(r->pcr8, independentPcr8(c.der()));
        auto key = SigningKey::fromPem(r->privateKeyPem);
        QVERIFY(key);
        QVERIFY(key->matches(c));

        // OpenSSL's CLI agrees: a v1 certificate that verifies against itself.
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"c.pem"_s);
        QVERIFY(SigningCertificateGenerator::writeFiles(*r, dir.filePath(u"k.pem"_s), cert, false));
        QProcess p;
        p.start(u"openssl"_s, { u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-text"_s });
        QVERIFY(p.waitForFinished(20000));
        QVERIFY(p.readAllStandardOutput().contains("Version: 1 (0x0)"));
        p.start(u"openssl"_s, { u"verify"_s, u"-CAfile"_s, cert, cert });
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
    }

    void fileModes()
    {
        QTemporaryDir dir;
        auto r = SigningCertificateGenerator::generate({});
        QVERIFY(r);
        const QString key = dir.filePath(u"k.pem"_s), cert = dir.filePath(u"c.pem"_s);
        QVERIFY(SigningCertificateGenerator::writeFiles(*r, key, cert, false));
        QCOMPARE(modeOf(key), 0600);
        QCOMPARE(modeOf(cert), 0644);
        QCOMPARE(readAll(key), r->privateKeyPem);
        QCOMPARE(readAll(cert), r->certificatePem);
        // No overwrite without asking; nothing changed.
        auto again = SigningCertificateGenerator::generate({});
        QVERIFY(again);
        QVERIFY(!SigningCertificateGenerator::writeFiles(*again, key, cert, false));
        QCOMPARE(readAll(key), r->privateKeyPem);
        QVERIFY(SigningCertificateGenerator::writeFiles(*again, key, cert, true));
        QCOMPARE(readAll(key), again->privateKeyPem);
        QCOMPARE(modeOf(key), 0600);
        QVERIFY(!SigningCertificateGenerator::writeFiles(*again, key, key, true));
    }

    void passphrase()
    {
        SigningCertificateRequest req;
        req.passphrase = "s3cret";
        auto r = SigningCertificateGenerator::generate(req);
        QVERIFY(r);
        QVERIFY(r->privateKeyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!SigningKey::fromPem(r->privateKeyPem));
        QVERIFY(!SigningKey::fromPem(r->privateKeyPem, "wrong"));
        auto key = SigningKey::fromPem(r->privateKeyPem, "s3cret");
        QVERIFY(key);
        QVERIFY(key->matches(r->certificate));
    }

    void subject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("parts");
        QTest::newRow("docs default") << SigningCertificateRequest {}.subject << 6;
        QTest::newRow("cn") << u"/CN=x"_s << 1;
        QTest::newRow("escaped slash") << u"/CN=a\\/b/O=c"_s << 2;
        QTest::newRow("no slash") << u"CN=x"_s << -1;
        QTest::newRow("empty value") << u"/CN="_s << -1;
        QTest::newRow("unknown field") << u"/XYZ=1"_s << -1;
        QTest::newRow("no equals") << u"/CN"_s << -1;
        QTest::newRow("only slash") << u"/"_s << -1;
    }
    void subject()
    {
        QFETCH(QString, subject);
        QFETCH(int, parts);
        const auto r = SigningCertificateGenerator::parseSubject(subject);
        QCOMPARE(r.has_value(), parts >= 0);
        if (r)
            QCOMPARE(r->size(), parts);
        if (subject == u"/CN=a\\/b/O=c")
            QCOMPARE(r->first().second, u"a/b"_s);
    }

    void badRequests()
    {
        SigningCertificateRequest req;
        req.days = 0;
        QVERIFY(!SigningCertificateGenerator::generate(req));
        req.days = 10;
        req.curve = u"secp256k1"_s;
        QVERIFY(!SigningCertificateGenerator::generate(req));
    }
};

QTEST_GUILESS_MAIN(TestSigningCertificateGenerator)
#include "tst_signingcertificategenerator.moc"

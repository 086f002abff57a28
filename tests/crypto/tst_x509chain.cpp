#include <QStandardPaths>
#include <QTest>

#include "attestation/attestationtestkit.h"
#include "crypto/x509chain.h"

using namespace enclave;
using namespace enclave::testkit;
using namespace Qt::StringLiterals;

namespace {

X509Certificate der(const QByteArray &bytes)
{
    auto c = X509Certificate::fromDer(bytes);
    return c ? *c : X509Certificate();
}

} // namespace

// The chain walk on a made-up AWS-shaped PKI (root, regional, zonal, instance CA, leaf) made fresh
// for this run: what passes, what OpenSSL refuses and how the refusal is worded.
class TestX509Chain final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        m_pki = Pki::make(m_now);
        m_other = Pki::make(m_now, QStringLiteral("CN=other-root,O=Enclave Studio Tests"));
        QVERIFY(der(m_pki.leaf).isValid());
    }

    void verify_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<QStringList>("intermediates");
        QTest::addColumn<QString>("root");
        QTest::addColumn<qint64>("offsetSeconds"); // from now
        QTest::addColumn<int>("pathLength"); // 0: refused
        QTest::addColumn<QString>("error");

        const QStringList all = { u"regional"_s, u"zonal"_s, u"instance"_s };
        QTest::newRow("valid") << u"leaf"_s << all << u"root"_s << qint64(0) << 5 << QString();
        QTest::newRow("intermediates in any order")
            << u"leaf"_s << QStringList { u"instance"_s, u"regional"_s, u"zonal"_s } << u"root"_s << qint64(0)
            << 5 << QString();
        QTest::newRow("a CA as the leaf") << u"instance"_s << QStringList { u"regional"_s, u"zonal"_s }
                                          << u"root"_s << qint64(0) << 4 << QString();
        QTest::newRow("missing intermediate")
            << u"leaf"_s << QStringList { u"regional"_s, u"instance"_s } << u"root"_s << qint64(0) << 0
            << u"OpenSSL: unable to get local issuer certificate (error 20) at depth 1"_s;
        QTest::newRow("another root")
            << u"leaf"_s << all << u"otherRoot"_s << qint64(0) << 0 << u"unable to get"_s;
        QTest::newRow("leaf expired")
            << u"leaf"_s << all << u"root"_s << qint64(3 * 3600) << 0
            << u"OpenSSL: certificate has expired (error 10) at depth 0 (CN=i-0123456789abcdef0-enc"_s;
        QTest::newRow("not yet valid")
            << u"leaf"_s << all << u"root"_s << qint64(-2 * 3600) << 0 << u"certificate is not yet valid"_s;
    }
    void verify()
    {
        QFETCH(QString, leaf);
        QFETCH(QStringList, intermediates);
        QFETCH(QString, root);
        QFETCH(qint64, offsetSeconds);
        QFETCH(int, pathLength);
        QFETCH(QString, error);

        QList<X509Certificate> chain;
        for (const QString &name : intermediates)
            chain << cert(name);
        auto path = X509Chain::verify(cert(leaf), chain, cert(root), m_now.addSecs(offsetSeconds));
        if (pathLength == 0) {
            QVERIFY(!path);
            QCOMPARE(path.error().code, Error::Code::Crypto);
            QVERIFY2(path.error().message.contains(error), qPrintable(path.error().message));
            return;
        }
        QVERIFY2(path, qPrintable(path ? QString() : path.error().message));
        QCOMPARE(path->size(), pathLength);
        QCOMPARE(path->first().der(), cert(leaf).der());
        QCOMPARE(path->last().der(), cert(root).der());
        for (qsizetype i = 1; i < path->size(); ++i)
            QVERIFY(path->at(i - 1).isIssuedBy(path->at(i)));
    }

    void invalidInputs()
    {
        auto noLeaf = X509Chain::verify(X509Certificate(), {}, cert(u"root"_s), m_now);
        QVERIFY(!noLeaf);
        QCOMPARE(noLeaf.error().code, Error::Code::Usage);
        auto noTime = X509Chain::verify(cert(u"leaf"_s), {}, cert(u"root"_s), QDateTime());
        QVERIFY(!noTime);
        QCOMPARE(noTime.error().code, Error::Code::Usage);
    }

    // The certificate predicates the chain and the attestation verifier rely on.
    void predicates()
    {
        const X509Certificate root = cert(u"root"_s);
        const X509Certificate instance = cert(u"instance"_s);
        const X509Certificate leaf = cert(u"leaf"_s);
        QVERIFY(leaf.isIssuedBy(instance));
        QVERIFY(!leaf.isIssuedBy(root));
        QVERIFY(root.isIssuedBy(root));
        QVERIFY(!leaf.isIssuedBy(X509Certificate()));
        QVERIFY(root.hasCaBasicConstraint());
        QVERIFY(instance.hasCaBasicConstraint());
        QVERIFY(!leaf.hasCaBasicConstraint());
        QVERIFY(leaf.allowsDigitalSignature());
        QVERIFY(root.allowsDigitalSignature());
        QVERIFY(!instance.allowsDigitalSignature()); // keyCertSign only
        QVERIFY(!X509Certificate().allowsDigitalSignature());
    }

private:
    X509Certificate cert(const QString &name) const
    {
        if (name == u"root")
            return der(m_pki.root);
        if (name == u"regional")
            return der(m_pki.regional);
        if (name == u"zonal")
            return der(m_pki.zonal);
        if (name == u"instance")
            return der(m_pki.instance);
        if (name == u"leaf")
            return der(m_pki.leaf);
        if (name == u"otherRoot")
            return der(m_other.root);
        return {};
    }

    QDateTime m_now;
    Pki m_pki;
    Pki m_other;
};

QTEST_GUILESS_MAIN(TestX509Chain)
#include "tst_x509chain.moc"

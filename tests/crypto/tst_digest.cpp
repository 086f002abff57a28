#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "crypto/digest.h"

using namespace enclave;

class TestDigest final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void knownAnswers_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sha256 abc")
            << int(Digest::Algorithm::Sha256) << QByteArray("abc")
            << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("sha384 abc") << int(Digest::Algorithm::Sha384) << QByteArray("abc")
                                    << QStringLiteral(
                                           "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                                           "8086072ba1e7cc2358baeca134c825a7");
        QTest::newRow("sha512 empty")
            << int(Digest::Algorithm::Sha512) << QByteArray()
            << QStringLiteral("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                              "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    }
    void knownAnswers()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(hex::encode(Digest::hash(Digest::Algorithm(algorithm), input)), expected);
    }

    void cloneIsIndependent()
    {
        Digest d;
        d.update(QByteArrayView("prefix"));
        Digest copy = d.clone();
        d.update(QByteArrayView("-more"));
        QCOMPARE(copy.finalize(), Digest::sha384("prefix"));
        QCOMPARE(d.finalize(), Digest::sha384("prefix-more"));
    }

    void pcrEmptyStream()
    {
        // eif-format.md §7: PCR2 of an EIF with a single ramdisk.
        QCOMPARE(hex::encode(pcr::ofData(QByteArray())),
            QStringLiteral("21b9efbc184807662e966d34f390821309eeac6802309798826296bf3e8bec7c10edb30948c90ba67"
                           "310f7b964fc500a"));
        QCOMPARE(pcr::zero(), QByteArray(48, '\0'));
        QCOMPARE(pcr::fromInnerDigest(Digest::sha384("x")), pcr::ofData("x"));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"

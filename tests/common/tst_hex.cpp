#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"

using namespace enclave;

class TestHex final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QString() << true << QByteArray();
        QTest::newRow("lower") << QStringLiteral("00ff10") << true << QByteArray("\x00\xff\x10", 3);
        QTest::newRow("upper+prefix") << QStringLiteral("0xABcd") << true << QByteArray("\xab\xcd", 2);
        QTest::newRow("colons") << QStringLiteral("30:64:02") << true << QByteArray("\x30\x64\x02", 3);
        QTest::newRow("odd") << QStringLiteral("abc") << false << QByteArray();
        QTest::newRow("non-hex") << QStringLiteral("zz") << false << QByteArray();
    }
    void decode()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QByteArray, bytes);
        const auto r = hex::decode(text);
        QCOMPARE(r.has_value(), ok);
        if (ok)
            QCOMPARE(*r, bytes);
    }
    void roundTrip()
    {
        const QByteArray b("\x01\x23\x45\x67\x89\xab\xcd\xef", 8);
        QCOMPARE(hex::encode(b), QStringLiteral("0123456789abcdef"));
        QCOMPARE(*hex::decode(hex::encode(b)), b);
    }
};

QTEST_GUILESS_MAIN(TestHex)
#include "tst_hex.moc"

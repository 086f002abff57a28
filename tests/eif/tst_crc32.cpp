#include <QStandardPaths>
#include <QTest>

#include "eif/crc32.h"

using namespace enclave;

class TestCrc32 final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void values_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        QTest::newRow("empty") << QByteArray() << 0U;
        QTest::newRow("check value") << QByteArray("123456789") << 0xcbf43926U;
        QTest::newRow("a") << QByteArray("a") << 0xe8b7be43U;
    }
    void values()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(Crc32::of(data), crc);
        // Streaming in any split gives the same value.
        for (qsizetype split = 0; split <= data.size(); ++split) {
            Crc32 c;
            c.update(QByteArrayView(data).first(split));
            c.update(QByteArrayView(data).sliced(split));
            QCOMPARE(c.value(), crc);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrc32)
#include "tst_crc32.moc"

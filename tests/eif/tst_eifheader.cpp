#include <QStandardPaths>
#include <QTest>

#include "eif/eifheader.h"
#include "eif/eiftestsupport.h"

using namespace enclave;

class TestEifHeader final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        EifHeader h;
        h.setArchitecture(EifHeader::Architecture::Aarch64);
        h.setNumSections(3);
        h.setSection(0, 548, 1);
        h.setSection(1, 561, 2);
        h.setSection(2, 575, 0x123456789ULL);
        h.setCrc32(0xdeadbeef);
        const QByteArray bytes = h.serialize();
        QCOMPARE(bytes.size(), EifHeader::Size);
        QCOMPARE(bytes.left(4), QByteArray(".eif"));
        QCOMPARE(bytes.mid(4, 4), QByteArray("\x00\x04\x00\x01", 4));
        auto parsed = EifHeader::parse(bytes);
        QVERIFY(parsed);
        QCOMPARE(parsed->architecture(), EifHeader::Architecture::Aarch64);
        QCOMPARE(parsed->architectureName(), QStringLiteral("aarch64"));
        QCOMPARE(parsed->numSections(), 3);
        QCOMPARE(parsed->sectionSize(2), 0x123456789ULL);
        QCOMPARE(parsed->defaultMemory(), quint64(1) << 30);
        QCOMPARE(parsed->defaultCpus(), quint64(2));
        QCOMPARE(parsed->crc32(), 0xdeadbeefU);
        QCOMPARE(parsed->serialize(), bytes);
    }

    void fieldsHaveSpans()
    {
        auto h = EifHeader::parse(test::kcrEif());
        QVERIFY(h);
        const EifFieldList fields = h->fields();
        auto find = [&](const QString &name) {
            for (const EifField &f : fields) {
                if (f.name == name)
                    return f;
            }
            return EifField {};
        };
        QCOMPARE(find(QStringLiteral("magic")).span, (ByteSpan { 0, 4 }));
        QCOMPARE(find(QStringLiteral("version")).span, (ByteSpan { 4, 2 }));
        QCOMPARE(find(QStringLiteral("version")).value, QStringLiteral("4"));
        QCOMPARE(find(QStringLiteral("num_sections")).span, (ByteSpan { 0x1a, 2 }));
        QCOMPARE(find(QStringLiteral("section_offsets[2]")).span, (ByteSpan { 0x1c + 16, 8 }));
        QCOMPARE(find(QStringLiteral("section_offsets[2]")).value, QStringLiteral("574"));
        QCOMPARE(find(QStringLiteral("section_sizes[0]")).span, (ByteSpan { 0x11c, 8 }));
        QCOMPARE(find(QStringLiteral("eif_crc32")).span, (ByteSpan { 544, 4 }));
        QCOMPARE(find(QStringLiteral("eif_crc32")).value, QStringLiteral("ee9f4081"));
        // Every byte of the header is covered exactly once.
        QList<int> cover(EifHeader::Size, 0);
        for (const EifField &f : fields) {
            for (qint64 i = f.span.offset; i < f.span.end(); ++i)
                cover[i]++;
        }
        QCOMPARE(cover.count(1), int(EifHeader::Size));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("message");
        const QByteArray good = test::kcrEif().left(EifHeader::Size);
        QByteArray b = good;
        b[0] = 'E';
        QTest::newRow("wrong magic") << b << int(Error::Code::Malformed) << qint64(0)
                                     << QStringLiteral("bad magic");
        b = good;
        test::putBe16(b, 4, 5);
        QTest::newRow("version 5") << b << int(Error::Code::Unsupported) << qint64(4)
                                   << QStringLiteral("unknown EIF version 5");
        test::putBe16(b, 4, 1);
        QTest::newRow("version 1") << b << int(Error::Code::Unsupported) << qint64(4)
                                   << QStringLiteral("unknown EIF version 1");
        b = good;
        b[4] = 2;
        b[5] = 0; // little-endian 2
        QTest::newRow("legacy LE v2")
            << b << int(Error::Code::Unsupported) << qint64(4) << QStringLiteral("legacy little-endian");
        b = good;
        test::putBe16(b, 0x1a, 0);
        QTest::newRow("0 sections") << b << int(Error::Code::Malformed) << qint64(0x1a)
                                    << QStringLiteral("num_sections is 0");
        test::putBe16(b, 0x1a, 33);
        QTest::newRow("33 sections") << b << int(Error::Code::LimitExceeded) << qint64(0x1a)
                                     << QStringLiteral("num_sections is 33");
        QTest::newRow("short") << good.left(100) << int(Error::Code::Truncated) << qint64(100)
                               << QStringLiteral("shorter than the 548-byte");
    }
    void parseErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(qint64, offset);
        QFETCH(QString, message);
        auto h = EifHeader::parse(bytes);
        QVERIFY(!h);
        QCOMPARE(int(h.error().code), code);
        QCOMPARE(h.error().offset, offset);
        QVERIFY2(h.error().message.contains(message), qPrintable(h.error().message));
    }
};

QTEST_GUILESS_MAIN(TestEifHeader)
#include "tst_eifheader.moc"

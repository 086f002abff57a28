#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "eif/eifreader.h"
#include "eif/eifsectiondevice.h"
#include "eif/eiftestsupport.h"

using namespace enclave;
using namespace enclave::test;

class TestEifReader final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void kcrLayout()
    {
        const QString path = writeFile(m_dir, QStringLiteral("kcr.eif"), kcrEif());
        auto r = EifReader::open(path);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->fileSize(), qint64(587));
        QCOMPARE(r->header().crc32(), 0xee9f4081U);
        QCOMPARE(r->sections().size(), 3);
        QCOMPARE(r->sections().at(0).headerOffset(), qint64(548));
        QCOMPARE(r->sections().at(1).headerSpan(), (ByteSpan { 561, 12 }));
        QCOMPARE(r->sections().at(2).dataSpan(), (ByteSpan { 586, 1 }));
        QCOMPARE(r->sections().at(2).type(), EifSectionType::Ramdisk);
        QCOMPARE(*r->readCmdline(), QByteArray("C"));
        QCOMPARE(*r->readMetadataBytes(), QByteArray());
        QVERIFY(!r->isSigned());
        // The only oddity: version 4 without metadata.
        QCOMPARE(r->warnings().size(), 1);
        QVERIFY(r->warnings().first().message.contains(QStringLiteral("metadata")));
        const EifFieldList fields = r->sections().at(1).fields();
        QCOMPARE(fields.at(0).name, QStringLiteral("section_type"));
        QCOMPARE(fields.at(0).span, (ByteSpan { 561, 2 }));
        QCOMPARE(fields.at(2).span, (ByteSpan { 565, 8 }));
        QCOMPARE(fields.at(3).span, (ByteSpan { 573, 1 }));
    }

    void fixtures_data() { addSyntheticFixtureRows(); }
    void fixtures()
    {
        QFETCH(QString, name);
        const QJsonObject expected = fixtureExpected(name);
        auto r = EifReader::open(fixtureEifPath(name));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r->warnings().isEmpty(), qPrintable(r->warnings().value(0).toString()));
        QCOMPARE(r->fileSize(), qint64(expected.value(QLatin1StringView("size")).toInteger()));
        QCOMPARE(int(r->header().version()),
            expected.value(QLatin1StringView("nitro_cli_describe_eif"))
                .toObject()
                .value(QLatin1StringView("EifVersion"))
                .toInt());
        const QJsonArray sections = expected.value(QLatin1StringView("sections")).toArray();
        QCOMPARE(r->sections().size(), sections.size());
        for (int i = 0; i < sections.size(); ++i) {
            const QJsonObject s = sections.at(i).toObject();
            const EifSection &got = r->sections().at(i);
            QCOMPARE(int(got.rawType()), s.value(QLatin1StringView("type")).toInt());
            QCOMPARE(got.typeName(), s.value(QLatin1StringView("type_name")).toString());
            QCOMPARE(got.headerOffset(), s.value(QLatin1StringView("header_offset")).toInteger());
            QCOMPARE(got.dataOffset(), s.value(QLatin1StringView("data_offset")).toInteger());
            QCOMPARE(got.size(), s.value(QLatin1StringView("size")).toInteger());
        }
        QCOMPARE(r->header().architecture(),
            name.contains(QStringLiteral("arm64")) ? EifHeader::Architecture::Aarch64
                                                   : EifHeader::Architecture::X86_64);
        QCOMPARE(r->readCmdline()->size(), 119);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("message");
        const QByteArray kcr = kcrEif();
        QByteArray b;

        QTest::newRow("empty file") << QByteArray() << int(Error::Code::Truncated) << qint64(0)
                                    << QStringLiteral("empty file");
        QTest::newRow("short header") << kcr.left(300) << int(Error::Code::Truncated) << qint64(300)
                                      << QStringLiteral("shorter than the 548-byte EIF header");
        b = kcr;
        b[1] = 'E';
        QTest::newRow("wrong magic") << b << int(Error::Code::Malformed) << qint64(0)
                                     << QStringLiteral("bad magic 2e456966");
        b = kcr;
        putBe16(b, 4, 7);
        QTest::newRow("unknown version")
            << b << int(Error::Code::Unsupported) << qint64(4) << QStringLiteral("unknown EIF version 7");
        b = kcr;
        putBe16(b, 0x1a, 0);
        QTest::newRow("num_sections 0")
            << b << int(Error::Code::Malformed) << qint64(0x1a) << QStringLiteral("num_sections is 0");
        putBe16(b, 0x1a, 33);
        QTest::newRow("num_sections 33")
            << b << int(Error::Code::LimitExceeded) << qint64(0x1a) << QStringLiteral("num_sections is 33");
        putBe16(b, 0x1a, 0xffff);
        QTest::newRow("num_sections 65535")
            << b << int(Error::Code::LimitExceeded) << qint64(0x1a) << QStringLiteral("must be 1..32");
        b = kcr;
        putBe64(b, 578, 100);
        QTest::newRow("size past EOF")
            << b << int(Error::Code::Truncated) << qint64(578)
            << QStringLiteral("section 2 (Ramdisk): size 100 goes past end of file (1 bytes left)");
        b = kcr;
        putBe64(b, 552, 0x7fffffffffffffffULL);
        QTest::newRow("huge size") << b << int(Error::Code::Truncated) << qint64(552)
                                   << QStringLiteral("goes past end of file");
        b = kcr;
        putBe64(b, 578, ~quint64(0));
        QTest::newRow("section size overflows")
            << b << int(Error::Code::Malformed) << qint64(578) << QStringLiteral("overflows 64-bit offsets");
        b = kcr;
        putBe64(b, EifHeader::sectionSizeSpan(2).offset, 0xfffffffffffffff0ULL);
        QTest::newRow("table overflows")
            << b << int(Error::Code::Malformed) << EifHeader::sectionOffsetSpan(2).offset
            << QStringLiteral("overflows 64 bits");
        b = kcr;
        putBe64(b, EifHeader::sectionOffsetSpan(1).offset, 562);
        QTest::newRow("table offset disagrees")
            << b << int(Error::Code::Malformed) << EifHeader::sectionOffsetSpan(1).offset
            << QStringLiteral("section_offsets[1] is 562 but section 1 (Cmdline) starts at 561");
        b = kcr;
        putBe64(b, EifHeader::sectionSizeSpan(0).offset, 2);
        QTest::newRow("table size disagrees")
            << b << int(Error::Code::Malformed) << EifHeader::sectionSizeSpan(0).offset
            << QStringLiteral("section_sizes[0] is 2 but section 0 (Kernel) holds 1 bytes");
        b = kcr;
        putBe16(b, 0x1a, 2);
        QTest::newRow("num_sections disagrees")
            << b << int(Error::Code::Malformed) << qint64(0x1a)
            << QStringLiteral("num_sections 2 but walking the file finds 3");
        b = kcr;
        putBe16(b, 561, 9);
        QTest::newRow("unknown section type") << b << int(Error::Code::Malformed) << qint64(561)
                                              << QStringLiteral("section 1: unknown section type 9");
        b = kcr;
        putBe16(b, 574, 0);
        QTest::newRow("invalid section type 0")
            << b << int(Error::Code::Malformed) << qint64(574) << QStringLiteral("unknown section type 0");
        QTest::newRow("no kernel") << buildEif({ { 2, "C" }, { 3, "R" } }) << int(Error::Code::Malformed)
                                   << qint64(548) << QStringLiteral("no kernel section");
        QTest::newRow("two kernels") << buildEif({ { 1, "K" }, { 2, "C" }, { 1, "K2" }, { 3, "R" } })
                                     << int(Error::Code::Malformed) << qint64(574)
                                     << QStringLiteral("section 2: a second Kernel section");
        QTest::newRow("no cmdline") << buildEif({ { 1, "K" }, { 3, "R" } }) << int(Error::Code::Malformed)
                                    << qint64(548) << QStringLiteral("no cmdline section");
        QTest::newRow("no ramdisk") << buildEif({ { 1, "K" }, { 2, "C" } }) << int(Error::Code::Malformed)
                                    << qint64(548) << QStringLiteral("no ramdisk section");
        QTest::newRow("two signatures")
            << buildEif({ { 1, "K" }, { 2, "C" }, { 3, "R" }, { 4, "S" }, { 4, "S" } })
            << int(Error::Code::Malformed) << qint64(600) << QStringLiteral("second Signature");
        QTest::newRow("truncated section data")
            << kcr.left(586) << int(Error::Code::Truncated) << qint64(578)
            << QStringLiteral("section 2 (Ramdisk): size 1 goes past end of file (0 bytes left)");
        b = buildEif({ { 1, "K" }, { 2, "C" }, { 5, "{}" }, { 3, "R" } });
        putBe16(b, 561 + 2, 1);
        QTest::newRow("section flags (the hypervisor refuses them)")
            << b << int(Error::Code::Malformed) << qint64(563)
            << QStringLiteral("section 1 (Cmdline): flags 0x1 are reserved, the hypervisor requires 0");
        QTest::newRow("truncated section header")
            << kcr.left(570) << int(Error::Code::Malformed) << qint64(0x1a)
            << QStringLiteral("num_sections 3 but walking the file finds 1");
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(qint64, offset);
        QFETCH(QString, message);
        const QString path = writeFile(m_dir, QStringLiteral("bad.eif"), bytes);
        auto r = EifReader::open(path);
        QVERIFY2(!r, "a malformed EIF opened");
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
        QCOMPARE(r.error().offset, offset);
        QCOMPARE(int(r.error().code), code);
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("message");
        const QByteArray meta("{}");
        QByteArray b = buildEif({ { 1, "K" }, { 2, "C" }, { 5, meta }, { 3, "R" } });
        b.append("\0\0\0\0\0", 5);
        QTest::newRow("trailing bytes") << b << qint64(b.size() - 5) << QStringLiteral("5 trailing bytes");
        b = buildEif({ { 1, "K" }, { 2, "C" }, { 5, meta }, { 3, "R" }, { 4, "SIGNATURE" } });
        putBe64(b, EifHeader::sectionSizeSpan(4).offset, 5);
        QTest::newRow("re-sign stale size")
            << b << EifHeader::sectionSizeSpan(4).offset << QStringLiteral("stale entry left by re-signing");
        b = buildEif({ { 1, "K" }, { 2, "C" }, { 5, meta }, { 3, QByteArray() } });
        QTest::newRow("zero-size section")
            << b << qint64(588 + 4) << QStringLiteral("section 3 (Ramdisk) is empty");
        b = buildEif({ { 1, "K" }, { 2, "C" }, { 5, meta }, { 3, "R" } }, 3);
        QTest::newRow("metadata in v3")
            << b << qint64(574) << QStringLiteral("metadata section in a version 3 image");
        b = buildEif({ { 1, "K" }, { 2, "C" }, { 3, "R" }, { 4, "S" } }, 2);
        QTest::newRow("signature in v2")
            << b << qint64(587) << QStringLiteral("signature section in a version 2 image");
        QTest::newRow("v4 without metadata")
            << kcrEif() << qint64(4) << QStringLiteral("without the mandatory metadata");
        b = buildEif({ { 1, "K" }, { 2, "C" }, { 5, meta }, { 3, "R" } });
        putBe16(b, 6, 0x8000);
        QTest::newRow("reserved flag bits") << b << qint64(6) << QStringLiteral("reserved bits");
        b = buildEif({ { 3, "R" }, { 1, "K" }, { 2, "C" }, { 5, meta } });
        QTest::newRow("ramdisk before kernel")
            << b << qint64(548) << QStringLiteral("ramdisk before the kernel");
    }
    void warnings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, offset);
        QFETCH(QString, message);
        const QString path = writeFile(m_dir, QStringLiteral("odd.eif"), bytes);
        auto r = EifReader::open(path);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        bool found = false;
        for (const EifWarning &w : r->warnings()) {
            if (w.message.contains(message)) {
                found = true;
                QCOMPARE(w.offset, offset);
            }
        }
        QVERIFY2(found, qPrintable(r->warnings().value(0).toString()));
    }

    void boundedReads()
    {
        // A signature section over 32 KiB is refused before it is read into memory.
        const QString path = writeFile(m_dir, QStringLiteral("bigsig.eif"),
            buildEif({ { 1, "K" }, { 2, "C" }, { 5, "{}" }, { 3, "R" }, { 4, QByteArray(40000, 'x') } }));
        auto r = EifReader::open(path);
        QVERIFY(r);
        auto sig = r->readSignatureBytes();
        QVERIFY(!sig);
        QCOMPARE(sig.error().code, Error::Code::LimitExceeded);
        QCOMPARE(sig.error().offset, r->firstSection(EifSectionType::Signature)->headerOffset() + 4);
        auto range = r->readRange(r->fileSize() - 1, 2);
        QVERIFY(!range);
        QCOMPARE(range.error().code, Error::Code::Truncated);
    }

    void sectionDevice()
    {
        const QString path = writeFile(m_dir, QStringLiteral("dev.eif"),
            buildEif({ { 1, "KERNEL" }, { 2, "C" }, { 5, "{}" }, { 3, "0123456789" } }));
        auto r = EifReader::open(path);
        QVERIFY(r);
        EifSectionDevice dev(path, *r->firstSection(EifSectionType::Ramdisk));
        QVERIFY(dev.open(QIODevice::ReadOnly));
        QCOMPARE(dev.size(), qint64(10));
        QCOMPARE(dev.read(4), QByteArray("0123"));
        QCOMPARE(dev.readAll(), QByteArray("456789"));
        QVERIFY(dev.atEnd());
        QVERIFY(dev.seek(2));
        QCOMPARE(dev.read(3), QByteArray("234"));
        QVERIFY(dev.seek(8));
        QCOMPARE(dev.read(100), QByteArray("89"));
        QVERIFY(!dev.seek(11));
        QCOMPARE(dev.fileOffset(), r->firstSection(EifSectionType::Ramdisk)->dataOffset());
        EifSectionDevice beyond(path, r->fileSize() - 2, 5);
        QVERIFY(!beyond.open(QIODevice::ReadOnly));
        EifSectionDevice writable(path, 0, 1);
        QVERIFY(!writable.open(QIODevice::ReadWrite));
    }

    void missingFile()
    {
        auto r = EifReader::open(m_dir.filePath(QStringLiteral("does-not-exist.eif")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
    }

    void over4GiB()
    {
        // 4.5 GiB of zeros as a hole: offsets past 2^32 must survive every layer.
        const quint64 big = (quint64(9) << 29);
        const QString path = m_dir.filePath(QStringLiteral("huge.eif"));
        const QList<qint64> offsets = writeSparseEif(path,
            { { 1, "kernel" }, { 2, "console=ttyS0" }, { 5, "{}" }, { 3, {}, big }, { 3, "last ramdisk" } });
        auto r = EifReader::open(path);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->warnings().isEmpty());
        QCOMPARE(r->sections().size(), 5);
        QCOMPARE(r->sections().at(3).size(), qint64(big));
        QCOMPARE(r->sections().at(4).headerOffset(), offsets.at(4));
        QVERIFY(r->sections().at(4).headerOffset() > (qint64(1) << 32));
        QCOMPARE(*r->readSectionData(r->sections().at(4), 100), QByteArray("last ramdisk"));
        EifSectionDevice dev(path, r->sections().at(3));
        QVERIFY(dev.open(QIODevice::ReadOnly));
        QVERIFY(dev.seek(qint64(big) - 3));
        QCOMPARE(dev.readAll(), QByteArray(3, '\0'));
        QCOMPARE(r->header().sectionOffset(4), quint64(offsets.at(4)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEifReader)
#include "tst_eifreader.moc"

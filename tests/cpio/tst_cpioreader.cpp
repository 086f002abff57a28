#include <atomic>

#include <QBuffer>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include "cpio/cpioreader.h"
#include "cpio/cpiowriter.h"

using namespace enclave;

namespace {

// The newc header field at `field` (1 = c_ino ... 12 = c_namesize, 13 = c_check) of the entry named
// `name`: tests lie in headers by patching the writer's output, never by writing archives by hand.
qsizetype headerOf(const QByteArray &archive, const QByteArray &name)
{
    const qsizetype at = archive.indexOf(QByteArray(name + '\0'));
    Q_ASSERT(at >= 110);
    return at - 110;
}

void setField(QByteArray &archive, const QByteArray &name, int field, const QByteArray &text)
{
    Q_ASSERT(text.size() == 8);
    archive.replace(headerOf(archive, name) + 6 + (field - 1) * 8, 8, text);
}

void setField(QByteArray &archive, const QByteArray &name, int field, quint32 value)
{
    setField(archive, name, field, QByteArray::number(value, 16).rightJustified(8, '0'));
}

enum Field {
    Ino = 1,
    Mode,
    Uid,
    Gid,
    Nlink,
    Mtime,
    FileSize,
    DevMajor,
    DevMinor,
    RdevMajor,
    RdevMinor,
    NameSize,
    Check
};

QByteArray sampleArchive()
{
    CpioWriter w;
    w.addDirectory(QStringLiteral("dev"), 0755);
    w.addFile(QStringLiteral("init"), QByteArray("#!/bin/sh\necho hello\n"), 0755);
    w.addFile(QStringLiteral("rootfs/etc/config.json"), QByteArray("{\"a\": 1}"), 0644);
    w.addSymlink(QStringLiteral("rootfs/bin/sh"), QStringLiteral("busybox"));
    w.addFile(QStringLiteral("empty"), QByteArray(), 0600);
    return w.finish();
}

QByteArray gz(const QByteArray &data)
{
    auto r = CpioWriter::gzip(data);
    Q_ASSERT(r.has_value());
    return *r;
}

// QVERIFY2 evaluates its message even when the check passes: never touch error() of a value.
template <typename R> const char *errorText(const R &r)
{
    static QByteArray text;
    text = r.has_value() ? QByteArray() : r.error().toString().toUtf8();
    return text.constData();
}
template <typename R> const char *errorText(const R *r)
{
    return errorText(*r);
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

class TestCpioReader final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void list_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<int>("compression");
        const QByteArray plain = sampleArchive();
        QTest::newRow("plain") << plain << int(CpioReader::Compression::None);
        QTest::newRow("gzip") << gz(plain) << int(CpioReader::Compression::Gzip);
        QTest::newRow("plain+zero padding")
            << plain + QByteArray(509, '\0') << int(CpioReader::Compression::None);
        QTest::newRow("gzip+zero padding")
            << gz(plain) + QByteArray(3, '\0') << int(CpioReader::Compression::Gzip);
    }
    void list()
    {
        QFETCH(QByteArray, archive);
        QFETCH(int, compression);
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CpioReader reader(&buffer, 0, archive.size());
        QList<CpioEntry> entries;
        for (;;) {
            auto e = reader.next();
            QVERIFY2(e.has_value(), errorText(e));
            if (!e->has_value())
                break;
            entries.append(**e);
        }
        QCOMPARE(int(reader.compression()), compression);
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries[0].rawPath, QByteArray("dev"));
        QCOMPARE(entries[0].type, CpioEntry::Type::Directory);
        QCOMPARE(entries[0].permissions(), 0755u);
        QCOMPARE(CpioEntry::modeString(entries[0].mode), QStringLiteral("drwxr-xr-x"));
        QCOMPARE(entries[1].rawPath, QByteArray("init"));
        QCOMPARE(entries[1].type, CpioEntry::Type::Regular);
        QCOMPARE(entries[1].size, 21);
        QCOMPARE(entries[1].sha256, sha256("#!/bin/sh\necho hello\n"));
        QCOMPARE(entries[2].path(), QStringLiteral("rootfs/etc/config.json"));
        QCOMPARE(entries[2].sha256, sha256("{\"a\": 1}"));
        QCOMPARE(CpioEntry::modeString(entries[2].mode), QStringLiteral("-rw-r--r--"));
        QCOMPARE(entries[3].type, CpioEntry::Type::Symlink);
        QCOMPARE(entries[3].linkTarget, QByteArray("busybox"));
        QCOMPARE(entries[3].sha256, sha256("busybox"));
        QCOMPARE(entries[4].size, 0);
        QCOMPARE(entries[4].sha256, sha256(QByteArray()));
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(entries[i].index, i);
        // Offsets are in the (decompressed) stream: the first header is at 0, its name right after.
        QCOMPARE(entries[0].headerOffset, 0);
        QCOMPARE(entries[1].dataOffset % 4, 0);
        QCOMPARE(reader.inputPosition(), archive.size());
    }

    void fieldsAsStored()
    {
        QByteArray a = sampleArchive();
        setField(a, "init", Uid, 1000);
        setField(a, "init", Gid, 0x64);
        setField(a, "init", Mtime, 1700000000);
        setField(a, "init", Mode, 0104755); // setuid
        setField(a, "init", RdevMajor, 0xABCDEF01);
        auto r = CpioReader::list(a);
        QVERIFY(r.has_value());
        const CpioEntry &e = r->at(1);
        QCOMPARE(e.uid, 1000u);
        QCOMPARE(e.gid, 100u);
        QCOMPARE(e.mtime, 1700000000);
        QCOMPARE(CpioEntry::modeString(e.mode), QStringLiteral("-rwsr-xr-x"));
        QCOMPARE(e.rdevMajor, 0xABCDEF01u);
    }

    void crcFormat_data()
    {
        QTest::addColumn<bool>("goodSum");
        QTest::newRow("good checksum") << true;
        QTest::newRow("bad checksum") << false;
    }
    void crcFormat()
    {
        QFETCH(bool, goodSum);
        QByteArray a = sampleArchive();
        const QByteArray content("#!/bin/sh\necho hello\n");
        quint32 sum = 0;
        for (char c : content)
            sum += uchar(c);
        for (const QByteArray &name :
            { QByteArray("dev"), QByteArray("init"), QByteArray("rootfs/etc/config.json"),
                QByteArray("rootfs/bin/sh"), QByteArray("empty"), QByteArray("TRAILER!!!") })
            a.replace(headerOf(a, name), 6, "070702");
        setField(a, "rootfs/etc/config.json", Check, 0);
        quint32 cfgSum = 0;
        for (char c : QByteArray("{\"a\": 1}"))
            cfgSum += uchar(c);
        setField(a, "rootfs/etc/config.json", Check, cfgSum);
        quint32 linkSum = 0;
        for (char c : QByteArray("busybox"))
            linkSum += uchar(c);
        setField(a, "rootfs/bin/sh", Check, linkSum);
        setField(a, "init", Check, goodSum ? sum : sum + 1);
        auto r = CpioReader::list(a);
        QCOMPARE(r.has_value(), goodSum);
        if (!goodSum) {
            QCOMPARE(r.error().code, Error::Code::Malformed);
            QVERIFY2(r.error().message.contains(QLatin1StringView("checksum mismatch")),
                qPrintable(r.error().message));
            QCOMPARE(r.error().offset, headerOf(a, "init") + 102);
        }
    }

    void concatenated_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<int>("entries");
        CpioWriter second;
        second.addFile(QStringLiteral("microcode.bin"), QByteArray(1000, 'm'));
        const QByteArray a = sampleArchive();
        const QByteArray b = second.finish();
        QTest::newRow("plain+plain") << a + QByteArray(8, '\0') + b << 6;
        QTest::newRow("gzip member+gzip member") << gz(a) + gz(b) << 6;
        QTest::newRow("plain then gzip (kernel mixes them)") << a + QByteArray(12, '\0') + gz(b) << 6;
        QTest::newRow("gzip then plain") << gz(a) + QByteArray(4, '\0') + b << 6;
    }
    void concatenated()
    {
        QFETCH(QByteArray, archive);
        QFETCH(int, entries);
        auto r = CpioReader::list(archive);
        QVERIFY2(r.has_value(), errorText(r));
        QCOMPARE(r->size(), entries);
        QCOMPARE(r->last().rawPath, QByteArray("microcode.bin"));
        QCOMPARE(r->last().sha256, sha256(QByteArray(1000, 'm')));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("offset"); // -2: do not check
        const QByteArray a = sampleArchive();
        const qsizetype init = headerOf(a, "init");
        const qsizetype trailer = headerOf(a, "TRAILER!!!");
        using C = Error::Code;

        QTest::newRow("empty") << QByteArray() << int(C::Truncated) << QStringLiteral("without a TRAILER!!!")
                               << qint64(0);
        QTest::newRow("truncated header")
            << a.left(init + 50) << int(C::Truncated) << QStringLiteral("truncated entry header: 50 of 110")
            << qint64(init);
        QTest::newRow("truncated name")
            << a.left(init + 112) << int(C::Truncated) << QStringLiteral("truncated name") << qint64(-2);
        QTest::newRow("truncated data")
            << a.left(init + 116 + 10) << int(C::Truncated)
            << QStringLiteral("entry 'init': data truncated: the header promises 21 bytes, "
                              "the archive ends after 10")
            << qint64(-2);
        QByteArray lying = a;
        setField(lying, "rootfs/etc/config.json", FileSize, 0x10000000);
        QTest::newRow("lying size") << lying << int(C::Truncated)
                                    << QStringLiteral("the header promises 268435456 bytes") << qint64(-2);
        QByteArray hugeName = a;
        setField(hugeName, "init", NameSize, 0x7fffffff);
        QTest::newRow("huge name size")
            << hugeName << int(C::LimitExceeded)
            << QStringLiteral("name size 2147483647 exceeds the limit of 4096") << qint64(init + 94);
        QByteArray nameTooLong = a;
        setField(nameTooLong, "init", NameSize, 0x1000000);
        QTest::newRow("name size past the end") << nameTooLong << int(C::LimitExceeded)
                                                << QStringLiteral("exceeds the limit") << qint64(init + 94);
        QByteArray nonHex = a;
        setField(nonHex, "init", Mode, QByteArray("0000z1ED"));
        QTest::newRow("non-hex mode")
            << nonHex << int(C::Malformed)
            << QStringLiteral("header field c_mode is not hexadecimal: '0000z1ED'") << qint64(init + 14);
        QByteArray nonHexSize = a;
        setField(nonHexSize, "init", FileSize, QByteArray("-0000015"));
        QTest::newRow("negative-looking size")
            << nonHexSize << int(C::Malformed) << QStringLiteral("c_filesize is not hexadecimal")
            << qint64(init + 54);
        QByteArray badMagic = a;
        badMagic.replace(init, 6, "070703");
        QTest::newRow("bad magic") << badMagic << int(C::Malformed) << QStringLiteral("bad magic '070703'")
                                   << qint64(init);
        QTest::newRow("not cpio at all")
            << QByteArray(200, 'x') << int(C::Malformed) << QStringLiteral("bad magic 'xxxxxx'") << qint64(0);
        QTest::newRow("missing trailer")
            << a.left(trailer) << int(C::Truncated)
            << QStringLiteral("the archive ends without a TRAILER!!! entry") << qint64(trailer);
        QTest::newRow("garbage after trailer")
            << a + QByteArray("\0\0\0\0garbage-garbage", 20) << int(C::Malformed)
            << QStringLiteral("unexpected data after TRAILER!!!") << qint64(-2);
        QByteArray zeroName = a;
        setField(zeroName, "init", NameSize, 0);
        QTest::newRow("name size 0") << zeroName << int(C::Malformed) << QStringLiteral("name size is 0")
                                     << qint64(-2);
        QByteArray noNul = a;
        setField(noNul, "init", NameSize, 4); // "init" without its NUL
        QTest::newRow("name not NUL-terminated")
            << noNul << int(C::Malformed) << QStringLiteral("not NUL-terminated") << qint64(-2);
        QByteArray oldAscii = a;
        oldAscii.replace(0, 6, "070707");
        QTest::newRow("odc cpio") << oldAscii << int(C::Unsupported) << QStringLiteral("070707") << qint64(0);
        QTest::newRow("xz") << QByteArray("\xfd"
                                          "7zXZ\0\0\0\0\0\0\0\0\0",
            14) << int(C::Unsupported)
                            << QStringLiteral("xz-compressed") << qint64(0);
        const QByteArray gzipped = gz(a);
        QTest::newRow("truncated gzip")
            << gzipped.left(gzipped.size() / 2) << int(C::Truncated)
            << QStringLiteral("gzip stream ends before its end marker") << qint64(0);
        QByteArray corrupt = gzipped;
        corrupt[gzipped.size() - 6]
            = char(corrupt.at(gzipped.size() - 6) ^ 0x55); // inside the CRC32/ISIZE trailer
        QTest::newRow("gzip bad crc")
            << corrupt << int(C::Malformed) << QStringLiteral("corrupt gzip data") << qint64(-2);
        QByteArray gzipLie = a;
        setField(gzipLie, "init", FileSize, 0x10000000);
        QTest::newRow("gzip lying size")
            << gz(gzipLie) << int(C::Truncated) << QStringLiteral("gzip-compressed cpio, decompressed offset")
            << qint64(0);
    }
    void malformed()
    {
        QFETCH(QByteArray, archive);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(qint64, offset);
        auto r = CpioReader::list(archive);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
        QCOMPARE(int(r.error().code), code);
        if (offset != -2)
            QCOMPARE(r.error().offset, offset);
    }

    void limits_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("entries") << false << QStringLiteral("entries")
                                 << QStringLiteral("more than 2 entries");
        QTest::newRow("link target") << false << QStringLiteral("link")
                                     << QStringLiteral("symlink target of 7 bytes");
        QTest::newRow("name") << false << QStringLiteral("name")
                              << QStringLiteral("name size 23 exceeds the limit of 16");
        QTest::newRow("decompressed size")
            << true << QStringLiteral("bomb") << QStringLiteral("decompresses to more than");
    }
    void limits()
    {
        QFETCH(bool, gzip);
        QFETCH(QString, which);
        QFETCH(QString, message);
        CpioLimits limits;
        if (which == u"entries")
            limits.maxEntries = 2;
        else if (which == u"link")
            limits.maxLinkTargetSize = 4;
        else if (which == u"name")
            limits.maxNameSize = 16;
        QByteArray archive = sampleArchive();
        if (which == u"bomb") {
            CpioWriter w;
            w.addFile(QStringLiteral("zeros"), QByteArray(4 << 20, '\0'));
            archive = w.finish();
            limits.maxDecompressedSize = 1 << 20;
        }
        if (gzip)
            archive = gz(archive);
        auto r = CpioReader::list(archive, limits);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::LimitExceeded);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
    }

    // The reader reads its range of a file and nothing else; offsets in errors are file offsets.
    void rangeOfFile()
    {
        QByteArray a = sampleArchive();
        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray before(1000, 'B');
        file.write(before);
        file.write(a);
        file.write(QByteArray(777, 'A'));
        file.flush();
        auto ok = CpioReader::list(&file, before.size(), a.size());
        QVERIFY2(ok.has_value(), errorText(ok));
        QCOMPARE(ok->size(), 5);

        // The same archive cut short by its range: the error names the absolute file offset.
        const qsizetype init = headerOf(a, "init");
        auto cut = CpioReader::list(&file, before.size(), init + 20);
        QVERIFY(!cut.has_value());
        QCOMPARE(cut.error().offset, before.size() + init);

        auto past = CpioReader::list(&file, before.size(), a.size() + 10000);
        QVERIFY(!past.has_value());
        QVERIFY(past.error().message.contains(QLatin1StringView("past the end of the file")));
    }

    void readEntry_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<int>("index");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("whole file") << false << 2 << qint64(1024) << QByteArray("{\"a\": 1}") << false;
        QTest::newRow("gzip whole file")
            << true << 1 << qint64(1024) << QByteArray("#!/bin/sh\necho hello\n") << false;
        QTest::newRow("prefix") << true << 1 << qint64(9) << QByteArray("#!/bin/sh") << true;
        QTest::newRow("symlink") << false << 3 << qint64(100) << QByteArray("busybox") << false;
        QTest::newRow("directory") << false << 0 << qint64(100) << QByteArray() << false;
    }
    void readEntry()
    {
        QFETCH(bool, gzip);
        QFETCH(int, index);
        QFETCH(qint64, maxBytes);
        QFETCH(QByteArray, data);
        QFETCH(bool, truncated);
        QByteArray archive = gzip ? gz(sampleArchive()) : sampleArchive();
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto c = CpioReader::readEntry(&buffer, 0, archive.size(), index, maxBytes);
        QVERIFY2(c.has_value(), errorText(c));
        QCOMPARE(c->entry.index, index);
        QCOMPARE(c->data, data);
        QCOMPARE(c->truncated, truncated);
        auto missing = CpioReader::readEntry(&buffer, 0, archive.size(), 99, maxBytes);
        QVERIFY(!missing.has_value());
    }

    void readEntryByPath_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("file") << false << QByteArray("rootfs/etc/config.json") << qint64(1024) << true
                              << QByteArray("{\"a\": 1}") << false;
        QTest::newRow("gzip file") << true << QByteArray("init") << qint64(1024) << true
                                   << QByteArray("#!/bin/sh\necho hello\n") << false;
        QTest::newRow("capped") << true << QByteArray("init") << qint64(4) << true << QByteArray("#!/b")
                                << true;
        QTest::newRow("empty file") << false << QByteArray("empty") << qint64(10) << true << QByteArray()
                                    << false;
        QTest::newRow("absent") << false << QByteArray("rootfs/etc") << qint64(10) << false << QByteArray()
                                << false;
        QTest::newRow("prefix is not a match")
            << false << QByteArray("ini") << qint64(10) << false << QByteArray() << false;
    }
    void readEntryByPath()
    {
        QFETCH(bool, gzip);
        QFETCH(QByteArray, path);
        QFETCH(qint64, maxBytes);
        QFETCH(bool, found);
        QFETCH(QByteArray, data);
        QFETCH(bool, truncated);
        QByteArray archive = gzip ? gz(sampleArchive()) : sampleArchive();
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto c = CpioReader::readEntryByPath(&buffer, 0, archive.size(), path, maxBytes);
        QVERIFY2(c.has_value(), errorText(c));
        QCOMPARE(c->has_value(), found);
        if (!found)
            return;
        QCOMPARE((*c)->entry.rawPath, path);
        QCOMPARE((*c)->data, data);
        QCOMPARE((*c)->truncated, truncated);
        QCOMPARE((*c)->entry.sha256.isEmpty(), truncated);
    }

    // A path stored twice: the later entry is what the kernel leaves on disk, and what is read.
    void readEntryByPathLastWins()
    {
        CpioWriter w;
        w.addFile(QStringLiteral("etc/motd"), QByteArray("first"), 0644);
        w.addFile(QStringLiteral("other"), QByteArray("x"), 0644);
        w.addFile(QStringLiteral("etc/motd"), QByteArray("second one"), 0600);
        QByteArray archive = w.finish();
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto c = CpioReader::readEntryByPath(&buffer, 0, archive.size(), "etc/motd", 100);
        QVERIFY2(c.has_value() && c->has_value(), errorText(c));
        QCOMPARE((*c)->data, QByteArray("second one"));
        QCOMPARE((*c)->entry.index, 2);
        QCOMPARE((*c)->entry.permissions(), 0600u);
        // A damaged archive is an error, not "absent".
        QByteArray cut = archive.left(archive.size() / 2);
        QBuffer half(&cut);
        QVERIFY(half.open(QIODevice::ReadOnly));
        QVERIFY(!CpioReader::readEntryByPath(&half, 0, cut.size(), "nothing", 100).has_value());
    }

    // Large content streams through a fixed buffer; the hash is over every byte.
    void largeEntryStreams()
    {
        QByteArray big(24 << 20, '\0');
        for (qsizetype i = 0; i < big.size(); i += 4096)
            big[i] = char(i >> 12);
        CpioWriter w;
        w.addFile(QStringLiteral("big.bin"), big);
        const QByteArray archive = gz(w.finish());
        auto r = CpioReader::list(archive);
        QVERIFY(r.has_value());
        QCOMPARE(r->at(0).size, big.size());
        QCOMPARE(r->at(0).sha256, sha256(big));
    }

    // Every truncation and many single-byte corruptions: a value or a clear error, never a crash,
    // a hang or an offset outside the input (the sanitizer build runs this too).
    void mutations_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void mutations()
    {
        QFETCH(bool, gzip);
        const QByteArray base = gzip ? gz(sampleArchive()) : sampleArchive();
        int errors = 0;
        auto check = [&](const QByteArray &input) {
            auto r = CpioReader::list(input);
            if (r)
                return true;
            ++errors;
            return !r.error().message.isEmpty() && r.error().offset >= -1 && r.error().offset <= input.size();
        };
        for (qsizetype len = 0; len < base.size(); ++len)
            QVERIFY2(check(base.left(len)), qPrintable(QStringLiteral("truncated to %1").arg(len)));
        for (qsizetype i = 0; i < base.size(); ++i) {
            for (char v : { '\0', '\xff', 'f', '7' }) {
                QByteArray m = base;
                if (m[i] == v)
                    continue;
                m[i] = v;
                QVERIFY2(check(m), qPrintable(QStringLiteral("byte %1 = %2").arg(i).arg(int(uchar(v)))));
            }
        }
        QVERIFY(errors > base.size()); // every truncation at least must fail
    }

    void cancel()
    {
        QByteArray archive = sampleArchive();
        QBuffer buffer(&archive);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        std::atomic_bool flag { true };
        auto r = CpioReader::list(&buffer, 0, archive.size(), {}, &flag);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCpioReader)
#include "tst_cpioreader.moc"

#include <zlib.h>

#include <QStandardPaths>
#include <QTest>

#include "cpio/cpiowriter.h"

using namespace enclave;

namespace {
QByteArray gunzip(const QByteArray &gz)
{
    z_stream zs {};
    inflateInit2(&zs, 15 + 16);
    QByteArray out(1 << 20, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    zs.avail_in = uInt(gz.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = inflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

struct Entry {
    QByteArray name;
    quint32 mode;
    QByteArray data;
};

// An independent newc reader for the test: every header field as 8 hex digits, 4-byte alignment.
QList<Entry> parse(const QByteArray &a)
{
    QList<Entry> out;
    qsizetype pos = 0;
    while (pos + 110 <= a.size()) {
        if (a.mid(pos, 6) != "070701")
            return {};
        auto field = [&](int i) { return a.mid(pos + 6 + 8 * i, 8).toUInt(nullptr, 16); };
        const quint32 mode = field(1);
        const quint32 size = field(6);
        const quint32 nameSize = field(11);
        const QByteArray name = a.mid(pos + 110, nameSize - 1);
        qsizetype dataStart = (pos + 110 + nameSize + 3) & ~qsizetype(3);
        const QByteArray data = a.mid(dataStart, size);
        pos = (dataStart + size + 3) & ~qsizetype(3);
        if (name == "TRAILER!!!") {
            if (pos != a.size())
                return {};
            return out;
        }
        out.append({ name, mode, data });
    }
    return {};
}
} // namespace

class TestCpioWriter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newc_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void newc()
    {
        QFETCH(bool, gzip);
        CpioWriter w;
        w.addDirectory(QStringLiteral("dev"));
        w.addFile(QStringLiteral("init"),
            QByteArray("\x7f"
                       "ELF-ish",
                8),
            0755);
        w.addFile(QStringLiteral("/rootfs/etc/hostname"), "enclave\n");
        w.addSymlink(QStringLiteral("rootfs/bin/sh"), QStringLiteral("busybox"));
        w.addFile(QStringLiteral("empty"), {});
        QCOMPARE(w.entryCount(), 5);
        QByteArray archive = w.finish();
        QCOMPARE(archive.size() % 4, 0);
        QVERIFY(archive.startsWith("070701"));
        if (gzip) {
            auto gz = CpioWriter::gzip(archive);
            QVERIFY(gz);
            QVERIFY(gz->startsWith("\x1f\x8b"));
            archive = gunzip(*gz);
        }
        const QList<Entry> entries = parse(archive);
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(0).name, QByteArray("dev"));
        QCOMPARE(entries.at(0).mode, 040755U);
        QCOMPARE(entries.at(1).mode, 0100755U);
        QCOMPARE(entries.at(1).data,
            QByteArray("\x7f"
                       "ELF-ish",
                8));
        QCOMPARE(entries.at(2).name, QByteArray("rootfs/etc/hostname"));
        QCOMPARE(entries.at(2).mode, 0100644U);
        QCOMPARE(entries.at(2).data, QByteArray("enclave\n"));
        QCOMPARE(entries.at(3).mode, 0120777U);
        QCOMPARE(entries.at(3).data, QByteArray("busybox"));
        QCOMPARE(entries.at(4).data, QByteArray());
        // finish() does not consume the writer.
        QCOMPARE(w.finish(), w.finish());
    }
};

QTEST_GUILESS_MAIN(TestCpioWriter)
#include "tst_cpiowriter.moc"

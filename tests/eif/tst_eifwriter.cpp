#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "crypto/digest.h"
#include "eif/eifreader.h"
#include "eif/eiftestsupport.h"
#include "eif/eifwriter.h"
#include "eif/pcrcalculator.h"

using namespace enclave;
using namespace enclave::test;

class TestEifWriter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Our writer produces eif_ref's bytes for the §12 vectors.
    void vectors()
    {
        EifWriter w;
        w.setKernel("K");
        w.setCmdline("C");
        w.addRamdisk("R");
        const QString path = m_dir.filePath(QStringLiteral("kcr.eif"));
        QVERIFY(w.write(path));
        const QByteArray bytes = readFile(path);
        QCOMPARE(bytes.size(), 587);
        QCOMPARE(bytes, kcrEif());
        QCOMPARE(bytes.mid(544, 4).toHex(), QByteArray("ee9f4081"));

        EifWriter w2;
        w2.addRamdisk("R0");
        w2.setCmdline("C");
        w2.addRamdisk("R1");
        w2.setKernel("K"); // added last, written first: nitro-cli order
        QVERIFY(w2.write(path));
        QCOMPARE(readFile(path).mid(544, 4).toHex(), QByteArray("b2ba86f9"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("fromFiles");
        QTest::addColumn<bool>("aarch64");
        QTest::newRow("memory x86_64") << false << false;
        QTest::newRow("files aarch64") << true << true;
    }
    void roundTrip()
    {
        QFETCH(bool, fromFiles);
        QFETCH(bool, aarch64);
        const QByteArray kernel(3 << 20, 'k'); // several copy chunks
        const QByteArray rd0("bootstrap ramdisk");
        const QByteArray rd1(1234567, 'r');
        EifWriter w;
        w.setArchitecture(aarch64 ? EifHeader::Architecture::Aarch64 : EifHeader::Architecture::X86_64);
        w.setMetadata(R"({"ImageName":"x","ImageVersion":"1"})");
        if (fromFiles) {
            w.setKernelFile(writeFile(m_dir, QStringLiteral("kernel"), kernel));
            w.addRamdiskFile(writeFile(m_dir, QStringLiteral("rd0"), rd0));
            w.addRamdiskFile(writeFile(m_dir, QStringLiteral("rd1"), rd1));
        } else {
            w.setKernel(kernel);
            w.addRamdisk(rd0);
            w.addRamdisk(rd1);
        }
        w.setCmdline("console=ttyS0");
        const QString path = m_dir.filePath(QStringLiteral("rt.eif"));
        auto written = w.write(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));

        auto r = EifReader::open(path);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r->warnings().isEmpty(), qPrintable(r->warnings().value(0).toString()));
        QCOMPARE(r->header().architecture(),
            aarch64 ? EifHeader::Architecture::Aarch64 : EifHeader::Architecture::X86_64);
        QCOMPARE(r->header().version(), quint16(4));
        const QList<EifSectionType> order { EifSectionType::Kernel, EifSectionType::Cmdline,
            EifSectionType::Metadata, EifSectionType::Ramdisk, EifSectionType::Ramdisk };
        QCOMPARE(r->sections().size(), order.size());
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(r->sections().at(i).type(), order.at(i));
        QCOMPARE(*r->readCmdline(), QByteArray("console=ttyS0"));
        QCOMPARE(*r->readSectionData(r->sections().at(4), 2 << 20), rd1);

        auto m = PcrCalculator(*r).compute();
        QVERIFY(m);
        QVERIFY(m->crcMatches());
        QCOMPARE(m->pcr0, pcr::ofData(QByteArray(kernel + "console=ttyS0" + rd0 + rd1)));
        QCOMPARE(m->pcr1, pcr::ofData(QByteArray(kernel + "console=ttyS0" + rd0)));
        QCOMPARE(m->pcr2, pcr::ofData(rd1));
    }

    void missingInput()
    {
        EifWriter w;
        w.setKernelFile(m_dir.filePath(QStringLiteral("nope")));
        w.setCmdline("c");
        w.addRamdisk("r");
        auto r = w.write(m_dir.filePath(QStringLiteral("x.eif")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.eif"))));
    }

    // QEMU's EIF loader refuses zero-size sections: an empty kernel or ramdisk is never written.
    void emptySectionRefused_data()
    {
        QTest::addColumn<QByteArray>("kernel");
        QTest::addColumn<QByteArray>("ramdisk");
        QTest::addColumn<bool>("fromFiles");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty kernel")
            << QByteArray() << QByteArray("r") << false << QStringLiteral("empty kernel");
        QTest::newRow("empty ramdisk")
            << QByteArray("K") << QByteArray() << false << QStringLiteral("empty ramdisk");
        QTest::newRow("empty kernel file")
            << QByteArray() << QByteArray("r") << true << QStringLiteral("empty kernel file");
        QTest::newRow("empty ramdisk file")
            << QByteArray("K") << QByteArray() << true << QStringLiteral("empty ramdisk file");
    }
    void emptySectionRefused()
    {
        QFETCH(QByteArray, kernel);
        QFETCH(QByteArray, ramdisk);
        QFETCH(bool, fromFiles);
        QFETCH(QString, message);
        EifWriter w;
        if (fromFiles) {
            w.setKernelFile(writeFile(m_dir, QStringLiteral("kernel"), kernel));
            w.addRamdiskFile(writeFile(m_dir, QStringLiteral("rd"), ramdisk));
        } else {
            w.setKernel(kernel);
            w.addRamdisk(ramdisk);
        }
        w.setCmdline("c");
        const QString out = m_dir.filePath(QStringLiteral("empty.eif"));
        auto r = w.write(out);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Malformed);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(out));
    }

    void tooManySections()
    {
        EifWriter w;
        w.setKernel("K");
        w.setCmdline("C");
        for (int i = 0; i < 31; ++i)
            w.addRamdisk("R");
        auto r = w.write(m_dir.filePath(QStringLiteral("many.eif")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::LimitExceeded);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEifWriter)
#include "tst_eifwriter.moc"

#include <atomic>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/hex.h"
#include "crypto/digest.h"
#include "eif/eiftestsupport.h"
#include "eif/pcrcalculator.h"

using namespace enclave;
using namespace enclave::test;

namespace {
QByteArray h(const char *hexText)
{
    return QByteArray::fromHex(hexText);
}
const char *kEmptyPcr2
    = "21b9efbc184807662e966d34f390821309eeac6802309798826296bf3e8bec7c10edb30948c90ba67310f7b964fc500a";
} // namespace

class TestPcrCalculator final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // eif-format.md §12 vectors (computed by eif_ref and checked against hashlib).
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("eif");
        QTest::addColumn<quint32>("crc");
        QTest::addColumn<QByteArray>("pcr0");
        QTest::addColumn<QByteArray>("pcr1");
        QTest::addColumn<QByteArray>("pcr2");
        QTest::addColumn<bool>("forceSeparate");
        for (bool separate : { false, true }) {
            const char *suffix = separate ? " separate" : " one-pass";
            QTest::newRow(QByteArray(QByteArray("K/C/R") + suffix).constData())
                << kcrEif() << 0xee9f4081U
                << h("ba8888f7d3126c686574dc0111fc1a38082d2f6f75fb4cad52f845d7f777864930c95deef1805ad7465363b"
                     "0c73b2848")
                << h("ba8888f7d3126c686574dc0111fc1a38082d2f6f75fb4cad52f845d7f777864930c95deef1805ad7465363b"
                     "0c73b2848")
                << h(kEmptyPcr2) << separate;
            QTest::newRow(QByteArray(QByteArray("K/C/R0/R1") + suffix).constData())
                << buildEif({ { 1, "K" }, { 2, "C" }, { 3, "R0" }, { 3, "R1" } }) << 0xb2ba86f9U
                << h("d0bc287bd9ac6a710dc6a562f4af1862c57a3b88993cf18c1a435051c33f56ed7a97d74ad4b4681164fb795"
                     "70a1cc77e")
                << h("1581c5e5836004b0a7704ea9890bc9c9e3f611a362a16244e45123faf0c8695aad4601be4e81dccdd2cab5e"
                     "1c95e8826")
                << h("ce0dc93d7b5412312ec312a0c77d7b946a9e9969183cab4b6bec4a4a3a5c9bc1280b8b864cb0d1494588d29"
                     "2c5b4832c")
                << separate;
        }
        // Metadata and signature are not measured: the same PCRs with them interleaved.
        QTest::newRow("metadata+signature ignored") << buildEif(
            { { 1, "K" }, { 2, "C" }, { 5, "{\"a\":1}" }, { 3, "R0" }, { 3, "R1" }, { 4, "not cbor" } })
                                                    << 0U
                                                    << h("d0bc287bd9ac6a710dc6a562f4af1862c57a3b88993cf18c1a4"
                                                         "35051c33f56ed7a97d74ad4b4681164fb79570a1cc77e")
                                                    << h("1581c5e5836004b0a7704ea9890bc9c9e3f611a362a16244e45"
                                                         "123faf0c8695aad4601be4e81dccdd2cab5e1c95e8826")
                                                    << h("ce0dc93d7b5412312ec312a0c77d7b946a9e9969183cab4b6be"
                                                         "c4a4a3a5c9bc1280b8b864cb0d1494588d292c5b4832c")
                                                    << false;
    }
    void vectors()
    {
        QFETCH(QByteArray, eif);
        QFETCH(quint32, crc);
        QFETCH(QByteArray, pcr0);
        QFETCH(QByteArray, pcr1);
        QFETCH(QByteArray, pcr2);
        QFETCH(bool, forceSeparate);
        const QString path = writeFile(m_dir, QStringLiteral("v.eif"), eif);
        auto reader = EifReader::open(path);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
        for (qint64 chunk : { qint64(1) << 20, qint64(1), qint64(7), qint64(548) }) {
            PcrCalculator calc(*reader);
            calc.setChunkSize(chunk);
            calc.setForceSeparateContexts(forceSeparate);
            auto m = calc.compute();
            QVERIFY(m);
            QCOMPARE(m->onePass, !forceSeparate);
            if (crc)
                QCOMPARE(m->computedCrc, crc);
            QVERIFY(m->crcMatches());
            QCOMPARE(hex::encode(m->pcr0), hex::encode(pcr0));
            QCOMPARE(hex::encode(m->pcr1), hex::encode(pcr1));
            QCOMPARE(hex::encode(m->pcr2), hex::encode(pcr2));
            QCOMPARE(m->pcr0, pcr::fromInnerDigest(m->innerPcr0));
            QVERIFY(m->pcr8.isEmpty() == !reader->isSigned() || !m->pcr8Error.isEmpty());
        }
    }

    // Unusual order: a cmdline after ramdisk 0 forces separate contexts; results follow the
    // spec's definition (file order) computed independently here.
    void unusualOrder()
    {
        const QString path = writeFile(m_dir, QStringLiteral("odd.eif"),
            buildEif({ { 1, "KERNEL" }, { 3, "RD0" }, { 2, "CMDLINE" }, { 3, "RD1" }, { 5, "{}" } }));
        auto reader = EifReader::open(path);
        QVERIFY(reader);
        PcrCalculator calc(*reader);
        calc.setChunkSize(5);
        auto m = calc.compute();
        QVERIFY(m);
        QVERIFY(!m->onePass);
        QCOMPARE(m->pcr0, pcr::ofData("KERNELRD0CMDLINERD1"));
        QCOMPARE(m->pcr1, pcr::ofData("KERNELRD0CMDLINE"));
        QCOMPARE(m->pcr2, pcr::ofData("RD1"));
        QVERIFY(m->crcMatches());
    }

    void crcMismatch()
    {
        QByteArray b = kcrEif();
        b[586] = 'X';
        const QString path = writeFile(m_dir, QStringLiteral("crc.eif"), b);
        auto reader = EifReader::open(path);
        QVERIFY(reader);
        auto m = PcrCalculator(*reader).compute();
        QVERIFY(m);
        QVERIFY(!m->crcMatches());
        QCOMPARE(m->storedCrc, 0xee9f4081U);
        QCOMPARE(m->pcr2, h(kEmptyPcr2));
    }

    void fixtures_data() { addSyntheticFixtureRows(); }
    void fixtures()
    {
        QFETCH(QString, name);
        const QJsonObject expected = fixtureExpected(name);
        const QJsonObject meas = expected.value(QLatin1StringView("nitro_cli_describe_eif"))
                                     .toObject()
                                     .value(QLatin1StringView("Measurements"))
                                     .toObject();
        const QJsonObject inner = expected.value(QLatin1StringView("inner_digests")).toObject();
        auto reader = EifReader::open(fixtureEifPath(name));
        QVERIFY(reader);
        auto m = PcrCalculator(*reader).compute();
        QVERIFY(m);
        QCOMPARE(hex::encode(m->pcr0), meas.value(QLatin1StringView("PCR0")).toString());
        QCOMPARE(hex::encode(m->pcr1), meas.value(QLatin1StringView("PCR1")).toString());
        QCOMPARE(hex::encode(m->pcr2), meas.value(QLatin1StringView("PCR2")).toString());
        QCOMPARE(hex::encode(m->pcr8), meas.value(QLatin1StringView("PCR8")).toString()); // "" when unsigned
        QCOMPARE(hex::encode(m->innerPcr0), inner.value(QLatin1StringView("PCR0")).toString());
        QCOMPARE(hex::encode(m->innerPcr2), inner.value(QLatin1StringView("PCR2")).toString());
        QCOMPARE(QStringLiteral("%1").arg(m->computedCrc, 8, 16, QLatin1Char('0')),
            expected.value(QLatin1StringView("crc32")).toString());
        QVERIFY(m->crcMatches());
    }

    void pcr8FromCertificate()
    {
        const QByteArray pem = readFile(QStringLiteral(TEST_DATA_DIR "/eif/signed_p384_v4.cert.pem"));
        auto p = PcrCalculator::pcr8FromCertificatePem(pem);
        QVERIFY(p);
        QCOMPARE(hex::encode(*p),
            QStringLiteral("baf281eb324f49e02530f4292ca199d1f3082c2db5d275ca50ed00f8f2ea32c75621a931e9549adf4"
                           "26663ef6f804c0e"));
        QVERIFY(!PcrCalculator::pcr8FromCertificatePem("not a certificate"));
    }

    void pcrOfFile()
    {
        const QString path = writeFile(m_dir, QStringLiteral("blob"), QByteArray("hello"));
        auto p = PcrCalculator::pcrOfFile(path);
        QVERIFY(p);
        QCOMPARE(*p, pcr::ofData("hello"));
        QCOMPARE(*p, Digest::sha384(QByteArray(pcr::zero() + Digest::sha384("hello"))));
        std::atomic<bool> cancelled { true };
        auto c = PcrCalculator::pcrOfFile(path, {}, &cancelled);
        QVERIFY(!c);
        QCOMPARE(c.error().code, Error::Code::Cancelled);
    }

    void progressAndCancel()
    {
        const QString path = m_dir.filePath(QStringLiteral("progress.eif"));
        writeSparseEif(path, { { 1, "K" }, { 2, "C" }, { 5, "{}" }, { 3, {}, 64 << 20 }, { 3, "R1" } });
        auto reader = EifReader::open(path);
        QVERIFY(reader);

        PcrCalculator calc(*reader);
        QList<qint64> seen;
        calc.setProgressCallback([&](qint64 done, qint64 total) {
            QCOMPARE(total, reader->sectionsEnd());
            seen.append(done);
        });
        auto m = calc.compute();
        QVERIFY(m);
        QVERIFY(m->crcMatches());
        QCOMPARE(m->pcr2, pcr::ofData("R1"));
        QVERIFY(seen.size() >= 64);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), reader->sectionsEnd());

        PcrCalculator cancelled(*reader);
        qint64 last = 0;
        cancelled.setProgressCallback([&](qint64 done, qint64) {
            last = done;
            if (done >= (8 << 20))
                cancelled.cancel();
        });
        auto c = cancelled.compute();
        QVERIFY(!c);
        QCOMPARE(c.error().code, Error::Code::Cancelled);
        QVERIFY(cancelled.isCancelled());
        QVERIFY2(last < (16 << 20), "the calculator kept reading after cancel()");
    }

    // A sparse EIF over 4 GiB. The 4 GiB + 1 MiB hole is the (unmeasured) metadata section, so the
    // measured sections all lie past 2^32 and every PCR has an exact expected value, while the CRC
    // still covers the hole; the test stays cheap (a CRC pass, no SHA-384 over 4 GiB).
    void over4GiB()
    {
        const quint64 big = (quint64(1) << 32) + (1 << 20);
        const QString path = m_dir.filePath(QStringLiteral("huge.eif"));
        const QList<qint64> offsets = writeSparseEif(path,
            { { 1, "KERNEL" }, { 2, "CMDLINE" }, { 5, {}, big }, { 3, "RD0 past 4 GiB" },
                { 3, "RD1 past 4 GiB" } });
        QVERIFY(offsets.at(3) > (qint64(1) << 32));
        auto reader = EifReader::open(path);
        QVERIFY(reader);
        PcrCalculator calc(*reader);
        calc.setChunkSize(4 << 20);
        qint64 lastDone = 0;
        calc.setProgressCallback([&](qint64 done, qint64) { lastDone = done; });
        auto m = calc.compute();
        QVERIFY(m);
        QVERIFY(m->onePass);
        QVERIFY2(m->crcMatches(), "CRC over > 4 GiB differs from zlib's combined CRC");
        QCOMPARE(m->pcr0, pcr::ofData("KERNELCMDLINERD0 past 4 GiBRD1 past 4 GiB"));
        QCOMPARE(m->pcr1, pcr::ofData("KERNELCMDLINERD0 past 4 GiB"));
        QCOMPARE(m->pcr2, pcr::ofData("RD1 past 4 GiB"));
        QCOMPARE(lastDone, reader->fileSize());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPcrCalculator)
#include "tst_pcrcalculator.moc"

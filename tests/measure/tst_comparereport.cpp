#include <QStandardPaths>
#include <QTest>

#include "common/fixtures.h"
#include "common/hex.h"
#include "measure/comparereport.h"
#include "measure/eifdiff.h"
#include "measure/measurementsloader.h"
#include "measure/pcrdiff.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return enclave::test::fixture(QLatin1StringView(name));
}

PcrDiff::Row row(int index, QByteArray left, QByteArray right, bool compared, PcrDiff::Status status)
{
    PcrDiff::Row r;
    r.index = index;
    r.left = left;
    r.right = right;
    r.compared = compared;
    r.status = status;
    return r;
}

} // namespace

class TestCompareReport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isUnusedZero_data()
    {
        const QByteArray zero(48, '\0');
        const QByteArray one(48, '\1');
        QTest::addColumn<int>("index");
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<bool>("compared");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("unused");
        using S = PcrDiff::Status;
        QTest::newRow("PCR9 zero, right only")
            << 9 << QByteArray() << zero << false << int(S::OnlyRight) << true;
        QTest::newRow("PCR15 zero both") << 15 << zero << zero << true << int(S::Equal) << true;
        QTest::newRow("PCR9 non-zero") << 9 << QByteArray() << one << false << int(S::OnlyRight) << false;
        QTest::newRow("PCR0 debug zeros stay") << 0 << zero << zero << true << int(S::Equal) << false;
        QTest::newRow("PCR8 unsigned stays") << 8 << zero << zero << true << int(S::Equal) << false;
        QTest::newRow("PCR4 stays") << 4 << QByteArray() << zero << false << int(S::OnlyRight) << false;
        QTest::newRow("PCR16 zero vs value") << 16 << zero << one << true << int(S::Different) << false;
    }
    void isUnusedZero()
    {
        QFETCH(int, index);
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(bool, compared);
        QFETCH(int, status);
        QFETCH(bool, unused);
        QCOMPARE(
            CompareReport::isUnusedZero(row(index, left, right, compared, PcrDiff::Status(status))), unused);
    }

    void pcrRanges_data()
    {
        QTest::addColumn<QList<int>>("indexes");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << QList<int> {} << QString();
        QTest::newRow("one") << QList<int> { 8 } << u"PCR8"_s;
        QTest::newRow("pair") << QList<int> { 5, 6 } << u"PCR5, PCR6"_s;
        QTest::newRow("run") << QList<int> { 5, 6, 7, 9, 10, 11, 12, 13, 14, 15 } << u"PCR5-7, PCR9-15"_s;
    }
    void pcrRanges()
    {
        QFETCH(QList<int>, indexes);
        QFETCH(QString, text);
        QCOMPARE(CompareReport::pcrRanges(indexes), text);
    }

    // Two real EIFs (unsigned vs signed): PCR8 differs, the signature section is the difference.
    void eifReport()
    {
        const auto l = MeasurementsLoader::load(fixture("unsigned_v4.eif"));
        const auto r = MeasurementsLoader::load(fixture("signed_p384_v4.eif"));
        QVERIFY(l && r);
        const PcrDiff pcrs = PcrDiff::compare(*l, *r);
        const auto eif = EifDiff::compare(fixture("unsigned_v4.eif"), fixture("signed_p384_v4.eif"));
        QVERIFY(eif);
        const QString md = CompareReport::markdown(*l, *r, pcrs, *eif);
        QVERIFY2(md.startsWith(u"# "_s), qPrintable(md));
        QVERIFY(md.contains(u"| unsigned_v4.eif | signed_p384_v4.eif |"_s));
        QVERIFY(!md.contains(QStringLiteral(TEST_DATA_DIR))); // file names, not machine paths
        QVERIFY(md.contains(u"Measurements differ: PCR8."_s));
        QVERIFY(md.contains(u"| PCR0 | equal | `"_s + hex::encode(l->value(0)) + u"` |"_s));
        QVERIFY(md.contains(u"| PCR8 | **different** |"_s));
        QVERIFY(md.contains(u"| signature | only in right | PCR8 |"_s));
        // Every table row has the same number of cells as its header.
        for (const QString &line : md.split(u'\n')) {
            if (line.startsWith(u"| PCR"_s))
                QCOMPARE(line.count(u'|') - line.count(u"\\|"_s), 5);
        }
        CompareReport::Options full;
        full.fullPaths = true;
        QVERIFY(CompareReport::markdown(*l, *r, pcrs, *eif, full).contains(fixture("unsigned_v4.eif")));
    }

    // An attestation document lists PCR0..15: the unused zero registers fold into one line.
    void attestationZerosFolded()
    {
        const auto l = MeasurementsLoader::load(fixture("unsigned_v4.eif"));
        const auto r = MeasurementsLoader::load(fixture("evervault-certsan-prod-2023-01-18.cbor"));
        QVERIFY(l && r);
        const PcrDiff pcrs = PcrDiff::compare(*l, *r);
        QList<int> zeros;
        for (const PcrDiff::Row &row : pcrs.rows()) {
            if (CompareReport::isUnusedZero(row))
                zeros.append(row.index);
        }
        QVERIFY(!zeros.isEmpty());
        const QString md = CompareReport::markdown(*l, *r, pcrs, std::nullopt);
        for (int i : zeros)
            QVERIFY2(!md.contains(u"| PCR%1 |"_s.arg(i)), qPrintable(md));
        QVERIFY2(md.contains(CompareReport::pcrRanges(zeros) + u": all zero"_s), qPrintable(md));
        QVERIFY(md.contains(u"| PCR0 |"_s));
        QVERIFY(!md.contains(u"## Sections"_s));
    }
};

QTEST_GUILESS_MAIN(TestCompareReport)
#include "tst_comparereport.moc"

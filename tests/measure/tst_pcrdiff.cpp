#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include "common/fixtures.h"
#include "measure/measurementsloader.h"
#include "measure/pcrdiff.h"

using namespace enclave;
using namespace enclave::test;
using S = PcrDiff::Status;
using T = Measurements::SourceType;

namespace {

QByteArray v(char c)
{
    return QByteArray(48, c);
}

// "i:value-char" pairs -> Measurements; 'z' = zeros.
Measurements make(T type, const QList<QPair<int, char>> &pcrs, QSet<int> impliedZero = {})
{
    Measurements m(type, QStringLiteral("m"));
    for (const auto &[i, c] : pcrs)
        m.insert({ i, c == 'z' ? QByteArray(48, '\0') : v(c), {}, QStringLiteral("origin %1").arg(i) });
    m.setImpliedZero(impliedZero);
    return m;
}

QString statuses(const PcrDiff &d)
{
    QStringList parts;
    for (const PcrDiff::Row &r : d.rows())
        parts.append(QStringLiteral("%1:%2%3")
                         .arg(r.index)
                         .arg(PcrDiff::statusId(r.status))
                         .arg(r.compared ? QString() : QStringLiteral("?")));
    return parts.join(u',');
}

QString data(const QString &name)
{
    return fixture(name);
}

} // namespace

Q_DECLARE_METATYPE(Measurements)

class TestPcrDiff final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compare_data()
    {
        QTest::addColumn<Measurements>("left");
        QTest::addColumn<Measurements>("right");
        QTest::addColumn<QString>("rows"); // "?" marks rows not compared
        QTest::addColumn<bool>("identical");
        QTest::addColumn<QString>("note");

        QTest::newRow("same") << make(T::Eif, { { 0, 'a' }, { 1, 'b' }, { 2, 'c' } }, { 8 })
                              << make(T::NitroCliJson, { { 0, 'a' }, { 1, 'b' }, { 2, 'c' } }, { 8 })
                              << QStringLiteral("0:equal,1:equal,2:equal") << true << QString();
        QTest::newRow("PCR2 differs")
            << make(T::Eif, { { 0, 'a' }, { 1, 'b' }, { 2, 'c' } }, { 8 })
            << make(T::Eif, { { 0, 'x' }, { 1, 'b' }, { 2, 'y' } }, { 8 })
            << QStringLiteral("0:different,1:equal,2:different") << false << QString();
        QTest::newRow("signed vs unsigned: PCR8 absent = not extended")
            << make(T::Eif, { { 0, 'a' }, { 8, 'p' } }) << make(T::Eif, { { 0, 'a' } }, { 8 })
            << QStringLiteral("0:equal,8:different") << false << QStringLiteral("never extended");
        QTest::newRow("unsigned EIF vs document with zero PCR8")
            << make(T::Eif, { { 0, 'a' } }, { 8 })
            << make(T::AttestationDocument, { { 0, 'a' }, { 3, 'r' }, { 8, 'z' } })
            << QStringLiteral("0:equal,3:only-right?,8:equal") << true << QStringLiteral("zero on the other");
        QTest::newRow("expectations name only PCR0")
            << make(T::Expectations, { { 0, 'a' } })
            << make(T::Eif, { { 0, 'a' }, { 1, 'b' }, { 2, 'c' } }, { 8 })
            << QStringLiteral("0:equal,1:only-right?,2:only-right?") << true
            << QStringLiteral("not compared");
        QTest::newRow("debug-mode document")
            << make(T::Eif, { { 0, 'a' }, { 1, 'b' } }, { 8 })
            << make(T::AttestationDocument, { { 0, 'z' }, { 1, 'z' } })
            << QStringLiteral("0:different,1:different") << false << QStringLiteral("debug-mode");
        QTest::newRow("nothing in common")
            << make(T::Expectations, { { 3, 'a' } }) << make(T::Eif, { { 0, 'a' } }, { 8 })
            << QStringLiteral("0:only-right?,3:only-left?") << false << QString();
        Measurements policy(T::KmsKeyPolicy, QStringLiteral("p"));
        policy.insert({ 0, {}, { v('q'), v('a') }, QStringLiteral("Statement[0]") });
        QTest::newRow("policy accepts one of two")
            << policy << make(T::Eif, { { 0, 'a' } }, { 8 }) << QStringLiteral("0:equal") << true
            << QStringLiteral("one of");
        QTest::newRow("policy accepts neither") << policy << make(T::Eif, { { 0, 'b' } }, { 8 })
                                                << QStringLiteral("0:different") << false << QString();
    }
    void compare()
    {
        QFETCH(Measurements, left);
        QFETCH(Measurements, right);
        QFETCH(QString, rows);
        QFETCH(bool, identical);
        QFETCH(QString, note);
        const PcrDiff d = PcrDiff::compare(left, right);
        QCOMPARE(statuses(d), rows);
        QCOMPARE(d.identical(), identical);
        QStringList notes;
        for (const PcrDiff::Row &r : d.rows())
            notes.append(r.note);
        if (!note.isEmpty())
            QVERIFY2(notes.join(u'|').contains(note), qPrintable(notes.join(u'|')));
        // Symmetric apart from sides.
        const PcrDiff back = PcrDiff::compare(right, left);
        QCOMPARE(back.identical(), identical);
        QCOMPARE(back.differentIndexes(), d.differentIndexes());
        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(QLatin1StringView("identical")).toBool(), identical);
        QCOMPARE(json.value(QLatin1StringView("pcrs")).toArray().size(), d.rows().size());
    }

    // Real files end to end: the fixture EIFs against each other and a real attestation document.
    void files_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("different");
        QTest::newRow("v4 vs v3 arm64: same sections, same PCRs")
            << QStringLiteral("unsigned_v4.eif") << QStringLiteral("unsigned_v3_arm64.eif") << QString();
        QTest::newRow("unsigned vs signed: PCR8 only")
            << QStringLiteral("unsigned_v4.eif") << QStringLiteral("signed_p384_v4.eif")
            << QStringLiteral("8");
        QTest::newRow("EIF vs real document")
            << QStringLiteral("unsigned_v4.eif")
            << QStringLiteral("base-nitrovalidator-indefmap-2026-01-03.cbor") << QStringLiteral("0,1,2");
        QTest::newRow("signed EIF vs document with a real PCR8")
            << QStringLiteral("signed_p384_v4.eif")
            << QStringLiteral("evervault-certsan-prod-2023-01-18.cbor") << QStringLiteral("0,1,2,8");
    }
    void files()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, different);
        auto l = MeasurementsLoader::load(data(left));
        auto r = MeasurementsLoader::load(data(right));
        QVERIFY(l.has_value() && r.has_value());
        const PcrDiff d = PcrDiff::compare(*l, *r);
        QStringList diffs;
        for (int i : d.differentIndexes())
            diffs.append(QString::number(i));
        QCOMPARE(diffs.join(u','), different);
        QCOMPARE(d.identical(), different.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPcrDiff)
#include "tst_pcrdiff.moc"

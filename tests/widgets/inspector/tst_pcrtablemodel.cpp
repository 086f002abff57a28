#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "inspector/pcrtablemodel.h"

using namespace enclave;
using namespace enclave::ui;
using Status = PcrTableModel::Status;

namespace {
QByteArray v(char c)
{
    return QByteArray(48, c);
}
} // namespace

// PcrTableModel adapts core Measurements (owned by the caller) and takes PcrDiff's verdict.
class TestPcrTableModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void status_data()
    {
        QTest::addColumn<Measurements>("actual");
        QTest::addColumn<Measurements>("expected");
        QTest::addColumn<bool>("hasExpected");
        QTest::addColumn<bool>("debug");
        QTest::addColumn<int>("pcr");
        QTest::addColumn<Status>("status");
        const Measurements some { { 0, v('a') }, { 1, v('b') }, { 4, v('\0') } };
        QTest::newRow("no expectations")
            << some << Measurements() << false << false << 0 << Status::Unchecked;
        QTest::newRow("zero register") << some << Measurements() << false << false << 4 << Status::Zero;
        QTest::newRow("debug zeros") << Measurements { { 0, v('\0') } } << Measurements() << false << true
                                     << 0 << Status::DebugZero;
        QTest::newRow("debug only for 0-2")
            << Measurements { { 4, v('\0') } } << Measurements() << false << true << 4 << Status::Zero;
        QTest::newRow("matches") << some << Measurements { { 0, v('a') } } << true << false << 0
                                 << Status::Matches;
        QTest::newRow("differs") << some << Measurements { { 1, v('x') } } << true << false << 1
                                 << Status::Differs;
        QTest::newRow("missing") << some << Measurements { { 8, v('x') } } << true << false << 8
                                 << Status::Missing;
        QTest::newRow("not expected")
            << some << Measurements { { 8, v('x') } } << true << false << 0 << Status::Unchecked;
        Measurements policy(Measurements::SourceType::KmsKeyPolicy, QStringLiteral("policy"));
        policy.insert({ 0, {}, { v('z'), v('a') }, QStringLiteral("Statement[0]") });
        QTest::newRow("one of several accepted") << some << policy << true << false << 0 << Status::Matches;
        Measurements unsignedEif { { 0, v('a') } };
        unsignedEif.setImpliedZero({ 8 });
        QTest::newRow("implied zero vs zero")
            << unsignedEif << Measurements { { 8, v('\0') } } << true << false << 8 << Status::Matches;
        QTest::newRow("implied zero vs value")
            << unsignedEif << Measurements { { 8, v('c') } } << true << false << 8 << Status::Differs;
    }
    void status()
    {
        QFETCH(Measurements, actual);
        QFETCH(Measurements, expected);
        QFETCH(bool, hasExpected);
        QFETCH(bool, debug);
        QFETCH(int, pcr);
        QFETCH(Status, status);
        PcrTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebugMode(debug);
        model.setMeasurements(&actual);
        if (hasExpected)
            model.setExpected(&expected);
        const int row = model.rowForPcr(pcr);
        QVERIFY(row >= 0);
        QCOMPARE(model.status(row), status);
        QCOMPARE(model.index(row, PcrTableModel::StatusColumn).data(PcrTableModel::StatusRole).toInt(),
            int(status));
        QCOMPARE(
            model.index(row, PcrTableModel::MeaningColumn).data().toString(), Measurements::pcrMeaning(pcr));
        QCOMPARE(model.index(row, PcrTableModel::ValueColumn).data().toString(),
            actual.contains(pcr) ? hex::encode(actual.value(pcr)) : QString());
    }

    // The model owns no values: it shows the caller's object as it changes.
    void followsTheAdaptedObject()
    {
        Measurements m;
        PcrTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeasurements(&m);
        model.setPending({ 0, 1, 2, 8 });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.status(model.rowForPcr(0)), Status::Pending);
        model.setUnavailable(8, QStringLiteral("unsigned image"));
        QCOMPARE(model.status(model.rowForPcr(8)), Status::Unavailable);
        QCOMPARE(model.index(model.rowForPcr(8), PcrTableModel::ValueColumn).data().toString(),
            QStringLiteral("unsigned image"));
        m.insert(0, v('a'));
        m.insert(1, v('b'));
        m.insert(2, v('c'));
        model.refresh();
        QCOMPARE(model.status(model.rowForPcr(0)), Status::Unchecked);
        QCOMPARE(model.index(model.rowForPcr(2), PcrTableModel::ValueColumn).data().toString(),
            hex::encode(v('c')));
        QCOMPARE(model.rowCount(), 4);
        model.setMeasurements(nullptr);
        QCOMPARE(model.rowCount(), 1); // only the unavailable PCR8 is left
    }
};

QTEST_MAIN(TestPcrTableModel)
#include "tst_pcrtablemodel.moc"

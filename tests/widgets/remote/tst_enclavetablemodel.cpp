#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "remote/enclavetablemodel.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {
QJsonObject record(
    const QString &id, const QString &name, int cid, const QString &state = u"RUNNING"_s, bool debug = false)
{
    return QJsonObject { { u"EnclaveName"_s, name }, { u"EnclaveID"_s, id }, { u"ProcessID"_s, 1234 },
        { u"EnclaveCID"_s, cid }, { u"NumberOfCPUs"_s, 2 }, { u"CPUIDs"_s, QJsonArray { 1, 2 } },
        { u"MemoryMiB"_s, 512 }, { u"State"_s, state }, { u"Flags"_s, debug ? u"DEBUG_MODE"_s : u"NONE"_s },
        { u"StartedAt"_s, u"2026-11-22T10:00:00.000Z"_s } };
}
const QString kA = u"i-0123456789abcdef0-enc0123456789abcdef"_s;
const QString kB = u"i-0123456789abcdef0-enc1111111111111111"_s;
const QDateTime kT0 = QDateTime::fromString(u"2026-11-22T10:00:05Z"_s, Qt::ISODate);
} // namespace

class TestEnclaveTableModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelTester();
    void columns();
    void disappearingEnclaveIsMarkedExited();
    void agentReportsExited();
    void uptime_data();
    void uptime();
    void measurementsAndImage();
    void exitedRowsAreBounded();
};

void TestEnclaveTableModel::modelTester()
{
    EnclaveTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.update({ record(kA, u"a"_s, 16) }, kT0);
    model.update({ record(kA, u"a"_s, 16), record(kB, u"b"_s, 17, u"RUNNING"_s, true) }, kT0.addSecs(2));
    model.update({ record(kB, u"b"_s, 17) }, kT0.addSecs(4));
    model.tick(kT0.addSecs(5));
    model.setImage(kB, u"app.eif"_s);
    model.setMeasurements(kB, QJsonObject { { u"PCR0"_s, QString(96, u'a') } });
    model.removeExited();
    model.update({}, kT0.addSecs(6));
    model.removeExited();
    QCOMPARE(model.rowCount(), 0);
}

void TestEnclaveTableModel::columns()
{
    EnclaveTableModel model;
    model.update({ record(kA, u"web"_s, 16, u"RUNNING"_s, true) }, kT0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(EnclaveTableModel::ColumnCount));
    auto cell = [&](int col) { return model.index(0, col).data().toString(); };
    QCOMPARE(cell(EnclaveTableModel::Name), u"web"_s);
    QCOMPARE(cell(EnclaveTableModel::Id), kA);
    QCOMPARE(cell(EnclaveTableModel::Cid), u"16"_s);
    QCOMPARE(cell(EnclaveTableModel::State), u"RUNNING"_s);
    QCOMPARE(cell(EnclaveTableModel::Cpus), u"2"_s);
    QCOMPARE(cell(EnclaveTableModel::Memory), u"512 MiB"_s);
    QCOMPARE(cell(EnclaveTableModel::Debug), u"debug"_s);
    QCOMPARE(cell(EnclaveTableModel::Uptime), u"5 s"_s);
    QCOMPARE(model.index(0, 0).data(EnclaveTableModel::EnclaveIdRole).toString(), kA);
    QCOMPARE(model.index(0, 0).data(EnclaveTableModel::CidRole).toLongLong(), 16);
    QVERIFY(model.index(0, 0).data(EnclaveTableModel::RunningRole).toBool());
    QCOMPARE(model.headerData(EnclaveTableModel::Cid, Qt::Horizontal).toString(), u"CID"_s);
}

void TestEnclaveTableModel::disappearingEnclaveIsMarkedExited()
{
    EnclaveTableModel model;
    model.update({ record(kA, u"a"_s, 16), record(kB, u"b"_s, 17) }, kT0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QDateTime gone = kT0.addSecs(30);
    model.update({ record(kB, u"b"_s, 17) }, gone);
    QCOMPARE(removed.count(), 0); // not dropped
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(kA);
    QVERIFY(!model.isRunning(row));
    QVERIFY(model.index(row, EnclaveTableModel::State).data().toString().startsWith(u"EXITED "_s));
    QVERIFY(model.index(row, EnclaveTableModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"no longer listed"_s));
    // Uptime stops at the time it was seen gone.
    QCOMPARE(model.index(row, EnclaveTableModel::Uptime).data().toString(), u"35 s"_s);
    model.tick(gone.addSecs(100));
    QCOMPARE(model.index(row, EnclaveTableModel::Uptime).data().toString(), u"35 s"_s);
    QVERIFY(model.isRunning(model.rowOf(kB)));
    // Still gone later: the exit time does not move.
    const QString shown = model.index(row, EnclaveTableModel::State).data().toString();
    model.update({ record(kB, u"b"_s, 17) }, gone.addSecs(60));
    QCOMPARE(model.index(row, EnclaveTableModel::State).data().toString(), shown);
    model.removeExited();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.enclaveId(0), kB);
}

void TestEnclaveTableModel::agentReportsExited()
{
    EnclaveTableModel model;
    model.update({ record(kA, u"a"_s, 16) }, kT0);
    QJsonObject exited = record(kA, u"a"_s, 16, u"EXITED"_s);
    exited.insert(u"ExitedAt"_s, u"2026-11-22T10:01:00.000Z"_s);
    exited.insert(u"ExitReason"_s, u"terminated"_s);
    model.update({ exited }, kT0.addSecs(120));
    QVERIFY(!model.isRunning(0));
    QCOMPARE(model.index(0, EnclaveTableModel::Uptime).data().toString(), u"1 min 0 s"_s);
    QVERIFY(
        model.index(0, EnclaveTableModel::State).data(Qt::ToolTipRole).toString().contains(u"terminated"_s));
}

void TestEnclaveTableModel::uptime_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << u"0 s"_s;
    QTest::newRow("59") << qint64(59) << u"59 s"_s;
    QTest::newRow("61") << qint64(61) << u"1 min 1 s"_s;
    QTest::newRow("2h") << qint64(7260) << u"2 h 1 min"_s;
    QTest::newRow("3d") << qint64(3 * 86400 + 7200) << u"3 d 2 h"_s;
    QTest::newRow("negative (clock skew)") << qint64(-5) << u"0 s"_s;
}

void TestEnclaveTableModel::uptime()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(EnclaveTableModel::formatDuration(seconds), text);
}

void TestEnclaveTableModel::measurementsAndImage()
{
    EnclaveTableModel model;
    model.update({ record(kA, u"a"_s, 16) }, kT0);
    QCOMPARE(model.index(0, EnclaveTableModel::Measurements).data().toString(), QString());
    QCOMPARE(model.index(0, EnclaveTableModel::Image).data().toString(), QString());
    model.setImage(kA, u"app.eif"_s);
    // The image has a column of its own.
    QCOMPARE(model.headerData(EnclaveTableModel::Image, Qt::Horizontal).toString(), u"Image"_s);
    QCOMPARE(model.index(0, EnclaveTableModel::Image).data().toString(), u"app.eif"_s);
    QCOMPARE(model.index(0, EnclaveTableModel::Measurements).data().toString(), QString());
    const QString pcr0 = u"0123456789abcdef"_s + QString(80, u'0');
    model.setMeasurements(
        kA, QJsonObject { { u"HashAlgorithm"_s, u"Sha384 { ... }"_s }, { u"PCR0"_s, pcr0 } });
    QCOMPARE(model.index(0, EnclaveTableModel::Measurements).data().toString(), u"PCR0 0123456789abcdef…"_s);
    QCOMPARE(model.index(0, EnclaveTableModel::Image).data().toString(), u"app.eif"_s);
    QVERIFY(model.index(0, EnclaveTableModel::Measurements).data(Qt::ToolTipRole).toString().contains(pcr0));
    QCOMPARE(model.eifName(0), u"app.eif"_s);
}

void TestEnclaveTableModel::exitedRowsAreBounded()
{
    EnclaveTableModel model;
    for (int i = 0; i < EnclaveTableModel::MaxExitedRows + 50; ++i) {
        const QString id = u"i-0123456789abcdef0-enc%1"_s.arg(i, 16, 16, QLatin1Char('0'));
        model.update({ record(id, u"e"_s, 16 + i) }, kT0.addSecs(i));
    }
    model.update({}, kT0.addSecs(1000));
    QCOMPARE(model.rowCount(), EnclaveTableModel::MaxExitedRows);
    // The newest exited ones are kept.
    QCOMPARE(model.enclaveId(model.rowCount() - 1),
        u"i-0123456789abcdef0-enc%1"_s.arg(EnclaveTableModel::MaxExitedRows + 49, 16, 16, QLatin1Char('0')));
}

QTEST_MAIN(TestEnclaveTableModel)
#include "tst_enclavetablemodel.moc"

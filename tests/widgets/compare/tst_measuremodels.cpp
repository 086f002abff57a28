#include <QAbstractItemModelTester>
#include <QColor>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/fixtures.h"
#include "compare/eifdiffmodel.h"
#include "compare/pcrcomparemodel.h"
#include "cpio/cpiopatch.h"
#include "cpio/cpiowriter.h"
#include "eif/eifwriter.h"
#include "inspector/ramdiskcontentsmodel.h"
#include "inspector/ramdiskcontentsview.h"
#include "measure/comparereport.h"
#include "measure/measurementsloader.h"

using namespace enclave;
using namespace enclave::test;
using namespace enclave::ui;
using namespace cpiopatch;

namespace {

bool writeEif(const QString &path, quint32 mtime, const QByteArray &server)
{
    CpioWriter app;
    app.addDirectory(QStringLiteral("rootfs"), 0755);
    app.addFile(QStringLiteral("rootfs/server"), server, 0755);
    app.addFile(QStringLiteral("rootfs/etc/hosts"), QByteArray("127.0.0.1 localhost\n"), 0644);
    QByteArray a = app.finish();
    setField(a, "rootfs/etc/hosts", Mtime, mtime);
    CpioWriter boot;
    boot.addFile(QStringLiteral("init"), QByteArray("init"), 0755);
    EifWriter w;
    w.setKernel(QByteArray(1024, 'K'));
    w.setCmdline(QByteArray("console=ttyS0"));
    w.setMetadata(QByteArray("{\"ImageName\":\"t\",\"BuildMetadata\":{\"BuildTime\":\"")
        + QByteArray::number(mtime) + "\"}}");
    w.addRamdisk(boot.finish());
    w.addRamdisk(a);
    return w.write(path).has_value();
}

} // namespace

class TestMeasureModels final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void pcrCompareModel()
    {
        auto l = MeasurementsLoader::load(eifFixture(QStringLiteral("unsigned_v4.eif")));
        auto r = MeasurementsLoader::load(
            attestationFixture(QStringLiteral("base-nitrovalidator-indefmap-2026-01-03.cbor")));
        QVERIFY(l && r);
        PcrCompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFoldUnusedZeros(false);
        model.setDiff(PcrDiff::compare(*l, *r), QStringLiteral("unsigned_v4.eif"), QStringLiteral("doc"));
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.headerData(PcrCompareModel::LeftColumn, Qt::Horizontal).toString(),
            QStringLiteral("unsigned_v4.eif"));
        const QModelIndex pcr0 = model.index(0, PcrCompareModel::StatusColumn);
        QCOMPARE(model.data(pcr0).toString(), QStringLiteral("different"));
        QVERIFY(model.data(pcr0, Qt::BackgroundRole).value<QColor>().isValid());
        QCOMPARE(model.data(model.index(0, PcrCompareModel::RightColumn)).toString().left(16),
            QStringLiteral("4b8d4cf2a99e05ce"));
        QCOMPARE(
            model.data(model.index(3, PcrCompareModel::LeftColumn)).toString(), QStringLiteral("(absent)"));
        QCOMPARE(model.data(model.index(3, 0), PcrCompareModel::ComparedRole).toBool(), false);
        // PCR8: absent on the unsigned EIF, zero in the document: equal.
        QCOMPARE(
            model.data(model.index(8, PcrCompareModel::StatusColumn)).toString(), QStringLiteral("equal"));
        // Long values break into lines of the asked length, never lose digits.
        model.setHexLineLength(48);
        const QString wrapped = model.data(model.index(0, PcrCompareModel::RightColumn)).toString();
        QCOMPARE(wrapped.split(u'\n').size(), 2);
        QCOMPARE(QString(wrapped).remove(u'\n').size(), 96);
        model.setHexLineLength(0);
        // Folded: the unused zero registers become one row naming them; PCR0-4 and PCR8 stay.
        model.setFoldUnusedZeros(true);
        QVERIFY(!model.foldedIndexes().isEmpty());
        QCOMPARE(model.rowCount(), 16 - int(model.foldedIndexes().size()) + 1);
        int foldedRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(PcrCompareModel::FoldedRole).toBool())
                foldedRow = row;
        }
        QVERIFY(foldedRow > 0);
        QCOMPARE(
            model.index(foldedRow, 0).data().toString(), CompareReport::pcrRanges(model.foldedIndexes()));
        for (int i : { 0, 1, 2, 3, 4, 8 })
            QVERIFY(!model.foldedIndexes().contains(i));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void eifDiffModel()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.eif"));
        const QString b = m_dir.filePath(QStringLiteral("b.eif"));
        QVERIFY(writeEif(a, 1700000000, "v1"));
        QVERIFY(writeEif(b, 1700000500, "v2"));
        auto d = EifDiff::compare(a, b);
        QVERIFY(d.has_value());
        EifDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(*d);
        // All: every section (equal ones too), then the ramdisk's two files and notes.
        QStringList top;
        for (int i = 0; i < model.rowCount(); ++i)
            top.append(model.index(i, 0).data().toString());
        QCOMPARE(top,
            (QStringList { QStringLiteral("kernel"), QStringLiteral("cmdline"), QStringLiteral("metadata"),
                QStringLiteral("ramdisk 0"), QStringLiteral("ramdisk 1") }));
        const QModelIndex ramdisk1 = model.index(4, 0);
        QCOMPARE(model.index(4, EifDiffModel::PcrsColumn).data().toString(), QStringLiteral("PCR0, PCR2"));
        QStringList files;
        for (int i = 0; i < model.rowCount(ramdisk1); ++i) {
            const QModelIndex c = model.index(i, 0, ramdisk1);
            if (c.data(EifDiffModel::NodeKindRole).toInt() == int(EifDiffModel::NodeKind::File))
                files.append(c.data().toString() + u'='
                    + model.index(i, EifDiffModel::ChangeColumn, ramdisk1).data().toString());
        }
        QCOMPARE(files,
            (QStringList {
                QStringLiteral("rootfs/server=content"), QStringLiteral("rootfs/etc/hosts=mtime") }));
        QCOMPARE(model.index(2, EifDiffModel::PcrsColumn).data().toString(),
            QStringLiteral("none (not measured)"));

        // Content only: the metadata section, equal sections and the mtime-only file disappear.
        model.setContentOnly(true);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex only = model.index(0, 0);
        QCOMPARE(only.data().toString(), QStringLiteral("ramdisk 1"));
        QCOMPARE(model.rowCount(only), 1);
        QCOMPARE(model.index(0, 0, only).data().toString(), QStringLiteral("rootfs/server"));
        model.setContentOnly(false);
        QCOMPARE(model.rowCount(), 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void ramdiskContentsModel()
    {
        QString error;
        const QList<RamdiskListing> listed = RamdiskContentsView::listRamdisks(
            eifFixture(QStringLiteral("unsigned_v4.eif")), nullptr, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        RamdiskContentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRamdisks(listed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(model.rowCount(model.index(1, 0)), 5);
        QVERIFY(model.index(1, 0).data().toString().contains(QLatin1StringView("gzip cpio")));
        const QModelIndex init = model.index(1, RamdiskContentsModel::PathColumn, model.index(0, 0));
        QCOMPARE(init.data().toString(), QStringLiteral("init"));
        QCOMPARE(model.index(1, RamdiskContentsModel::ModeColumn, model.index(0, 0)).data().toString(),
            QStringLiteral("-rwxr-xr-x"));
        QCOMPARE(model.index(1, RamdiskContentsModel::Sha256Column, model.index(0, 0)).data().toString(),
            QStringLiteral("b10c09bc32baada6c96d1129a01b07efbe6e9dfb67d032ab532aae4255016ac5"));
        QCOMPARE(model.entry(init)->index, 1);
        QVERIFY(model.entry(model.index(0, 0)) == nullptr);
        QCOMPARE(RamdiskContentsModel::displayPath(QByteArray("a\x1b[2Jb")), QStringLiteral("a\\x1b[2Jb"));
    }
};

QTEST_MAIN(TestMeasureModels)
#include "tst_measuremodels.moc"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include "inspector/fielditem.h"
#include "inspector/fieldtreemodel.h"

using namespace enclave::ui;

class TestFieldTreeModel final : public QObject {
    Q_OBJECT
private:
    static std::unique_ptr<FieldItem> sampleTree()
    {
        auto root = std::make_unique<FieldItem>(QString());
        auto *header = root->add(QStringLiteral("header"), {}, 0, 548);
        header->add(QStringLiteral("magic"), QStringLiteral(".eif"), 0, 4);
        header->add(QStringLiteral("version"), QStringLiteral("4"), 4, 2);
        auto *section = root->add(QStringLiteral("section 0"), QStringLiteral("Kernel"), 548, 4108);
        section->add(QStringLiteral("section_type"), QStringLiteral("1"), 548, 2);
        section->add(QStringLiteral("data"), QString(), 560, 4096)->setSeverity(FieldItem::Severity::Warning);
        root->add(QStringLiteral("note"), QStringLiteral("no span"));
        return root;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelIsConsistent()
    {
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoot(sampleTree());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
        model.setRoot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setRoot(sampleTree());
    }

    void rolesCarrySpans()
    {
        FieldTreeModel model;
        model.setRoot(sampleTree());
        const QModelIndex version = model.findByName(QStringLiteral("version"));
        QVERIFY(version.isValid());
        QCOMPARE(version.data(FieldTreeModel::OffsetRole).toLongLong(), 4);
        QCOMPARE(version.data(FieldTreeModel::LengthRole).toLongLong(), 2);
        QCOMPARE(version.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(version.siblingAtColumn(FieldTreeModel::OffsetColumn).data().toLongLong(), 4);
        const QModelIndex note = model.findByName(QStringLiteral("note"));
        QVERIFY(!note.siblingAtColumn(FieldTreeModel::OffsetColumn).data().isValid());
        const QModelIndex data = model.findByName(QStringLiteral("data"));
        QCOMPARE(data.data(FieldTreeModel::SeverityRole).toInt(), int(FieldItem::Severity::Warning));
        QVERIFY(data.data(Qt::ForegroundRole).isValid());
    }

    void indexForOffset_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("name");
        QTest::newRow("magic") << qint64(2) << QStringLiteral("magic");
        QTest::newRow("version") << qint64(5) << QStringLiteral("version");
        QTest::newRow("header only") << qint64(100) << QStringLiteral("header");
        QTest::newRow("section type") << qint64(549) << QStringLiteral("section_type");
        QTest::newRow("section header rest") << qint64(552) << QStringLiteral("section 0");
        QTest::newRow("data") << qint64(4000) << QStringLiteral("data");
        QTest::newRow("outside") << qint64(999999) << QString();
    }
    void indexForOffset()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, name);
        FieldTreeModel model;
        model.setRoot(sampleTree());
        const QModelIndex index = model.indexForOffset(offset);
        QCOMPARE(index.isValid() ? index.data().toString() : QString(), name);
    }
};

QTEST_MAIN(TestFieldTreeModel)
#include "tst_fieldtreemodel.moc"

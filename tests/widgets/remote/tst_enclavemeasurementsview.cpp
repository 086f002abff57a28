#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "common/hex.h"
#include "measure/measurementsloader.h"
#include "remote/enclavemeasurementsview.h"
#include "widgets/tools/kmsscreenshot.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {

const QString Eif = QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif");

// What the agent's eif.describe reports for the image: nitro-cli's shape, Rust debug label included.
QJsonObject measurementsOf(const Measurements &m)
{
    QJsonObject o { { u"HashAlgorithm"_s, u"Sha384 { ... }"_s } };
    for (int i : m.indexes())
        o.insert(u"PCR%1"_s.arg(i), hex::encode(m.value(i)));
    return o;
}

} // namespace

class TestEnclaveMeasurementsView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void comparesWithALocalFileByName()
    {
        const auto local = MeasurementsLoader::fromEif(Eif);
        QVERIFY(local);
        const QJsonObject enclave { { u"EnclaveName"_s, u"app"_s }, { u"EnclaveID"_s, u"i-1-enc-2"_s },
            { u"Flags"_s, u"NONE"_s } };
        EnclaveMeasurementsView view(enclave, u"unsigned_v4.eif"_s, measurementsOf(*local));
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // No Rust debug text.
        for (const QLabel *l : view.findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(u"Sha384 {"_s), qPrintable(l->text()));
        QVERIFY(view.findChild<QLabel *>(u"note"_s)->text().contains(u"SHA-384"_s));

        QSignalSpy compared(&view, &EnclaveMeasurementsView::compared);
        view.compareWith(Eif);
        QVERIFY(compared.wait(20000));
        QCOMPARE(compared.first().first().toBool(), true);
        // The local file is named, by file name only.
        QCOMPARE(view.model()->horizontalHeaderItem(2)->text(), u"Local: unsigned_v4.eif"_s);
        QVERIFY2(view.summaryLabel()->text().contains(u"unsigned_v4.eif"_s),
            qPrintable(view.summaryLabel()->text()));
        QVERIFY(!view.summaryLabel()->text().contains(QStringLiteral(TEST_DATA_DIR)));

        // Every digit shown: the value lines fit their column, whatever the width.
        const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        for (int width : { 700, 1000, 2600 }) {
            view.resize(width, 500);
            QCoreApplication::processEvents();
            for (int r = 0; r < view.model()->rowCount(); ++r) {
                for (int c : { 1, 2 }) {
                    const QStandardItem *item = view.model()->item(r, c);
                    QCOMPARE(QString(item->text()).remove(u'\n'),
                        item->data(EnclaveMeasurementsView::HexRole).toString());
                    int widest = 0;
                    for (const QString &line : item->text().split(u'\n'))
                        widest = std::max(widest, fm.horizontalAdvance(line));
                    QVERIFY2(widest < view.table()->columnWidth(c),
                        qPrintable(u"width %1: %2 >= %3"_s.arg(width).arg(widest).arg(
                            view.table()->columnWidth(c))));
                }
            }
        }
        // Wide: one line each.
        QVERIFY(!view.model()->item(0, 1)->text().contains(u'\n'));
        kmsScreenshot(&view, u"enclavemeasurementsview"_s);
    }
};

QTEST_MAIN(TestEnclaveMeasurementsView)
#include "tst_enclavemeasurementsview.moc"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "common/hex.h"
#include "measure/measurementsjsonparser.h"
#include "measure/measurementsloader.h"
#include "measure/pcrdiff.h"
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

    // The Match column is core's PcrDiff verdict, row by row, never a comparison of the view's own.
    void verdictsAreCorePcrDiff_data()
    {
        QTest::addColumn<QString>("enclaveImage"); // what the enclave was launched from
        QTest::addColumn<int>("alteredPcr"); // -1: reported as it is
        QTest::addColumn<QString>("localImage");
        QTest::addColumn<bool>("allMatch");
        QTest::newRow("same image") << u"unsigned_v4.eif"_s << -1 << u"unsigned_v4.eif"_s << true;
        QTest::newRow("PCR1 differs") << u"unsigned_v4.eif"_s << 1 << u"unsigned_v4.eif"_s << false;
        // The enclave's image is unsigned (no PCR8: never extended), the local one signed.
        QTest::newRow("local image signed") << u"unsigned_v4.eif"_s << -1 << u"signed_p384_v4.eif"_s << false;
        QTest::newRow("signed, same") << u"signed_p384_v4.eif"_s << -1 << u"signed_p384_v4.eif"_s << true;
    }
    void verdictsAreCorePcrDiff()
    {
        QFETCH(QString, enclaveImage);
        QFETCH(int, alteredPcr);
        QFETCH(QString, localImage);
        QFETCH(bool, allMatch);
        const QString enclavePath = QStringLiteral(TEST_DATA_DIR "/eif/") + enclaveImage;
        const QString localPath = QStringLiteral(TEST_DATA_DIR "/eif/") + localImage;
        const auto launched = MeasurementsLoader::fromEif(enclavePath);
        QVERIFY(launched);
        QJsonObject reported = measurementsOf(*launched);
        if (alteredPcr >= 0)
            reported.insert(u"PCR%1"_s.arg(alteredPcr), QString(96, u'e'));
        const QJsonObject enclave { { u"EnclaveName"_s, u"app"_s }, { u"EnclaveID"_s, u"i-1-enc-3"_s },
            { u"Flags"_s, u"NONE"_s } };
        EnclaveMeasurementsView view(enclave, enclaveImage, reported);
        QSignalSpy compared(&view, &EnclaveMeasurementsView::compared);
        view.compareWith(localPath);
        QVERIFY(compared.wait(20000));
        QCOMPARE(compared.first().first().toBool(), allMatch);

        // The same decision computed here from core's pieces: every row PcrDiff has is in the
        // table with its verdict and note.
        const auto enclaveSide = MeasurementsJsonParser::parse(
            QJsonDocument(QJsonObject { { u"Measurements"_s, reported } }).toJson(), enclaveImage);
        QVERIFY(enclaveSide);
        const auto local = MeasurementsLoader::fromEif(localPath);
        QVERIFY(local);
        const PcrDiff diff = PcrDiff::compare(*enclaveSide, *local);
        QCOMPARE(diff.identical(), allMatch);
        QCOMPARE(view.model()->rowCount(), diff.rows().size());
        for (const PcrDiff::Row &row : diff.rows()) {
            const auto found = view.model()->findItems(u"PCR%1"_s.arg(row.index));
            QCOMPARE(found.size(), 1);
            const int r = found.first()->row();
            const QString verdict = view.model()->item(r, 3)->text();
            const QString expected = !row.compared     ? EnclaveMeasurementsView::tr("not compared")
                : row.status == PcrDiff::Status::Equal ? EnclaveMeasurementsView::tr("same")
                                                       : EnclaveMeasurementsView::tr("DIFFERENT");
            QCOMPARE(verdict, expected);
            QCOMPARE(view.model()->item(r, 3)->toolTip(), row.note);
            QCOMPARE(view.model()->item(r, 2)->data(EnclaveMeasurementsView::HexRole).toString(),
                QString::fromLatin1(row.right.toHex()));
        }
        if (alteredPcr >= 0) {
            const int r = view.model()->findItems(u"PCR%1"_s.arg(alteredPcr)).first()->row();
            QCOMPARE(view.model()->item(r, 3)->text(), EnclaveMeasurementsView::tr("DIFFERENT"));
        }
        QCOMPARE(view.summaryLabel()->text().contains(u"differ"_s), !allMatch);
    }
};

QTEST_MAIN(TestEnclaveMeasurementsView)
#include "tst_enclavemeasurementsview.moc"

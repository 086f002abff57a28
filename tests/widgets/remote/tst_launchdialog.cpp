#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "remote/healthcheckdialog.h"
#include "remote/launchdialog.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestLaunchDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void minimumMemory_data();
    void minimumMemory();
    void memoryRuleBlocksLaunch();
    void suggestsEnoughMemory();
    void hostWarnings();
    void request();
    void unescape_data();
    void unescape();
};

void TestLaunchDialog::minimumMemory_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("mib");
    QTest::newRow("empty") << qint64(0) << qint64(0);
    QTest::newRow("1 byte") << qint64(1) << qint64(1);
    QTest::newRow("exactly 256 KiB") << qint64(256 << 10) << qint64(1);
    QTest::newRow("256 KiB + 1") << qint64((256 << 10) + 1) << qint64(2);
    QTest::newRow("11 MiB (nitro-cli's 44 MB example)") << qint64(11LL << 20) << qint64(44);
    QTest::newRow("3 GiB") << qint64(3LL << 30) << qint64(12288);
}

void TestLaunchDialog::minimumMemory()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, mib);
    QCOMPARE(LaunchDialog::minimumMemoryMiB(bytes), mib);
}

static QJsonArray images()
{
    return QJsonArray { QJsonObject { { u"name"_s, u"small.eif"_s }, { u"size"_s, 5868 } },
        QJsonObject { { u"name"_s, u"big.eif"_s }, { u"size"_s, qint64(300) << 20 } } };
}

void TestLaunchDialog::memoryRuleBlocksLaunch()
{
    LaunchDialog dialog(nullptr);
    dialog.setImages(images());
    dialog.selectImage(u"big.eif"_s);
    QCOMPARE(dialog.selectedImageSize(), qint64(300) << 20);
    dialog.memorySpin()->setValue(1199);
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(dialog.problem().contains(u"1200 MiB"_s));
    QVERIFY(dialog.problem().contains(u"E26"_s));
    QVERIFY(!dialog.launchButton()->isEnabled());
    QCOMPARE(dialog.messageLabel()->text(), dialog.problem());
    dialog.memorySpin()->setValue(1200);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    // Switching to the small image: 64 MiB is the driver's floor.
    dialog.selectImage(u"small.eif"_s);
    dialog.memorySpin()->setValue(32);
    QVERIFY(dialog.problem().contains(u"64 MiB"_s));
    dialog.memorySpin()->setValue(128);
    QVERIFY(dialog.problem().isEmpty());
    dialog.cidSpin()->setValue(3);
    QVERIFY(dialog.problem().contains(u"reserved"_s));
    dialog.cidSpin()->setValue(0);
    QVERIFY(dialog.problem().isEmpty());
    dialog.setImages({});
    QVERIFY(!dialog.problem().isEmpty());
}

void TestLaunchDialog::suggestsEnoughMemory()
{
    LaunchDialog dialog(nullptr);
    dialog.setImages(images());
    dialog.selectImage(u"big.eif"_s);
    // Untouched memory follows the image: at least 4x, in 64 MiB steps.
    QCOMPARE(dialog.memorySpin()->value(), 1216);
    QVERIFY(dialog.problem().isEmpty());
    dialog.selectImage(u"small.eif"_s);
    QCOMPARE(dialog.memorySpin()->value(), 512);
}

void TestLaunchDialog::hostWarnings()
{
    LaunchDialog dialog(nullptr);
    dialog.setImages(images());
    dialog.setHostInfo(
        QJsonObject { { u"freeMemoryMiB"_s, 256 }, { u"freeCpus"_s, 1 }, { u"arch"_s, u"x86_64"_s } });
    dialog.selectImage(u"small.eif"_s);
    dialog.cpuSpin()->setValue(3);
    dialog.memorySpin()->setValue(512);
    // Warnings do not block: the agent has the last word (and its error comes back explained).
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.warning().contains(u"E27"_s));
    QVERIFY(dialog.warning().contains(u"E22"_s));
    QVERIFY(dialog.warning().contains(u"even CPU count"_s));
}

void TestLaunchDialog::request()
{
    LaunchDialog dialog(nullptr);
    dialog.setImages(images());
    dialog.selectImage(u"small.eif"_s);
    dialog.cpuSpin()->setValue(4);
    dialog.memorySpin()->setValue(256);
    dialog.debugBox()->setChecked(true);
    dialog.nameEdit()->setText(u"web-1"_s);
    QJsonObject r = dialog.request();
    QCOMPARE(r.value(u"eifPath"_s).toString(), u"small.eif"_s);
    QCOMPARE(r.value(u"cpuCount"_s).toInt(), 4);
    QCOMPARE(r.value(u"memoryMiB"_s).toInt(), 256);
    QCOMPARE(r.value(u"debugMode"_s).toBool(), true);
    QCOMPARE(r.value(u"enclaveName"_s).toString(), u"web-1"_s);
    QVERIFY(!r.contains(u"enclaveCid"_s)); // automatic
    dialog.cidSpin()->setValue(42);
    QCOMPARE(dialog.request().value(u"enclaveCid"_s).toInt(), 42);
    // The name field refuses what the agent would refuse.
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), u"a b/c"_s);
    QCOMPARE(dialog.nameEdit()->text(), u"abc"_s);
    // Without an agent connection nothing can be launched.
    QVERIFY(!dialog.launchButton()->isEnabled());
}

void TestLaunchDialog::unescape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << u"ping"_s << QByteArray("ping");
    QTest::newRow("newline") << u"ping\\n"_s << QByteArray("ping\n");
    QTest::newRow("crlf tab") << u"a\\r\\n\\tb"_s << QByteArray("a\r\n\tb");
    QTest::newRow("hex") << u"\\x00\\xff\\x41"_s
                         << QByteArray("\x00\xff"
                                       "A",
                                3);
    QTest::newRow("backslash") << u"a\\\\b"_s << QByteArray("a\\b");
    QTest::newRow("bad hex kept") << u"\\xZZ"_s << QByteArray("\\xZZ");
    QTest::newRow("unknown escape kept") << u"\\q"_s << QByteArray("\\q");
    QTest::newRow("trailing backslash") << u"a\\"_s << QByteArray("a\\");
}

void TestLaunchDialog::unescape()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(HealthCheckDialog::unescape(text), bytes);
}

QTEST_MAIN(TestLaunchDialog)
#include "tst_launchdialog.moc"

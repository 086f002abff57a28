#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "cpio/cpiowriter.h"
#include "cpio/ramdisklister.h"
#include "eif/eiftestsupport.h"

using namespace enclave;
using namespace enclave::test;

// The one "list every ramdisk of an image" routine, on the real fixtures and on images whose
// ramdisks are broken.
class TestRamdiskLister final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>("entries"); // per ramdisk
        QTest::newRow("unsigned_v4") << QStringLiteral("unsigned_v4") << QList<int> { 3, 5 };
        QTest::newRow("signed_p384_v4") << QStringLiteral("signed_p384_v4") << QList<int> { 3, 5 };
    }
    void fixtures()
    {
        QFETCH(QString, name);
        QFETCH(QList<int>, entries);
        auto listed = RamdiskLister::list(fixtureEifPath(name));
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().toString()));
        QCOMPARE(listed->size(), entries.size());
        auto reader = EifReader::open(fixtureEifPath(name));
        QVERIFY(reader);
        const QList<EifSection> sections = reader->sectionsOfType(EifSectionType::Ramdisk);
        for (int i = 0; i < entries.size(); ++i) {
            const RamdiskListing &l = listed->at(i);
            QVERIFY2(!l.error, qPrintable(l.errorText()));
            QCOMPARE(l.ordinal, i);
            QCOMPARE(l.sectionIndex, sections.at(i).index());
            QCOMPARE(l.offset, sections.at(i).dataOffset());
            QCOMPARE(l.size, sections.at(i).size());
            QCOMPARE(l.entries.size(), entries.at(i));
            QCOMPARE(l.entryCount, qint64(entries.at(i)));
            QVERIFY(l.compression != CpioReader::Compression::Unknown);
        }

        // Streamed: the same entries through the callbacks, none kept; only one ramdisk.
        RamdiskLister lister(*reader);
        lister.setOnly(1);
        QStringList streamed;
        int done = 0;
        lister.setEntryCallback([&](const RamdiskListing &l, const CpioEntry &e) {
            QCOMPARE(l.ordinal, 1);
            streamed << e.path();
        });
        lister.setRamdiskCallback([&](const RamdiskListing &) { ++done; });
        auto one = lister.list();
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QVERIFY(one->first().entries.isEmpty());
        QCOMPARE(done, 1);
        QStringList kept;
        for (const CpioEntry &e : listed->at(1).entries)
            kept << e.path();
        QCOMPARE(streamed, kept);
    }

    // A broken ramdisk carries its error; the next one is still listed unless told to stop.
    void brokenRamdisk_data()
    {
        QTest::addColumn<bool>("stopOnError");
        QTest::addColumn<int>("listed");
        QTest::newRow("list the rest") << false << 2;
        QTest::newRow("stop on error") << true << 1;
    }
    void brokenRamdisk()
    {
        QFETCH(bool, stopOnError);
        QFETCH(int, listed);
        CpioWriter w;
        w.addFile(QStringLiteral("hello"), QByteArray("hi\n"));
        const QByteArray good = w.finish();
        const QString path = writeFile(m_dir, QStringLiteral("broken.eif"),
            buildEif({ { 1, "K" }, { 2, "C" }, { 3, "not a cpio archive at all" }, { 3, good } }));
        auto reader = EifReader::open(path);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
        RamdiskLister lister(*reader);
        lister.setStopOnError(stopOnError);
        auto r = lister.list();
        QVERIFY(r);
        QCOMPARE(r->size(), listed);
        QVERIFY(r->first().error.has_value());
        QVERIFY(!r->first().errorText().isEmpty());
        if (listed == 2) {
            QVERIFY(!r->at(1).error);
            QCOMPARE(r->at(1).entries.size(), 1);
        }
    }

    void cancelled()
    {
        const std::atomic_bool cancel { true };
        auto r = RamdiskLister::list(fixtureEifPath(QStringLiteral("unsigned_v4")), &cancel);
        QVERIFY(r);
        QVERIFY(!r->isEmpty());
        QCOMPARE(r->first().error->code, Error::Code::Cancelled);
    }

    void errors()
    {
        QVERIFY(!RamdiskLister::list(m_dir.filePath(QStringLiteral("missing.eif"))));
        auto reader = EifReader::open(fixtureEifPath(QStringLiteral("unsigned_v4")));
        QVERIFY(reader);
        RamdiskLister lister(*reader);
        lister.setOnly(2);
        QCOMPARE(lister.list().error().code, Error::Code::Usage);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRamdiskLister)
#include "tst_ramdisklister.moc"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/fixtures.h"
#include "cpio/cpiopatch.h"
#include "cpio/cpiowriter.h"
#include "eif/eifwriter.h"
#include "measure/eifdiff.h"
#include "measure/measurementsloader.h"
#include "measure/pcrdiff.h"

using namespace enclave;
using namespace enclave::test;
using namespace cpiopatch;

namespace {

const QByteArray Cmdline("reboot=k panic=30 pci=off nomodules console=ttyS0 random.trust_cpu=on");
const QByteArray Metadata(
    R"({"ImageName":"app","ImageVersion":"1.0","BuildMetadata":{"BuildTime":"2024-01-01T00:00:00+00:00","BuildTool":"test"},"DockerInfo":null,"CustomMetadata":null})");

// What one variant of the image changes relative to the base image.
enum class Variant {
    None,
    Content, // rootfs/app/server's bytes
    Mtime, // rootfs/etc/hosts's mtime
    Mode, // rootfs/app/server 0755 -> 0700
    Owner, // rootfs/etc/hosts uid/gid 0 -> 1000
    Added, // rootfs/app/extra.conf
    Removed, // env
    Ramdisk0, // init's bytes in the bootstrap ramdisk
    Cmdline, // console=ttyS0 -> console=ttyS1, + quiet
    Metadata, // BuildTime only
    Compression, // the app ramdisk gzip-compressed (or not) with the same files
    Symlink, // rootfs/bin/sh's target
};

QByteArray bootstrapRamdisk(Variant v)
{
    CpioWriter w;
    w.addDirectory(QStringLiteral("dev"), 0755);
    w.addFile(
        QStringLiteral("init"), v == Variant::Ramdisk0 ? QByteArray("init v2") : QByteArray("init v1"), 0755);
    w.addFile(QStringLiteral("nsm.ko"), QByteArray(3000, 'n'), 0755);
    return w.finish();
}

QByteArray appRamdisk(Variant v)
{
    CpioWriter w;
    w.addDirectory(QStringLiteral("rootfs"), 0755);
    w.addDirectory(QStringLiteral("rootfs/app"), 0755);
    w.addFile(QStringLiteral("rootfs/app/server"),
        v == Variant::Content ? QByteArray(5000, 'S') + "patched" : QByteArray(5000, 'S'),
        v == Variant::Mode ? 0700 : 0755);
    w.addFile(QStringLiteral("rootfs/etc/hosts"), QByteArray("127.0.0.1 localhost\n"), 0644);
    w.addSymlink(QStringLiteral("rootfs/bin/sh"),
        v == Variant::Symlink ? QStringLiteral("dash") : QStringLiteral("busybox"));
    if (v == Variant::Added)
        w.addFile(QStringLiteral("rootfs/app/extra.conf"), QByteArray("x=1\n"), 0644);
    w.addFile(QStringLiteral("cmd"), QByteArray("/app/server\n"), 0644);
    if (v != Variant::Removed)
        w.addFile(QStringLiteral("env"), QByteArray("PATH=/bin\n"), 0644);
    QByteArray a = w.finish();
    // The writer stamps every entry with mtime 0 and owner 0:0; give the base a real build time.
    setField(a, "rootfs/etc/hosts", Mtime, v == Variant::Mtime ? 1700000999u : 1700000000u);
    if (v == Variant::Owner) {
        setField(a, "rootfs/etc/hosts", Uid, 1000);
        setField(a, "rootfs/etc/hosts", Gid, 1000);
    }
    return a;
}

QString writeEif(const QString &path, Variant v, bool gzip)
{
    EifWriter w;
    w.setKernel(QByteArray(4096, 'K'));
    QByteArray cmdline = Cmdline;
    if (v == Variant::Cmdline)
        cmdline.replace("console=ttyS0", "console=ttyS1 quiet");
    w.setCmdline(cmdline);
    QByteArray meta = Metadata;
    if (v == Variant::Metadata)
        meta.replace("2024-01-01", "2024-06-30");
    w.setMetadata(meta);
    w.addRamdisk(bootstrapRamdisk(v));
    const QByteArray app = appRamdisk(v);
    const bool compress = v == Variant::Compression ? !gzip : gzip;
    w.addRamdisk(compress ? *CpioWriter::gzip(app) : app);
    if (auto r = w.write(path); !r)
        return {};
    return path;
}

} // namespace

class TestEifDiff final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void variants_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<QString>("section"); // the one section that differs ("" for none)
        QTest::addColumn<QString>("pcrs"); // the PCRs it moves
        QTest::addColumn<QString>("files"); // "kind path aspects" per changed file, ';'-joined
        QTest::addColumn<QString>("note"); // a substring of the section's notes

        for (bool gz : { false, true }) {
            const char *suffix = gz ? " (gzip)" : " (plain)";
            auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(QLatin1StringView(name) + QLatin1StringView(suffix)));
            };
            row("identical") << int(Variant::None) << gz << QString() << QString() << QString() << QString();
            row("one file's content")
                << int(Variant::Content) << gz << QStringLiteral("ramdisk 1") << QStringLiteral("0,2")
                << QStringLiteral("changed rootfs/app/server content") << QString();
            row("one mtime") << int(Variant::Mtime) << gz << QStringLiteral("ramdisk 1")
                             << QStringLiteral("0,2") << QStringLiteral("changed rootfs/etc/hosts mtime")
                             << QStringLiteral("usual cause of non-reproducible builds");
            row("one owner") << int(Variant::Owner) << gz << QStringLiteral("ramdisk 1")
                             << QStringLiteral("0,2") << QStringLiteral("changed rootfs/etc/hosts owner")
                             << QStringLiteral("usual cause of non-reproducible builds");
            row("one mode") << int(Variant::Mode) << gz << QStringLiteral("ramdisk 1")
                            << QStringLiteral("0,2") << QStringLiteral("changed rootfs/app/server mode")
                            << QString();
            row("one added file") << int(Variant::Added) << gz << QStringLiteral("ramdisk 1")
                                  << QStringLiteral("0,2") << QStringLiteral("added rootfs/app/extra.conf ")
                                  << QString();
            row("one removed file") << int(Variant::Removed) << gz << QStringLiteral("ramdisk 1")
                                    << QStringLiteral("0,2") << QStringLiteral("removed env ") << QString();
            row("symlink target") << int(Variant::Symlink) << gz << QStringLiteral("ramdisk 1")
                                  << QStringLiteral("0,2")
                                  << QStringLiteral("changed rootfs/bin/sh content,link-target") << QString();
            row("bootstrap ramdisk") << int(Variant::Ramdisk0) << gz << QStringLiteral("ramdisk 0")
                                     << QStringLiteral("0,1") << QStringLiteral("changed init content")
                                     << QString();
            row("compression only") << int(Variant::Compression) << gz << QStringLiteral("ramdisk 1")
                                    << QStringLiteral("0,2") << QString()
                                    << QStringLiteral("gzip-compressed and the other is not");
        }
        QTest::newRow("cmdline") << int(Variant::Cmdline) << false << QStringLiteral("cmdline")
                                 << QStringLiteral("0,1") << QString() << QString();
        QTest::newRow("metadata only") << int(Variant::Metadata) << false << QStringLiteral("metadata")
                                       << QString() << QString() << QStringLiteral("not measured");
    }
    void variants()
    {
        QFETCH(int, variant);
        QFETCH(bool, gzip);
        QFETCH(QString, section);
        QFETCH(QString, pcrs);
        QFETCH(QString, files);
        QFETCH(QString, note);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        const QString base = writeEif(m_dir.filePath(tag + QStringLiteral("-a.eif")), Variant::None, gzip);
        const QString other
            = writeEif(m_dir.filePath(tag + QStringLiteral("-b.eif")), Variant(variant), gzip);
        QVERIFY(!base.isEmpty() && !other.isEmpty());

        auto d = EifDiff::compare(base, other);
        QVERIFY2(d.has_value(), d ? "" : qPrintable(d.error().toString()));
        QStringList changed;
        const EifDiff::Section *hit = nullptr;
        for (const EifDiff::Section &s : d->sections()) {
            if (s.status != EifDiff::Status::Equal) {
                changed.append(s.name());
                hit = &s;
            }
        }
        QCOMPARE(changed.join(u','), section);
        QStringList moved;
        for (int p : d->movedPcrs())
            moved.append(QString::number(p));
        QCOMPARE(moved.join(u','), pcrs);

        // The computed PCRs agree with what the diff says moved.
        auto lm = MeasurementsLoader::load(base);
        auto rm = MeasurementsLoader::load(other);
        QVERIFY(lm && rm);
        QCOMPARE(PcrDiff::compare(*lm, *rm).differentIndexes(), d->movedPcrs());
        QCOMPARE(d->measuredContentIdentical(), pcrs.isEmpty());

        if (!hit)
            return;
        QVERIFY(hit->listError.isEmpty());
        QStringList fileLines;
        for (const FileChange &c : hit->ramdisk.changes())
            fileLines.append(
                QStringLiteral("%1 %2 %3")
                    .arg(FileChange::kindId(c.kind), c.path(), FileChange::aspectIds(c.aspects).join(u',')));
        QCOMPARE(fileLines.join(u';'), files);
        const QString notes = (hit->notes + hit->ramdisk.notes()).join(u'|');
        if (!note.isEmpty())
            QVERIFY2(notes.contains(note), qPrintable(notes));
        if (variant == int(Variant::Mtime) || variant == int(Variant::Owner))
            QVERIFY(hit->ramdisk.onlyMtimeOrOwner());
        if (variant == int(Variant::Content) || variant == int(Variant::Mode))
            QVERIFY(!hit->ramdisk.onlyMtimeOrOwner());
        if (variant == int(Variant::Cmdline)) {
            QCOMPARE(hit->removedArguments, QStringList { QStringLiteral("console=ttyS0") });
            QCOMPARE(hit->addedArguments,
                (QStringList { QStringLiteral("console=ttyS1"), QStringLiteral("quiet") }));
        }
        if (variant == int(Variant::Metadata))
            QCOMPARE(hit->metadataChanges,
                QStringList { QStringLiteral("BuildMetadata.BuildTime: \"2024-01-01T00:00:00+00:00\" -> "
                                             "\"2024-06-30T00:00:00+00:00\"") });
        const QJsonObject json = d->toJson();
        QCOMPARE(json.value(QLatin1StringView("sections")).toArray().size(), d->sections().size());
        QVERIFY(!d->summary().isEmpty());
    }

    void extraRamdiskAndSignature()
    {
        // The synthetic fixtures: unsigned vs signed differ in the signature section only.
        auto d = EifDiff::compare(
            eifFixture(QStringLiteral("unsigned_v4.eif")), eifFixture(QStringLiteral("signed_p384_v4.eif")));
        QVERIFY2(d.has_value(), d ? "" : qPrintable(d.error().toString()));
        QCOMPARE(d->movedPcrs(), QList<int> { 8 });
        QCOMPARE(d->sections().last().name(), QStringLiteral("signature"));
        QCOMPARE(d->sections().last().status, EifDiff::Status::OnlyRight);

        // v3 arm64 has no metadata section: only that differs, and it is not measured.
        auto m = EifDiff::compare(eifFixture(QStringLiteral("unsigned_v4.eif")),
            eifFixture(QStringLiteral("unsigned_v3_arm64.eif")));
        QVERIFY(m.has_value());
        QVERIFY(m->movedPcrs().isEmpty());
        QCOMPARE(m->summary().size(), 1);
        QVERIFY(m->summary().first().startsWith(QLatin1StringView("metadata only in the left image")));
    }

    void brokenRamdiskIsReportedInPlace()
    {
        EifWriter w;
        w.setKernel(QByteArray(4096, 'K'));
        w.setCmdline(Cmdline);
        w.setMetadata(Metadata);
        w.addRamdisk(bootstrapRamdisk(Variant::None));
        QByteArray broken = appRamdisk(Variant::None);
        setField(broken, "rootfs/app/server", FileSize, 0x7fffffff);
        w.addRamdisk(broken);
        const QString bad = m_dir.filePath(QStringLiteral("broken.eif"));
        QVERIFY(w.write(bad).has_value());
        const QString good = writeEif(m_dir.filePath(QStringLiteral("good.eif")), Variant::None, false);
        auto d = EifDiff::compare(good, bad);
        QVERIFY(d.has_value());
        const EifDiff::Section &s = d->sections().last();
        QCOMPARE(s.name(), QStringLiteral("ramdisk 1"));
        QVERIFY2(s.listError.contains(QLatin1StringView("data truncated")), qPrintable(s.listError));
        QCOMPARE(d->movedPcrs(), (QList<int> { 0, 2 }));
    }

    // Both versions of a changed file come back from the images themselves, bounded.
    void readFileBothSides_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void readFileBothSides()
    {
        QFETCH(bool, gzip);
        const QString a
            = writeEif(m_dir.filePath(QStringLiteral("r-a-%1.eif").arg(gzip)), Variant::None, gzip);
        const QString b
            = writeEif(m_dir.filePath(QStringLiteral("r-b-%1.eif").arg(gzip)), Variant::Added, gzip);
        const QString c
            = writeEif(m_dir.filePath(QStringLiteral("r-c-%1.eif").arg(gzip)), Variant::Content, gzip);
        auto d = EifDiff::compare(a, c);
        QVERIFY(d.has_value());
        const int app = int(d->sections().size()) - 1;
        QCOMPARE(d->sections().at(app).name(), QStringLiteral("ramdisk 1"));
        auto left = d->readFile(app, EifDiff::Image::Left, "rootfs/app/server", 1 << 20);
        auto right = d->readFile(app, EifDiff::Image::Right, "rootfs/app/server", 1 << 20);
        QVERIFY(left && left->has_value() && right && right->has_value());
        QCOMPARE((*left)->data, QByteArray(5000, 'S'));
        QCOMPARE((*right)->data, QByteArray(5000, 'S') + "patched");
        // Its hash is the one the diff listed.
        const FileChange &change = d->sections().at(app).ramdisk.changes().first();
        QCOMPARE((*left)->entry.sha256, change.left->sha256);
        QCOMPARE((*right)->entry.sha256, change.right->sha256);
        // Capped: the first bytes, marked truncated, the size still the entry's.
        auto capped = d->readFile(app, EifDiff::Image::Right, "rootfs/app/server", 100);
        QVERIFY(capped && capped->has_value());
        QCOMPARE((*capped)->data.size(), 100);
        QVERIFY((*capped)->truncated);
        QCOMPARE((*capped)->entry.size, 5007);
        // An added file has no left version.
        auto added = EifDiff::compare(a, b);
        QVERIFY(added.has_value());
        auto none = added->readFile(app, EifDiff::Image::Left, "rootfs/app/extra.conf", 100);
        QVERIFY(none.has_value());
        QVERIFY(!none->has_value());
        auto some = added->readFile(app, EifDiff::Image::Right, "rootfs/app/extra.conf", 100);
        QVERIFY(some && some->has_value());
        QCOMPARE((*some)->data, QByteArray("x=1\n"));
        // Not a ramdisk, or no such section: errors.
        QVERIFY(!d->readFile(0, EifDiff::Image::Left, "x", 10).has_value());
        QVERIFY(!d->readFile(99, EifDiff::Image::Left, "x", 10).has_value());
    }

    void cancel()
    {
        const QString a = writeEif(m_dir.filePath(QStringLiteral("c-a.eif")), Variant::None, false);
        const QString b = writeEif(m_dir.filePath(QStringLiteral("c-b.eif")), Variant::Content, false);
        std::atomic_bool flag { true };
        auto d = EifDiff::compare(a, b, {}, &flag);
        QVERIFY(!d.has_value());
        QCOMPARE(d.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestEifDiff)
#include "tst_eifdiff.moc"

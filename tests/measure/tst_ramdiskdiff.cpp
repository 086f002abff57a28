#include <QStandardPaths>
#include <QTest>

#include "measure/ramdiskdiff.h"

using namespace enclave;

namespace {

// "path:mode:uid:mtime:content" -> an entry (regular file unless mode has type bits).
CpioEntry entry(const char *spec, quint32 inode = 1)
{
    const QList<QByteArray> f = QByteArray(spec).split(':');
    CpioEntry e;
    e.rawPath = f.value(0);
    e.mode = f.value(1).toUInt(nullptr, 8);
    if ((e.mode & 0170000) == 0)
        e.mode |= 0100000;
    e.type = CpioEntry::typeFromMode(e.mode);
    e.uid = f.value(2).toUInt();
    e.mtime = f.value(3).toLongLong();
    e.sha256 = f.value(4);
    e.size = f.value(4).size();
    e.inode = inode;
    if (e.type == CpioEntry::Type::Symlink)
        e.linkTarget = f.value(4);
    return e;
}

QList<CpioEntry> list(std::initializer_list<const char *> specs)
{
    QList<CpioEntry> out;
    quint32 ino = 1;
    for (const char *s : specs)
        out.append(entry(s, ino++));
    return out;
}

QString render(const RamdiskDiff &d)
{
    QStringList out;
    for (const FileChange &c : d.changes())
        out.append(FileChange::kindId(c.kind) + u' ' + c.path() + u' '
            + FileChange::aspectIds(c.aspects).join(u','));
    return out.join(u';');
}

} // namespace

class TestRamdiskDiff final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compare_data()
    {
        QTest::addColumn<QList<CpioEntry>>("left");
        QTest::addColumn<QList<CpioEntry>>("right");
        QTest::addColumn<QString>("changes");
        QTest::addColumn<bool>("onlyMtimeOrOwner");
        QTest::addColumn<QString>("note");

        QTest::newRow("identical") << list({ "a:644:0:1:x", "b:755:0:1:y" })
                                   << list({ "a:644:0:1:x", "b:755:0:1:y" }) << QString() << false
                                   << QString();
        QTest::newRow("content") << list({ "a:644:0:1:x" }) << list({ "a:644:0:1:xx" })
                                 << QStringLiteral("changed a content") << false << QString();
        QTest::newRow("mtime and owner")
            << list({ "a:644:0:1:x", "b:644:0:1:y" }) << list({ "a:644:0:2:x", "b:644:1000:1:y" })
            << QStringLiteral("changed a mtime;changed b owner") << true
            << QStringLiteral("every difference is an mtime or owner change (2 entries)");
        QTest::newRow("mixed") << list({ "a:644:0:1:x", "b:644:0:1:y" })
                               << list({ "a:644:0:2:x", "b:600:0:1:y" })
                               << QStringLiteral("changed a mtime;changed b mode") << false
                               << QStringLiteral("1 of 2 differences are mtime or owner changes only");
        QTest::newRow("type") << list({ "a:644:0:1:x" }) << list({ "a:40644:0:1:" })
                              << QStringLiteral("changed a content,type") << false << QString();
        QTest::newRow("symlink target")
            << list({ "l:120777:0:1:busybox" }) << list({ "l:120777:0:1:toybox" })
            << QStringLiteral("changed l content,link-target") << false << QString();
        QTest::newRow("added and removed")
            << list({ "a:644:0:1:x", "gone:644:0:1:z" }) << list({ "a:644:0:1:x", "new:644:0:1:n" })
            << QStringLiteral("removed gone ;added new ") << false << QString();
        QTest::newRow("order only") << list({ "a:644:0:1:x", "b:644:0:1:y" })
                                    << list({ "b:644:0:1:y", "a:644:0:1:x" }) << QString() << false
                                    << QStringLiteral("different order");
        QTest::newRow("duplicate path: the last wins")
            << list({ "a:644:0:1:old", "a:644:0:1:x" }) << list({ "a:644:0:1:x" }) << QString() << false
            << QStringLiteral("left: 1 paths appear more than once");
        QTest::newRow("inode numbers shifted")
            << list({ "z:644:0:1:q", "a:644:0:1:x" }) << list({ "a:644:0:1:x" })
            << QStringLiteral("removed z ") << false << QStringLiteral("1 entries differ in inode number");
    }
    void compare()
    {
        QFETCH(QList<CpioEntry>, left);
        QFETCH(QList<CpioEntry>, right);
        QFETCH(QString, changes);
        QFETCH(bool, onlyMtimeOrOwner);
        QFETCH(QString, note);
        const RamdiskDiff d = RamdiskDiff::compare(left, right);
        QCOMPARE(render(d), changes);
        QCOMPARE(d.onlyMtimeOrOwner(), onlyMtimeOrOwner);
        if (!note.isEmpty())
            QVERIFY2(d.notes().join(u'|').contains(note), qPrintable(d.notes().join(u'|')));
        for (const FileChange &c : d.changes()) {
            QVERIFY(!c.describe().isEmpty());
            QCOMPARE(c.toJson().value(QLatin1StringView("path")).toString(), c.path());
        }
    }

    void describe()
    {
        const RamdiskDiff d = RamdiskDiff::compare(list({ "a:644:0:0:x" }), list({ "a:755:1000:86400:x" }));
        QCOMPARE(d.changes().size(), 1);
        QCOMPARE(d.changes().first().describe(),
            QStringLiteral("mode 0644 -> 0755; owner 0:0 -> 1000:0; mtime 1970-01-01T00:00:00Z -> "
                           "1970-01-02T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestRamdiskDiff)
#include "tst_ramdiskdiff.moc"

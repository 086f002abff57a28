#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/atomicfilewriter.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {
int modeOf(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAtomicFileWriter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void permissionsFromCreation_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("key 0600") << 0600;
        QTest::newRow("cert 0644") << 0644;
    }
    void permissionsFromCreation()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f.pem"_s);
        AtomicFileWriter w(path, mode);
        QVERIFY(w.open());
        // The temporary file already has the final mode before a single byte is written.
        QCOMPARE(modeOf(w.temporaryPath()), mode);
        QVERIFY(w.write("secret"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(w.commit(AtomicFileWriter::Commit::NoClobber));
        QCOMPARE(modeOf(path), mode);
        QCOMPARE(readAll(path), QByteArray("secret"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void noClobber()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.pem"_s);
        QVERIFY(AtomicFileWriter::writeFile(path, "old", 0600, AtomicFileWriter::Commit::NoClobber));
        const auto r = AtomicFileWriter::writeFile(path, "new", 0600, AtomicFileWriter::Commit::NoClobber);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"already exists"));
        QCOMPARE(readAll(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // temp removed
    }

    void replace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"e.eif"_s);
        QVERIFY(AtomicFileWriter::writeFile(path, "old", 0644, AtomicFileWriter::Commit::Replace));
        QVERIFY(AtomicFileWriter::writeFile(path, "newer", 0640, AtomicFileWriter::Commit::Replace));
        QCOMPARE(readAll(path), QByteArray("newer"));
        QCOMPARE(modeOf(path), 0640);
    }

    void writeAtPatches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x"_s);
        AtomicFileWriter w(path, 0644);
        QVERIFY(w.open());
        QVERIFY(w.write("0123456789"));
        QVERIFY(w.writeAt(2, "ab"));
        QCOMPARE(w.size(), 10);
        QVERIFY(w.commit(AtomicFileWriter::Commit::Replace));
        QCOMPARE(readAll(path), QByteArray("01ab456789"));
    }

    void uncommittedLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"y"_s);
        QVERIFY(AtomicFileWriter::writeFile(path, "keep", 0644, AtomicFileWriter::Commit::Replace));
        {
            AtomicFileWriter w(path, 0644);
            QVERIFY(w.open());
            QVERIFY(w.write("half"));
        } // destroyed without commit: as if the process failed mid-write
        QCOMPARE(readAll(path), QByteArray("keep"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void missingDirectory()
    {
        QTemporaryDir dir;
        AtomicFileWriter w(dir.filePath(u"no/such/dir/file"_s), 0600);
        const auto r = w.open();
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"

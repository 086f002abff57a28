#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The shared-mime-info type we install makes file managers recognise EIF files by name and by
// their magic: build a private mime database from packaging/ and ask Qt's QMimeDatabase.
class TestMimeType final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (tool.isEmpty())
            QSKIP("update-mime-database (shared-mime-info) is not installed");
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("mime/packages"))));
        QVERIFY(QFile::copy(QStringLiteral(ENCLAVE_MIME_XML),
            m_dir.filePath(QStringLiteral("mime/packages/enclave-studio.xml"))));
        QProcess update;
        update.start(tool, { m_dir.filePath(QStringLiteral("mime")) });
        QVERIFY(update.waitForFinished(60000));
        QCOMPARE(update.exitCode(), 0);
        // Our database first, the system's for everything else; read on QMimeDatabase's first use.
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.path()) + ":/usr/share");
    }

    void eifRecognised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QFile eif(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        QVERIFY(eif.open(QIODevice::ReadOnly));
        const QByteArray bytes = eif.readAll();
        QTest::newRow("by magic, other extension")
            << QStringLiteral("image.bin") << bytes << int(QMimeDatabase::MatchContent);
        QTest::newRow("by magic, no extension")
            << QStringLiteral("image") << bytes << int(QMimeDatabase::MatchDefault);
        QTest::newRow("by name") << QStringLiteral("empty.eif") << QByteArray()
                                 << int(QMimeDatabase::MatchExtension);
    }
    void eifRecognised()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        const QString path = m_dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchMode(mode));
        QCOMPARE(type.name(), QStringLiteral("application/x-nitro-enclave-image"));
        QVERIFY(type.suffixes().contains(QStringLiteral("eif")));
    }

    void otherFilesAreNotEif()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(".eig not an enclave image");
        f.close();
        QVERIFY(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name()
            != QStringLiteral("application/x-nitro-enclave-image"));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"

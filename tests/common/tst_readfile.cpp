#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "common/readfile.h"

using namespace enclave;

// readFileLimited on real files: at, under and over the limit, missing, a directory and a FIFO
// (refused without blocking).
class TestReadFile final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void read_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << qint64(0) << qint64(10) << true;
        QTest::newRow("under") << qint64(9) << qint64(10) << true;
        QTest::newRow("at limit") << qint64(10) << qint64(10) << true;
        QTest::newRow("one over") << qint64(11) << qint64(10) << false;
        QTest::newRow("far over") << qint64(1 << 20) << qint64(4096) << false;
        QTest::newRow("zero limit, empty") << qint64(0) << qint64(0) << true;
    }
    void read()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, limit);
        QFETCH(bool, ok);
        const QString path = m_dir.filePath(QStringLiteral("f%1-%2").arg(size).arg(limit));
        QByteArray content(size, 'x');
        for (qint64 i = 0; i < size; ++i)
            content[i] = char('a' + i % 26);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto r = readFileLimited(path, limit);
        QCOMPARE(bool(r), ok);
        if (ok) {
            QCOMPARE(*r, content);
        } else {
            QCOMPARE(r.error().code, Error::Code::LimitExceeded);
            QVERIFY2(r.error().message.contains(QStringLiteral("too large")), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(QString::number(size)));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("directory") << QStringLiteral("directory");
        QTest::newRow("fifo") << QStringLiteral("fifo");
    }
    void refused()
    {
        QFETCH(QString, kind);
        QString path = m_dir.filePath(QStringLiteral("nothing-here"));
        if (kind == QStringLiteral("directory")) {
            path = m_dir.filePath(QStringLiteral("sub"));
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QStringLiteral("fifo")) {
            path = m_dir.filePath(QStringLiteral("pipe"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const auto r = readFileLimited(path, 1024);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("cannot open")), qPrintable(r.error().message));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestReadFile)
#include "tst_readfile.moc"

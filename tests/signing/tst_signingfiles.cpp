#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/error.h"
#include "signing/signingfiles.h"

using namespace enclave;
using namespace Qt::StringLiterals;

// The signer's input files as the CLI and the Sign EIF page read them: the passphrase is the first
// line of its file (openssl's file: source), PEM files are capped.
class TestSigningFiles final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void passphrase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expected"); // empty: refused
        QTest::addColumn<int>("code");
        const int ok = -1;
        QTest::newRow("one line") << "hunter2\n"_ba
                                  << "hunter2"_ba << ok;
        QTest::newRow("no line end") << "hunter2"_ba
                                     << "hunter2"_ba << ok;
        QTest::newRow("CRLF") << "hunter2\r\n"_ba
                              << "hunter2"_ba << ok;
        QTest::newRow("first line only") << "first\nsecond\n"_ba
                                         << "first"_ba << ok;
        QTest::newRow("spaces kept") << " a b \n"_ba
                                     << " a b "_ba << ok;
        QTest::newRow("longest") << QByteArray(4096, 'p') + '\n' << QByteArray(4096, 'p') << ok;
        QTest::newRow("longest, CRLF") << QByteArray(4096, 'p') + "\r\n" << QByteArray(4096, 'p') << ok;
        QTest::newRow("one too long") << QByteArray(4097, 'p') + '\n'
                                      << QByteArray() << int(Error::Code::LimitExceeded);
        QTest::newRow("huge single line")
            << QByteArray(1 << 20, 'p') << QByteArray() << int(Error::Code::LimitExceeded);
        QTest::newRow("empty file") << QByteArray() << QByteArray() << int(Error::Code::Malformed);
        QTest::newRow("empty first line") << "\nhunter2\n"_ba << QByteArray() << int(Error::Code::Malformed);
    }
    void passphrase()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expected);
        QFETCH(int, code);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
        f.close();
        const auto r = SigningFiles::readPassphrase(path);
        if (code < 0) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QCOMPARE(*r, expected);
        } else {
            QVERIFY(!r);
            QCOMPARE(int(r.error().code), code);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void passphraseNotAFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << u"missing"_s;
        QTest::newRow("directory") << u"directory"_s;
        QTest::newRow("fifo") << u"fifo"_s;
    }
    void passphraseNotAFile()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(u"not-a-file-"_s + kind);
        if (kind == u"directory")
            QVERIFY(QDir().mkpath(path));
        else if (kind == u"fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        // A FIFO without a writer would block a reader: refused before opening.
        const auto r = SigningFiles::readPassphrase(path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
    }

    void pemLimit_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("ok");
        QTest::newRow("small") << qint64(600) << true;
        QTest::newRow("at limit") << SigningFiles::MaxPemFileSize << true;
        QTest::newRow("over") << SigningFiles::MaxPemFileSize + 1 << false;
    }
    void pemLimit()
    {
        QFETCH(qint64, size);
        QFETCH(bool, ok);
        const QString path = m_dir.filePath(u"pem%1"_s.arg(size));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content(size, 'k');
        QCOMPARE(f.write(content), size);
        f.close();
        const auto r = SigningFiles::readPem(path);
        QCOMPARE(bool(r), ok);
        if (ok)
            QCOMPARE(*r, content);
        else
            QCOMPARE(r.error().code, Error::Code::LimitExceeded);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSigningFiles)
#include "tst_signingfiles.moc"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "common/libraryversions.h"

using namespace enclave;

// The versions core reports are the ones the system's tools report for the same libraries.
class TestLibraryVersions final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensslMatchesTheOpensslTool()
    {
        const LibraryVersions v = LibraryVersions::current();
        QVERIFY2(v.openssl.startsWith(QLatin1String("OpenSSL 3.")), qPrintable(v.openssl));
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (tool.isEmpty())
            QSKIP("no openssl binary");
        QProcess p;
        p.start(tool, { QStringLiteral("version") });
        QVERIFY(p.waitForFinished(10000));
        // "OpenSSL 3.0.15 3 Sep 2024 (Library: OpenSSL 3.0.15 3 Sep 2024)": the library part is ours.
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        QVERIFY2(out.contains(v.openssl), qPrintable(out + QStringLiteral(" vs ") + v.openssl));
    }

    void libcborMatchesPkgConfig()
    {
        QCOMPARE(LibraryVersions::current().libcbor, QStringLiteral(ENCLAVE_LIBCBOR_VERSION));
    }

    void zlibIsAVersion()
    {
        const QString z = LibraryVersions::current().zlib;
        QVERIFY2(z.count(QLatin1Char('.')) >= 1 && z.at(0).isDigit(), qPrintable(z));
    }
};

QTEST_GUILESS_MAIN(TestLibraryVersions)
#include "tst_libraryversions.moc"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "shell/filetype.h"

using namespace enclave;
using namespace enclave::ui;

// The shell only names what core's InputDetector decides (its rules are tested in
// tests/measure/tst_inputdetector.cpp): every kind has its own, non-empty name.
class TestFileType final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void displayName_data()
    {
        QTest::addColumn<FileType>("type");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown") << FileType::Unknown << QStringLiteral("Unknown");
        QTest::newRow("empty") << FileType::Empty << QStringLiteral("Empty");
        QTest::newRow("eif") << FileType::Eif << QStringLiteral("EIF");
        QTest::newRow("cbor") << FileType::CoseCbor << QStringLiteral("CBOR");
        QTest::newRow("base64") << FileType::CoseBase64 << QStringLiteral("base64");
        QTest::newRow("hex") << FileType::CoseHex << QStringLiteral("hex");
        QTest::newRow("nitro-cli") << FileType::NitroCliJson << QStringLiteral("nitro-cli");
        QTest::newRow("describe-eif") << FileType::DescribeEifJson << QStringLiteral("describe-eif");
        QTest::newRow("kms") << FileType::KmsKeyPolicy << QStringLiteral("KMS");
        QTest::newRow("expectations") << FileType::Expectations << QStringLiteral("Expected");
    }
    void displayName()
    {
        QFETCH(FileType, type);
        QFETCH(QString, needle);
        const QString name = FileTypeDetector::displayName(type);
        QVERIFY2(name.contains(needle), qPrintable(name));
        static QSet<QString> seen;
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
};

QTEST_MAIN(TestFileType)
#include "tst_filetype.moc"

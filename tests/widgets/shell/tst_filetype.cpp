#include <QStandardPaths>
#include <QTest>

#include "shell/filetype.h"

using namespace enclave;
using namespace enclave::ui;

class TestFileType final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<FileType>("expected");
        const QByteArray cose = QByteArray::fromHex("8444a1013822a0590011");
        QTest::newRow("empty") << QByteArray() << FileType::Empty;
        QTest::newRow("eif magic") << QByteArray(".eif\x00\x04", 6) << FileType::Eif;
        QTest::newRow("eif magic only") << QByteArray(".eif") << FileType::Eif;
        QTest::newRow("almost eif") << QByteArray(".eih\x00\x04", 6) << FileType::Unknown;
        QTest::newRow("cose untagged") << cose << FileType::CoseCbor;
        QTest::newRow("cose tag 18") << (QByteArray("\xd2", 1) + cose) << FileType::CoseCbor;
        QTest::newRow("hex lower") << cose.toHex() << FileType::CoseHex;
        QTest::newRow("hex upper + newline") << QByteArray(cose.toHex().toUpper() + "\n") << FileType::CoseHex;
        QTest::newRow("hex tagged") << QByteArray("d2" + cose.toHex()) << FileType::CoseHex;
        QTest::newRow("hex not cose") << QByteArray("a0b1c2d3e4f5") << FileType::Unknown;
        QTest::newRow("base64") << cose.toBase64() << FileType::CoseBase64;
        QTest::newRow("base64 wrapped") << QByteArray(cose.toBase64().insert(8, "\r\n") + "\n") << FileType::CoseBase64;
        QTest::newRow("base64url") << cose.toBase64(QByteArray::Base64UrlEncoding) << FileType::CoseBase64;
        QTest::newRow("base64 tagged") << QByteArray(QByteArray("\xd2", 1) + cose).toBase64() << FileType::CoseBase64;
        QTest::newRow("hex then junk") << QByteArray("8444a101!!") << FileType::CoseHex;
        QTest::newRow("json") << QByteArray("{\"Measurements\": {}}") << FileType::Unknown;
        QTest::newRow("elf") << QByteArray("\x7f" "ELF\x02\x01\x01", 7) << FileType::Unknown;
        QTest::newRow("short text") << QByteArray("84") << FileType::Unknown;
        QTest::newRow("plain words") << QByteArray("hello world") << FileType::Unknown;
    }
    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(FileType, expected);
        QCOMPARE(FileTypeDetector::detect(head), expected);
    }

    void decodeText_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("decoded");
        QTest::addColumn<qint64>("errorOffset"); // -2: success
        const QByteArray cose = QByteArray::fromHex("8444a1013822a0590011");
        QTest::newRow("hex") << int(FileType::CoseHex) << QByteArray(cose.toHex() + "\n") << cose << qint64(-2);
        QTest::newRow("hex spaced") << int(FileType::CoseHex) << QByteArray("84 44\na1") << QByteArray::fromHex("8444a1")
                                    << qint64(-2);
        QTest::newRow("hex bad char") << int(FileType::CoseHex) << QByteArray("8444zz") << QByteArray() << qint64(4);
        QTest::newRow("hex odd") << int(FileType::CoseHex) << QByteArray("84441") << QByteArray() << qint64(5);
        QTest::newRow("base64") << int(FileType::CoseBase64) << cose.toBase64() << cose << qint64(-2);
        QTest::newRow("base64url") << int(FileType::CoseBase64) << cose.toBase64(QByteArray::Base64UrlEncoding) << cose
                                   << qint64(-2);
        QTest::newRow("base64 bad char") << int(FileType::CoseBase64) << QByteArray("hEShA*gi") << QByteArray()
                                         << qint64(5);
    }
    void decodeText()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, decoded);
        QFETCH(qint64, errorOffset);
        const auto result = FileTypeDetector::decodeText(FileType(type), text);
        if (errorOffset == -2) {
            QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
            QCOMPARE(*result, decoded);
        } else {
            QVERIFY(!result.has_value());
            QCOMPARE(result.error().offset, errorOffset);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void realFixturesDetected()
    {
        QFile cbor(QStringLiteral(TEST_DATA_DIR "/attestation/sparsity-attestation2-2023-09-28.cbor"));
        QVERIFY(cbor.open(QIODevice::ReadOnly));
        const QByteArray doc = cbor.readAll();
        QCOMPARE(FileTypeDetector::detect(doc), FileType::CoseCbor);
        QCOMPARE(FileTypeDetector::detect(doc.toBase64()), FileType::CoseBase64);
        QCOMPARE(FileTypeDetector::detect(doc.toHex()), FileType::CoseHex);
        QCOMPARE(*FileTypeDetector::decodeText(FileType::CoseBase64, doc.toBase64()), doc);

        QFile eif(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        QVERIFY(eif.open(QIODevice::ReadOnly));
        QCOMPARE(FileTypeDetector::detect(eif.read(FileTypeDetector::HeadSize)), FileType::Eif);
    }
};

QTEST_MAIN(TestFileType)
#include "tst_filetype.moc"

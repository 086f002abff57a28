#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "measure/inputdetector.h"

using namespace enclave;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const QByteArray Pcr = QByteArray(96, 'a');
} // namespace

// The one input detector (rows of the former widgets FileTypeDetector test, plus the JSON shapes
// the measurements loader and Compare accept).
class TestInputDetector final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<InputKind>("expected");
        const QByteArray cose = QByteArray::fromHex("8444a1013822a0590011");
        QTest::newRow("empty") << QByteArray() << InputKind::Empty;
        QTest::newRow("eif magic") << QByteArray(".eif\x00\x04", 6) << InputKind::Eif;
        QTest::newRow("eif magic only") << QByteArray(".eif") << InputKind::Eif;
        QTest::newRow("almost eif") << QByteArray(".eih\x00\x04", 6) << InputKind::Unknown;
        QTest::newRow("cose untagged") << cose << InputKind::CoseCbor;
        QTest::newRow("cose tag 18") << (QByteArray("\xd2", 1) + cose) << InputKind::CoseCbor;
        QTest::newRow("hex lower") << cose.toHex() << InputKind::CoseHex;
        QTest::newRow("hex upper + newline")
            << QByteArray(cose.toHex().toUpper() + "\n") << InputKind::CoseHex;
        QTest::newRow("hex tagged") << QByteArray("d2" + cose.toHex()) << InputKind::CoseHex;
        QTest::newRow("0x hex") << QByteArray("0x" + cose.toHex() + "\n") << InputKind::CoseHex;
        QTest::newRow("hex not cose") << QByteArray("a0b1c2d3e4f5") << InputKind::Unknown;
        QTest::newRow("base64") << cose.toBase64() << InputKind::CoseBase64;
        QTest::newRow("base64 wrapped")
            << QByteArray(cose.toBase64().insert(8, "\r\n") + "\n") << InputKind::CoseBase64;
        QTest::newRow("base64url") << cose.toBase64(QByteArray::Base64UrlEncoding) << InputKind::CoseBase64;
        QTest::newRow("base64 tagged")
            << QByteArray(QByteArray("\xd2", 1) + cose).toBase64() << InputKind::CoseBase64;
        QTest::newRow("hex then junk") << QByteArray("8444a101!!") << InputKind::CoseHex;
        QTest::newRow("elf") << QByteArray("\x7f"
                                           "ELF\x02\x01\x01",
            7) << InputKind::Unknown;
        QTest::newRow("short text") << QByteArray("84") << InputKind::Unknown;
        QTest::newRow("plain words") << QByteArray("hello world") << InputKind::Unknown;
        // JSON: recognised by shape, from the whole document only.
        QTest::newRow("nitro-cli build")
            << QByteArray("{\"Measurements\": {\"PCR0\": \"" + Pcr + "\"}}") << InputKind::NitroCliJson;
        QTest::newRow("nitro-cli after progress lines") << QByteArray(
            "Start building the Enclave Image...\nUsing the locally available Docker image...\n"
            "{\"Measurements\": {\"PCR0\": \""
            + Pcr + "\"}}\n") << InputKind::NitroCliJson;
        QTest::newRow("describe-enclaves")
            << QByteArray("[{\"EnclaveID\": \"i-0\", \"Measurements\": {\"PCR0\": \"" + Pcr + "\"}}]")
            << InputKind::NitroCliJson;
        QTest::newRow("describe-eif json") << QByteArray(
            "{\"Measurements\": {\"PCR0\": \"" + Pcr + "\"}, \"Sections\": [], \"Architecture\": \"x86_64\"}")
                                           << InputKind::DescribeEifJson;
        QTest::newRow("kms key policy")
            << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": []}") << InputKind::KmsKeyPolicy;
        QTest::newRow("expectations") << QByteArray("{\"PCR0\": \"" + Pcr + "\"}") << InputKind::Expectations;
        QTest::newRow("json prefix") << QByteArray("{\"Measurements\": {\"PCR0\": \"aa")
                                     << InputKind::Unknown;
        QTest::newRow("other json") << QByteArray("{\"a\": 1}") << InputKind::Unknown;
        QTest::newRow("text then other json") << QByteArray("hello\n{\"a\": 1}") << InputKind::Unknown;
    }
    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(InputKind, expected);
        QCOMPARE(InputDetector::detect(head), expected);
    }

    void decodeText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("decoded");
        QTest::addColumn<qint64>("errorOffset"); // -2: success
        const QByteArray cose = QByteArray::fromHex("8444a1013822a0590011");
        QTest::newRow("hex") << int(InputKind::CoseHex) << QByteArray(cose.toHex() + "\n") << cose
                             << qint64(-2);
        QTest::newRow("hex spaced") << int(InputKind::CoseHex) << QByteArray("84 44\na1")
                                    << QByteArray::fromHex("8444a1") << qint64(-2);
        QTest::newRow("hex bad char")
            << int(InputKind::CoseHex) << QByteArray("8444zz") << QByteArray() << qint64(4);
        QTest::newRow("0x hex") << int(InputKind::CoseHex) << QByteArray(" 0x" + cose.toHex()) << cose
                                << qint64(-2);
        QTest::newRow("hex odd") << int(InputKind::CoseHex) << QByteArray("84441") << QByteArray()
                                 << qint64(5);
        QTest::newRow("base64") << int(InputKind::CoseBase64) << cose.toBase64() << cose << qint64(-2);
        QTest::newRow("base64url") << int(InputKind::CoseBase64)
                                   << cose.toBase64(QByteArray::Base64UrlEncoding) << cose << qint64(-2);
        QTest::newRow("base64 bad char")
            << int(InputKind::CoseBase64) << QByteArray("hEShA*gi") << QByteArray() << qint64(5);
        QTest::newRow("binary passes through") << int(InputKind::CoseCbor) << cose << cose << qint64(-2);
    }
    void decodeText()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, decoded);
        QFETCH(qint64, errorOffset);
        const auto result = InputDetector::decodeText(InputKind(kind), text);
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
        const QByteArray doc
            = readAll(QStringLiteral(TEST_DATA_DIR "/attestation/sparsity-attestation2-2023-09-28.cbor"));
        QVERIFY(!doc.isEmpty());
        QCOMPARE(InputDetector::detect(doc), InputKind::CoseCbor);
        QCOMPARE(InputDetector::detect(doc.toBase64()), InputKind::CoseBase64);
        QCOMPARE(InputDetector::detect(doc.toHex()), InputKind::CoseHex);
        QCOMPARE(*InputDetector::decodeText(InputKind::CoseBase64, doc.toBase64()), doc);
        QCOMPARE(
            InputDetector::detect(
                readAll(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif")).left(InputDetector::HeadSize)),
            InputKind::Eif);
    }

    // detectFile reads the whole file when the head may be JSON (a policy larger than the head).
    void detectFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<InputKind>("expected");
        QByteArray bigPolicy = "{\"Version\": \"2012-10-17\", \"Statement\": [";
        for (int i = 0; i < 200; ++i)
            bigPolicy += QByteArray(i ? "," : "") + "{\"Sid\": \"s" + QByteArray::number(i)
                + "\", \"Effect\": \"Allow\"}";
        bigPolicy += "]}";
        QVERIFY(bigPolicy.size() > InputDetector::HeadSize);
        QTest::newRow("policy beyond the head") << bigPolicy << InputKind::KmsKeyPolicy;
        QTest::newRow("eif") << readAll(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"))
                             << InputKind::Eif;
        QTest::newRow("empty") << QByteArray() << InputKind::Empty;
        QTest::newRow("text") << QByteArray(InputDetector::HeadSize * 2, 'x') << InputKind::Unknown;
    }
    void detectFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(InputKind, expected);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto kind = InputDetector::detectFile(path);
        QVERIFY(kind);
        QCOMPARE(*kind, expected);
    }

    void detectFileErrors()
    {
        QVERIFY(!InputDetector::detectFile(m_dir.filePath(QStringLiteral("missing"))));
        QCOMPARE(InputDetector::detectFile(m_dir.path()).error().code, Error::Code::Io);
    }

    void caps()
    {
        for (InputKind k : { InputKind::CoseCbor, InputKind::CoseHex, InputKind::NitroCliJson,
                 InputKind::KmsKeyPolicy, InputKind::Expectations, InputKind::Unknown })
            QVERIFY(InputDetector::maxSize(k) > 0
                && InputDetector::maxSize(k) <= InputDetector::MaxWholeFileSize);
        QCOMPARE(InputDetector::maxSize(InputKind::Eif), qint64(-1));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestInputDetector)
#include "tst_inputdetector.moc"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include "measure/nitroclijson.h"
#include "measure/pcrtextparser.h"

using namespace enclave;

// Pasted expected PCRs (moved here with widgets/expectedpcrs.cpp's parser): every shape users paste.
namespace {
const QString P0 = QStringLiteral(
    "20465c702d4d5956cf9b32bc8e4b8bb556909056002f7bdfa7271b50e2174be50e78094b9ff233d2e6ef04b5ef64851f");
const QString P1 = QStringLiteral(
    "d91c61d1477b6fbe53109052b02ff5edaafcc815efe75c397ba1d6971c28a2c2e6ea420e318ffbf8172863c0a8043cbe");
} // namespace

class TestPcrTextParser final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("indexes"); // empty + ok=false: an error
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << QList<int>() << true;
        QTest::newRow("nitro-cli describe-eif") << QStringLiteral(
            "{\"EifVersion\": 4, \"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\", \"PCR0\": \"%1\", "
            "\"PCR1\": \"%2\"}, \"IsSigned\": false}")
                                                       .arg(P0, P1)
                                                << QList<int> { 0, 1 } << true;
        QTest::newRow("describe-enclaves array")
            << QStringLiteral("[{\"EnclaveName\": \"x\", \"Measurements\": {\"PCR0\": \"%1\"}}]").arg(P0)
            << QList<int> { 0 } << true;
        QTest::newRow("kms policy") << QStringLiteral(
            "{\"Condition\": {\"StringEqualsIgnoreCase\": {\"kms:RecipientAttestation:PCR0\": \"%1\", "
            "\"kms:RecipientAttestation:PCR1\": \"%2\"}}}")
                                           .arg(P0, P1.toUpper())
                                    << QList<int> { 0, 1 } << true;
        QTest::newRow("whole kms policy") << QStringLiteral(
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
            "\"kms:Decrypt\", "
            "\"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:role/r\"}, \"Resource\": \"*\", "
            "\"Condition\": {\"StringEqualsIgnoreCase\": {\"kms:RecipientAttestation:PCR1\": \"%1\"}}}]}")
                                                 .arg(P0)
                                          << QList<int> { 1 } << true;
        QTest::newRow("expectations file")
            << QStringLiteral("{\"PCR0\": \"%1\", \"PCR8\": \"%2\"}").arg(P0, P1) << QList<int> { 0, 8 }
            << true;
        QTest::newRow("lines") << QStringLiteral("PCR0: %1\npcr1=%2\n# comment\n\n").arg(P0, P1)
                               << QList<int> { 0, 1 } << true;
        QTest::newRow("bare index") << QStringLiteral("8 %1").arg(P0) << QList<int> { 8 } << true;
        QTest::newRow("quoted with comma")
            << QStringLiteral("PCR2: \"%1\",").arg(P0) << QList<int> { 2 } << true;
        QTest::newRow("0x prefix") << QStringLiteral("PCR4: 0x%1").arg(P0) << QList<int> { 4 } << true;
        QTest::newRow("short value") << QStringLiteral("PCR0: abcd") << QList<int>() << false;
        QTest::newRow("no such register") << QStringLiteral("PCR32: %1").arg(P0) << QList<int>() << false;
        QTest::newRow("garbage line") << QStringLiteral("PCR0: %1\nhello").arg(P0) << QList<int>() << false;
        QTest::newRow("bad json") << QStringLiteral("{\"PCR0\": ") << QList<int>() << false;
        QTest::newRow("json without pcrs") << QStringLiteral("{\"a\": 1}") << QList<int>() << false;
        QTest::newRow("json bad hex") << QStringLiteral("{\"PCR0\": \"zz\"}") << QList<int>() << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, indexes);
        QFETCH(bool, ok);
        const auto result = PcrTextParser::parse(text);
        QCOMPARE(result.has_value(), ok);
        if (!ok) {
            QVERIFY(!result.error().message.isEmpty());
            return;
        }
        QCOMPARE(result->indexes(), indexes);
        for (int i : result->indexes())
            QCOMPARE(result->value(i).size(), 48);
        if (indexes.contains(0))
            QCOMPARE(result->value(0), QByteArray::fromHex(P0.toLatin1()));
    }

    // What the GUI copies (NitroCliJson) pastes back to the same values.
    void nitroCliJsonRoundTrip()
    {
        const Measurements pcrs { { 0, QByteArray::fromHex(P0.toLatin1()) },
            { 1, QByteArray::fromHex(P1.toLatin1()) } };
        const QString json = QString::fromUtf8(NitroCliJson::buildInfo(pcrs));
        const QJsonObject m = QJsonDocument::fromJson(json.toUtf8())
                                  .object()
                                  .value(QStringLiteral("Measurements"))
                                  .toObject();
        QCOMPARE(m.value(QStringLiteral("PCR0")).toString(), P0);
        QCOMPARE(m.value(QStringLiteral("HashAlgorithm")).toString(), QStringLiteral("Sha384 { ... }"));
        QVERIFY(json.indexOf(QStringLiteral("HashAlgorithm")) < json.indexOf(QStringLiteral("PCR0")));
        const auto back = PcrTextParser::parse(json);
        QVERIFY(back);
        QCOMPARE(back->indexes(), pcrs.indexes());
        for (int i : pcrs.indexes())
            QCOMPARE(back->value(i), pcrs.value(i));
        const QString one = QString::fromUtf8(NitroCliJson::pcr(8, pcrs.value(1)));
        QCOMPARE(QJsonDocument::fromJson(one.toUtf8()).object().value(QStringLiteral("PCR8")).toString(), P1);
        QCOMPARE(PcrTextParser::parse(one)->value(8), pcrs.value(1));
    }
};

QTEST_GUILESS_MAIN(TestPcrTextParser)
#include "tst_pcrtextparser.moc"

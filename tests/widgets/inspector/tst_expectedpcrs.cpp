#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include "inspector/expectedpcrs.h"

using namespace enclave;
using namespace enclave::ui;

namespace {
const QString P0 = QStringLiteral("20465c702d4d5956cf9b32bc8e4b8bb556909056002f7bdfa7271b50e2174be50e78094b9ff233d2e6ef04b5ef64851f");
const QString P1 = QStringLiteral("d91c61d1477b6fbe53109052b02ff5edaafcc815efe75c397ba1d6971c28a2c2e6ea420e318ffbf8172863c0a8043cbe");
} // namespace

class TestExpectedPcrs final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("indexes"); // empty + ok=false: an error
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << QList<int>() << true;
        QTest::newRow("nitro-cli describe-eif")
            << QStringLiteral("{\"EifVersion\": 4, \"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\", \"PCR0\": \"%1\", "
                              "\"PCR1\": \"%2\"}, \"IsSigned\": false}").arg(P0, P1)
            << QList<int>{0, 1} << true;
        QTest::newRow("describe-enclaves array")
            << QStringLiteral("[{\"EnclaveName\": \"x\", \"Measurements\": {\"PCR0\": \"%1\"}}]").arg(P0)
            << QList<int>{0} << true;
        QTest::newRow("kms policy")
            << QStringLiteral("{\"Condition\": {\"StringEqualsIgnoreCase\": {\"kms:RecipientAttestation:PCR0\": \"%1\", "
                              "\"kms:RecipientAttestation:PCR1\": \"%2\"}}}").arg(P0, P1.toUpper())
            << QList<int>{0, 1} << true;
        QTest::newRow("lines") << QStringLiteral("PCR0: %1\npcr1=%2\n# comment\n\n").arg(P0, P1) << QList<int>{0, 1} << true;
        QTest::newRow("bare index") << QStringLiteral("8 %1").arg(P0) << QList<int>{8} << true;
        QTest::newRow("quoted with comma") << QStringLiteral("PCR2: \"%1\",").arg(P0) << QList<int>{2} << true;
        QTest::newRow("short value") << QStringLiteral("PCR0: abcd") << QList<int>() << false;
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
        const auto result = ExpectedPcrs::parse(text);
        QCOMPARE(result.has_value(), ok);
        if (!ok) {
            QVERIFY(!result.error().message.isEmpty());
            return;
        }
        QCOMPARE(result->keys(), indexes);
        for (const QByteArray &v : *result)
            QCOMPARE(v.size(), 48);
        if (indexes.contains(0))
            QCOMPARE(result->value(0), QByteArray::fromHex(P0.toLatin1()));
    }

    void nitroCliJsonRoundTrip()
    {
        const QMap<int, QByteArray> pcrs{{0, QByteArray::fromHex(P0.toLatin1())}, {1, QByteArray::fromHex(P1.toLatin1())}};
        const QString json = ExpectedPcrs::toNitroCliJson(pcrs);
        const QJsonObject m = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("Measurements")).toObject();
        QCOMPARE(m.value(QStringLiteral("PCR0")).toString(), P0);
        QCOMPARE(m.value(QStringLiteral("HashAlgorithm")).toString(), QStringLiteral("Sha384 { ... }"));
        QVERIFY(json.indexOf(QStringLiteral("HashAlgorithm")) < json.indexOf(QStringLiteral("PCR0")));
        QCOMPARE(*ExpectedPcrs::parse(json), pcrs);
        const QString one = ExpectedPcrs::toNitroCliJson({{8, pcrs.value(1)}}, false);
        QCOMPARE(QJsonDocument::fromJson(one.toUtf8()).object().value(QStringLiteral("PCR8")).toString(), P1);
    }
};

QTEST_MAIN(TestExpectedPcrs)
#include "tst_expectedpcrs.moc"

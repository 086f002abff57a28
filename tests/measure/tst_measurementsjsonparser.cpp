#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "measure/measurementsjsonparser.h"

using namespace enclave;
using T = Measurements::SourceType;

namespace {

// The docs/image_signing.md sample of nitro-cli build-enclave (eif-format.md §10).
const char *const P0
    = "55c0acc442fd815e161f100c45810298f5c37ce9f61b675e4f8ba82e32b9bab3b674a6ef557eaa7db7577221683bbe9f";
const char *const P1
    = "aca6e62ffbf5f7deccac452d7f8cee1b94048faf62afc16c8ab68c9fed8c38010c73a669f9a36e596032f0b973d21895";
const char *const P2
    = "41e46bdda449ee3fd792772e5b766cb090d2a4a1b0e5a0c5e52c84d426c76cfd298ea725500a107e71399697df2ae2eb";
const char *const P8
    = "70da58334a884328944cd806127c7784677ab60a154249fd21546a217299ccfa1ebfe4fa96a163bf41d3bcfaebe68f6f";

QByteArray fill(const char *json)
{
    QByteArray s(json);
    s.replace("@P0", P0).replace("@P1", P1).replace("@P2", P2).replace("@P8", P8);
    s.replace("@U0", QByteArray(P0).toUpper());
    return s;
}

// "0=P0,1=P1" in the table -> what the parser must return.
QString expectedPcrs(const char *spec)
{
    QString s = QString::fromLatin1(spec);
    s.replace(QLatin1StringView("P0"), QLatin1StringView(P0))
        .replace(QLatin1StringView("P1"), QLatin1StringView(P1))
        .replace(QLatin1StringView("P2"), QLatin1StringView(P2))
        .replace(QLatin1StringView("P8"), QLatin1StringView(P8));
    return s;
}

QString actualPcrs(const Measurements &m)
{
    QStringList parts;
    for (int i : m.indexes())
        parts.append(QStringLiteral("%1=%2").arg(i).arg(hex::encode(m.value(i))));
    return parts.join(u',');
}

} // namespace

class TestMeasurementsJsonParser final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("pcrs");
        QTest::addColumn<QString>("note"); // a substring of some note, or empty
        QTest::addColumn<bool>("impliedZero8");

        QTest::newRow("nitro-cli build-enclave, Sha384 { ... }") << fill(
            "{\"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\", \"PCR0\": \"@P0\", \"PCR1\": \"@P1\","
            " \"PCR2\": \"@P2\", \"PCR8\": \"@P8\"}}") << int(T::NitroCliJson)
                                                                 << expectedPcrs("0=P0,1=P1,2=P2,8=P8")
                                                                 << QString() << true;
        QTest::newRow("nitro-cli 1.5 label Sha512_48 { .. }")
            << fill("{\"Measurements\": {\"HashAlgorithm\": \"Sha512_48 { .. }\", \"PCR0\": \"@P0\", "
                    "\"PCR1\": \"@P1\", \"PCR2\": \"@P2\"}}")
            << int(T::NitroCliJson) << expectedPcrs("0=P0,1=P1,2=P2") << QString() << true;
        QTest::newRow("nitro-cli describe-eif") << fill(
            "{\"EifVersion\": 4, \"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\", \"PCR0\": \"@P0\","
            " \"PCR1\": \"@P1\", \"PCR2\": \"@P2\"}, \"IsSigned\": false, \"CheckCRC\": true, \"ImageName\": "
            "\"x\"}") << int(T::NitroCliJson) << expectedPcrs("0=P0,1=P1,2=P2")
                                                << QString() << true;
        QTest::newRow("nitro-cli describe-enclaves (one enclave)")
            << fill("[{\"EnclaveName\": \"hello\", \"EnclaveID\": \"i-0-enc1\", \"State\": \"RUNNING\","
                    " \"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\", \"PCR0\": \"@P0\", \"PCR1\": "
                    "\"@P1\", \"PCR2\": \"@P2\"}}]")
            << int(T::NitroCliJson) << expectedPcrs("0=P0,1=P1,2=P2") << QString() << true;
        QTest::newRow("enclave-tool describe-eif")
            << fill("{\"EifVersion\": 4, \"Architecture\": \"x86_64\", \"Sections\": [],"
                    " \"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\", \"PCR0\": \"@P0\", \"PCR1\": "
                    "\"@P1\", \"PCR2\": \"@P2\"}}")
            << int(T::DescribeEifJson) << expectedPcrs("0=P0,1=P1,2=P2") << QString() << true;
        QTest::newRow("unknown hash label")
            << fill("{\"Measurements\": {\"HashAlgorithm\": \"Sha256 { .. }\", \"PCR0\": \"@P0\"}}")
            << int(T::NitroCliJson) << expectedPcrs("0=P0") << QStringLiteral("unrecognised HashAlgorithm")
            << true;

        QTest::newRow("KMS policy, AWS example shape")
            << fill("{\"Version\": \"2012-10-17\", \"Statement\": ["
                    " {\"Sid\": \"Enable IAM policies\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
                    "\"arn:aws:iam::111122223333:root\"},"
                    " \"Action\": \"kms:*\", \"Resource\": \"*\"},"
                    " {\"Sid\": \"Enable enclave data processing\", \"Effect\": \"Allow\","
                    " \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/data-processing\"},"
                    " \"Action\": [\"kms:Decrypt\", \"kms:GenerateDataKey\"], \"Resource\": \"*\","
                    " \"Condition\": {\"StringEqualsIgnoreCase\": {"
                    " \"kms:RecipientAttestation:ImageSha384\": \"@P0\","
                    " \"kms:RecipientAttestation:PCR1\": \"@P1\","
                    " \"kms:RecipientAttestation:PCR2\": \"@P2\"}}}]}")
            << int(T::KmsKeyPolicy) << expectedPcrs("0=P0,1=P1,2=P2") << QString() << false;
        QTest::newRow("KMS policy, key names in any case, one statement object")
            << fill("{\"statement\": {\"effect\": \"Allow\", \"condition\": {\"StringEqualsIgnoreCase\": {"
                    " \"KMS:RECIPIENTATTESTATION:IMAGESHA384\": \"@U0\", \"kms:recipientattestation:pcr8\": "
                    "\"@P8\"}}}}")
            << int(T::KmsKeyPolicy) << expectedPcrs("0=P0,8=P8") << QString() << false;
        QTest::newRow("KMS policy, Deny + StringNotEquals requires the value") << fill(
            "{\"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\","
            " \"Condition\": {\"StringNotEqualsIgnoreCase\": {\"kms:RecipientAttestation:PCR0\": "
            "\"@P0\"}}}]}") << int(T::KmsKeyPolicy) << expectedPcrs("0=P0") << QString()
                                                                               << false;
        QTest::newRow("KMS policy, case-sensitive StringEquals with upper-case hex")
            << fill("{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": {\"StringEquals\": {"
                    " \"kms:RecipientAttestation:ImageSha384\": \"@U0\"}}}]}")
            << int(T::KmsKeyPolicy) << expectedPcrs("0=P0") << QStringLiteral("never matches") << false;
        QTest::newRow("KMS policy, several accepted values")
            << fill("{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": "
                    "{\"ForAnyValue:StringEqualsIgnoreCase\": {"
                    " \"kms:RecipientAttestation:PCR0\": [\"@P0\", \"@P1\"]}}}]}")
            << int(T::KmsKeyPolicy) << expectedPcrs("0=P0") << QStringLiteral("accepts any of 2 values")
            << false;
        QTest::newRow("KMS policy, NitroTPM keys are not enclave PCRs")
            << fill("{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": {\"StringEqualsIgnoreCase\": {"
                    " \"kms:RecipientAttestation:NitroTPMPCR4\": \"@P1\", \"kms:RecipientAttestation:PCR2\": "
                    "\"@P2\"}}}]}")
            << int(T::KmsKeyPolicy) << expectedPcrs("2=P2") << QStringLiteral("NitroTPMPCR4") << false;
        QTest::newRow("KMS policy, debug PCR0") << QByteArray(
            "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": {\"StringEqualsIgnoreCase\": {"
            " \"kms:RecipientAttestation:ImageSha384\": \""
            + QByteArray(96, '0') + "\"}}}]}") << int(T::KmsKeyPolicy)
                                                << QStringLiteral("0=") + QString(96, u'0')
                                                << QStringLiteral("any debug-mode enclave") << false;

        QTest::newRow("expectations")
            << fill("{\"PCR0\": \"@P0\", \"pcr2\": \"@P2\", \"comment\": \"release 1.2\"}")
            << int(T::Expectations) << expectedPcrs("0=P0,2=P2") << QStringLiteral("comment") << false;
        QTest::newRow("expectations under pcrs with numeric keys")
            << fill("{\"pcrs\": {\"0\": \"@P0\", \"PCR8\": \"@P8\"}}") << int(T::Expectations)
            << expectedPcrs("0=P0,8=P8") << QString() << false;
        QTest::newRow("0x prefix") << fill("{\"PCR1\": \"0x@P1\"}") << int(T::Expectations)
                                   << expectedPcrs("1=P1") << QString() << false;
    }
    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, type);
        QFETCH(QString, pcrs);
        QFETCH(QString, note);
        QFETCH(bool, impliedZero8);
        QCOMPARE(int(MeasurementsJsonParser::detect(json)), type);
        auto m = MeasurementsJsonParser::parse(json, QStringLiteral("input.json"));
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().toString()));
        QCOMPARE(int(m->sourceType()), type);
        QCOMPARE(actualPcrs(*m), pcrs);
        QCOMPARE(m->sourceName(), QStringLiteral("input.json"));
        QCOMPARE(m->impliedZero().contains(8), impliedZero8);
        if (!note.isEmpty())
            QVERIFY2(m->notes().join(u'|').contains(note), qPrintable(m->notes().join(u'|')));
        for (int i : m->indexes())
            QVERIFY(!m->find(i)->origin.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("offset");
        using C = Error::Code;
        QTest::newRow("not JSON") << QByteArray("{\"PCR0\": ") << int(C::Malformed)
                                  << QStringLiteral("not valid JSON") << qint64(9);
        QTest::newRow("no measurements") << QByteArray("{\"hello\": \"world\"}") << int(C::Unsupported)
                                         << QStringLiteral("JSON without measurements") << qint64(-1);
        QTest::newRow("non-hex PCR") << fill("{\"Measurements\": {\"PCR0\": \"xyz\"}}") << int(C::Malformed)
                                     << QStringLiteral("Measurements.PCR0: 'xyz' is not hexadecimal")
                                     << qint64(-1);
        QTest::newRow("short PCR") << QByteArray("{\"PCR0\": \"abcd\"}") << int(C::Malformed)
                                   << QStringLiteral("PCR0: 2 bytes is not a PCR value") << qint64(-1);
        QTest::newRow("PCR not a string") << QByteArray("{\"PCR0\": 12}") << int(C::Malformed)
                                          << QStringLiteral("PCR0: expected a hex string") << qint64(-1);
        QTest::newRow("empty Measurements")
            << QByteArray("{\"Measurements\": {\"HashAlgorithm\": \"Sha384 { ... }\"}}") << int(C::Malformed)
            << QStringLiteral("no PCR values") << qint64(-1);
        QTest::newRow("policy without attestation conditions")
            << QByteArray(
                   "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"kms:*\", \"Resource\": \"*\"}]}")
            << int(C::Unsupported) << QStringLiteral("no kms:RecipientAttestation") << qint64(-1);
        QTest::newRow("policy with only StringLike")
            << fill("{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\":"
                    " {\"StringLike\": {\"kms:RecipientAttestation:PCR0\": \"@P0\"}}}]}")
            << int(C::Unsupported) << QStringLiteral("no kms:RecipientAttestation") << qint64(-1);
        QTest::newRow("two enclaves")
            << fill("[{\"Measurements\": {\"PCR0\": \"@P0\"}}, {\"Measurements\": {\"PCR0\": \"@P1\"}}]")
            << int(C::Usage) << QStringLiteral("lists 2 enclaves") << qint64(-1);
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(qint64, offset);
        auto m = MeasurementsJsonParser::parse(json, QStringLiteral("x.json"));
        QVERIFY(!m.has_value());
        QVERIFY2(m.error().message.contains(message), qPrintable(m.error().toString()));
        QCOMPARE(int(m.error().code), code);
        QCOMPARE(m.error().offset, offset);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementsJsonParser)
#include "tst_measurementsjsonparser.moc"

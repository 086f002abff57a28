#include <QStandardPaths>
#include <QTest>

#include "kms/kmspolicy.h"

using namespace enclave;
using namespace Qt::StringLiterals;

class TestKmsPolicy final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("statements");
        QTest::addColumn<int>("conditions");
        QTest::newRow("policy") << QByteArray(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/r"},"Action":["kms:Decrypt"],"Resource":"*","Condition":{"StringEqualsIgnoreCase":{"kms:RecipientAttestation:ImageSha384":"aa","kms:RecipientAttestation:PCR8":["bb","cc"]}}}]})")
                                << true << 1 << 2;
        QTest::newRow("bare statement") << QByteArray(
            R"({"Effect":"Deny","Principal":"*","Action":"kms:*","Condition":{"Null":{"kms:RecipientAttestation:PCR0":"true"}}})")
                                        << true << 1 << 1;
        QTest::newRow("array") << QByteArray(
            R"([{"Effect":"Allow","Action":"kms:Decrypt"},{"Effect":"Deny","Action":"kms:Decrypt"}])")
                               << true << 2 << 0;
        QTest::newRow("statement object")
            << QByteArray(R"({"Statement":{"Effect":"Allow","Action":"kms:Decrypt"}})") << true << 1 << 0;
        QTest::newRow("qualifier+ifexists") << QByteArray(
            R"({"Effect":"Allow","Action":"kms:Decrypt","Condition":{"ForAnyValue:StringEqualsIgnoreCaseIfExists":{"kms:RecipientAttestation:PCR1":"aa"}}})")
                                            << true << 1 << 1;
        QTest::newRow("not json") << QByteArray("{\"Statement\": [") << false << 0 << 0;
        QTest::newRow("number") << QByteArray("42") << false << 0 << 0;
        QTest::newRow("bad effect") << QByteArray(R"({"Effect":"Maybe","Action":"kms:Decrypt"})") << false
                                    << 0 << 0;
        QTest::newRow("action number") << QByteArray(R"({"Effect":"Allow","Action":7})") << false << 0 << 0;
        QTest::newRow("condition array")
            << QByteArray(R"({"Effect":"Allow","Action":"a","Condition":[]})") << false << 0 << 0;
        QTest::newRow("string principal")
            << QByteArray(R"({"Effect":"Allow","Action":"a","Principal":"arn:x"})") << false << 0 << 0;
        QTest::newRow("neither") << QByteArray(R"({"Version":"2012-10-17"})") << false << 0 << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(int, statements);
        QFETCH(int, conditions);
        const auto p = KmsPolicy::parse(json);
        QCOMPARE(p.has_value(), ok);
        if (!ok) {
            QVERIFY(!p.error().message.isEmpty());
            return;
        }
        QCOMPARE(p->statements().size(), statements);
        QCOMPARE(p->statements().first().conditions.size(), conditions);
    }

    void conditionDetails()
    {
        const auto p = KmsPolicy::parse(
            R"({"Effect":"Allow","Sid":"S","Principal":{"AWS":["arn:aws:iam::123456789012:role/r","arn:aws:iam::123456789012:root"]},"NotAction":"kms:Encrypt","Condition":{"ForAllValues:StringLikeIfExists":{"kms:RecipientAttestation:PCR2":["a*",true]}}})");
        QVERIFY(p);
        const KmsPolicyStatement &st = p->statements().first();
        QCOMPARE(st.sid, u"S"_s);
        QCOMPARE(st.label(), u"statement 0 (S)"_s);
        QCOMPARE(st.principals.size(), 2);
        QVERIFY(st.notAction);
        QVERIFY(st.hasAttestationCondition());
        const KmsPolicyCondition &c = st.conditions.first();
        QCOMPARE(c.setQualifier, u"ForAllValues"_s);
        QCOMPARE(c.baseOperator, u"StringLike"_s);
        QVERIFY(c.ifExists);
        QCOMPARE(c.key.pcrIndex(), 2);
        QCOMPARE(c.values, (QStringList { u"a*"_s, u"true"_s }));
        QVERIFY(c.nonStringValue);
    }

    void jsonErrorOffset()
    {
        const auto p = KmsPolicy::parse("{\n  \"Statement\": [ }");
        QVERIFY(!p);
        QVERIFY(p.error().offset > 0);
    }

    void sizeLimit()
    {
        const QByteArray huge = "[" + QByteArray(2 << 20, ' ') + "]";
        const auto p = KmsPolicy::parse(huge);
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestKmsPolicy)
#include "tst_kmspolicy.moc"

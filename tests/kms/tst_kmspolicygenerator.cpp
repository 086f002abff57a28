#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "kms/kmspolicy.h"
#include "kms/kmspolicychecker.h"
#include "kms/kmspolicygenerator.h"
#include "kms/kmspolicyjson.h"
#include "measure/measurementsjsonparser.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {
const QString Role = u"arn:aws:iam::123456789012:role/EnclaveParent"_s;

QByteArray pcrValue(char fill)
{
    return QByteArray(48, fill);
}

KmsPolicyOptions baseOptions()
{
    KmsPolicyOptions o;
    o.principal = Role;
    o.pcrValues.insert(0, { pcrValue('\xA0') });
    o.pcrValues.insert(1, { pcrValue('\x11') });
    o.pcrValues.insert(2, { pcrValue('\x22') });
    return o;
}
} // namespace

class TestKmsPolicyGenerator final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void allowStatementShape()
    {
        KmsPolicyOptions o = baseOptions();
        o.actions = { u"kms:Decrypt"_s, u"kms:GenerateDataKey"_s };
        const auto st = KmsPolicyGenerator::allowStatement(o);
        QVERIFY2(st.has_value(), qPrintable(st ? QString() : st.error().message));
        QCOMPARE(st->value(u"Effect").toString(), u"Allow"_s);
        QCOMPARE(st->value(u"Principal").toObject().value(u"AWS").toString(), Role);
        QCOMPARE(st->value(u"Action").toArray().toVariantList().size(), 2);
        QCOMPARE(st->value(u"Resource").toString(), u"*"_s);
        const QJsonObject cond = st->value(u"Condition").toObject();
        QCOMPARE(cond.keys(), QStringList { u"StringEqualsIgnoreCase"_s });
        const QJsonObject keys = cond.value(u"StringEqualsIgnoreCase").toObject();
        QCOMPARE(keys.size(), 3);
        QCOMPARE(
            keys.value(u"kms:RecipientAttestation:ImageSha384").toString(), hex::encode(pcrValue('\xA0')));
        QCOMPARE(keys.value(u"kms:RecipientAttestation:PCR1").toString(), QString(48 * 2, u'1'));
        static const QRegularExpression lowerHex(u"^[0-9a-f]{96}$"_s);
        for (const QString &k : keys.keys())
            QVERIFY(lowerHex.match(keys.value(k).toString()).hasMatch());
    }

    void pcr0Style()
    {
        KmsPolicyOptions o = baseOptions();
        o.pcr0Style = KmsConditionKey::Pcr0Style::Pcr0;
        const auto st = KmsPolicyGenerator::allowStatement(o);
        QVERIFY(st);
        const QJsonObject keys
            = st->value(u"Condition").toObject().value(u"StringEqualsIgnoreCase").toObject();
        QVERIFY(keys.contains(u"kms:RecipientAttestation:PCR0"));
        QVERIFY(!keys.contains(u"kms:RecipientAttestation:ImageSha384"));
    }

    void rollingUpgradeValues()
    {
        KmsPolicyOptions o = baseOptions();
        o.pcrValues[0] = { pcrValue('\x01'), pcrValue('\x02'), pcrValue('\x01') }; // duplicate dropped
        const auto st = KmsPolicyGenerator::allowStatement(o);
        QVERIFY(st);
        const QJsonValue v = st->value(u"Condition")
                                 .toObject()
                                 .value(u"StringEqualsIgnoreCase")
                                 .toObject()
                                 .value(u"kms:RecipientAttestation:ImageSha384");
        QVERIFY(v.isArray());
        QCOMPARE(v.toArray().size(), 2);
        QCOMPARE(v.toArray().at(0).toString(), hex::encode(pcrValue('\x01')));
        QCOMPARE(v.toArray().at(1).toString(), hex::encode(pcrValue('\x02')));
    }

    void denyStatements()
    {
        KmsPolicyOptions o = baseOptions();
        const auto deny = KmsPolicyGenerator::denyStatements(o);
        QVERIFY(deny);
        QCOMPARE(deny->size(), 3); // one per bound PCR: conditions inside one statement are ANDed
        for (const QJsonValue &v : *deny) {
            const QJsonObject st = v.toObject();
            QCOMPARE(st.value(u"Effect").toString(), u"Deny"_s);
            const QJsonObject c = st.value(u"Condition").toObject();
            QCOMPARE(c.keys(), QStringList { u"StringNotEqualsIgnoreCase"_s });
            QCOMPARE(c.value(u"StringNotEqualsIgnoreCase").toObject().size(), 1);
        }
        o.denyStatements = false;
        QCOMPARE(KmsPolicyGenerator::denyStatements(o)->size(), 0);
    }

    void keyPolicyShape()
    {
        const auto policy = KmsPolicyGenerator::keyPolicy(baseOptions());
        QVERIFY(policy);
        QCOMPARE(policy->value(u"Version").toString(), u"2012-10-17"_s);
        const QJsonArray st = policy->value(u"Statement").toArray();
        QCOMPARE(st.size(), 1 + 1 + 3);
        QCOMPARE(st.at(0).toObject().value(u"Principal").toObject().value(u"AWS").toString(),
            u"arn:aws:iam::123456789012:root"_s);
        QCOMPARE(st.at(1).toObject().value(u"Sid").toString(), u"AllowEnclaveWithAttestation"_s);
    }

    // Generated text parses back and admits exactly the measured enclave.
    void roundTripThroughChecker()
    {
        const auto policy = KmsPolicyGenerator::keyPolicy(baseOptions());
        QVERIFY(policy);
        const QByteArray text = KmsPolicyJson::toText(*policy);
        QVERIFY(text.indexOf("\"Sid\"") < text.indexOf("\"Effect\""));
        QVERIFY(text.indexOf("\"Version\"") < text.indexOf("\"Statement\""));
        const auto parsed = KmsPolicy::parse(text);
        QVERIFY(parsed);
        QCOMPARE(QJsonDocument::fromJson(text).object(), *policy);
        Measurements same { { 0, pcrValue('\xA0') }, { 1, pcrValue('\x11') }, { 2, pcrValue('\x22') } };
        KmsPolicyChecker::Options opts;
        opts.principal = Role;
        QVERIFY(KmsPolicyChecker::check(*parsed, same, opts).allowed);
        Measurements other = same;
        other.insert(2, pcrValue('\x23'));
        const auto r = KmsPolicyChecker::check(*parsed, other, opts);
        QVERIFY(!r.allowed);
        QVERIFY(r.reasons.join(u'\n').contains(u"PCR2"));
    }

    // The measurements loader reads our policies back: same PCRs, same values, rolling lists kept.
    void roundTripThroughMeasurementsLoader()
    {
        KmsPolicyOptions o = baseOptions();
        o.pcrValues[8] = { pcrValue('\x08'), pcrValue('\x09') };
        const auto policy = KmsPolicyGenerator::keyPolicy(o);
        QVERIFY(policy);
        const auto m = MeasurementsJsonParser::parse(KmsPolicyJson::toText(*policy), u"policy.json"_s);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
        QCOMPARE(m->sourceType(), Measurements::SourceType::KmsKeyPolicy);
        QCOMPARE(m->indexes(), (QList<int> { 0, 1, 2, 8 }));
        QCOMPARE(m->value(0), pcrValue('\xA0'));
        QCOMPARE(m->value(2), pcrValue('\x22'));
        QCOMPARE(m->find(8)->accepted, (QList<QByteArray> { pcrValue('\x08'), pcrValue('\x09') }));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<int>("pcr");
        QTest::addColumn<int>("valueBytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad arn") << u"arn:aws:iam::1:role/x"_s << QStringList() << 0 << 48
                                 << u"not an IAM role ARN"_s;
        QTest::newRow("encrypt") << Role << QStringList { u"kms:Encrypt"_s } << 0 << 48 << u"kms:Encrypt"_s;
        QTest::newRow("wildcard action") << Role << QStringList { u"kms:*"_s } << 0 << 48 << u"kms:*"_s;
        QTest::newRow("pcr5") << Role << QStringList() << 5 << 48 << u"PCR5"_s;
        QTest::newRow("short value") << Role << QStringList() << 1 << 32 << u"32 bytes"_s;
        QTest::newRow("no pcr") << Role << QStringList() << -1 << 48 << u"no PCR"_s;
    }
    void errors()
    {
        QFETCH(QString, principal);
        QFETCH(QStringList, actions);
        QFETCH(int, pcr);
        QFETCH(int, valueBytes);
        QFETCH(QString, messagePart);
        KmsPolicyOptions o;
        o.principal = principal;
        o.actions = actions;
        if (pcr >= 0)
            o.pcrValues.insert(pcr, { QByteArray(valueBytes, '\x05') });
        const auto r = KmsPolicyGenerator::keyPolicy(o);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void allSupportedActions()
    {
        KmsPolicyOptions o = baseOptions();
        o.actions = KmsPolicyGenerator::supportedActions();
        QCOMPARE(o.actions.size(), 5);
        QVERIFY(KmsPolicyGenerator::allowStatement(o));
    }
};

QTEST_GUILESS_MAIN(TestKmsPolicyGenerator)
#include "tst_kmspolicygenerator.moc"

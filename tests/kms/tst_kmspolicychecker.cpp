#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "kms/kmspolicy.h"
#include "kms/kmspolicychecker.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {
QString h(char fill)
{
    return hex::encode(QByteArray(48, fill));
}
const QString Role = u"arn:aws:iam::123456789012:role/Parent"_s;

QByteArray allow(const QString &op, const QString &conditions, const QString &principal = Role,
    const QString &action = u"kms:Decrypt"_s)
{
    return uR"({"Effect":"Allow","Principal":{"AWS":"%1"},"Action":"%2","Resource":"*","Condition":{"%3":{%4}}})"_s
        .arg(principal, action, op, conditions)
        .toUtf8();
}
} // namespace

class TestKmsPolicyChecker final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void check_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonPart");
        const QString pcr0 = u"\"kms:RecipientAttestation:ImageSha384\":\"%1\""_s;
        QTest::newRow("match") << allow(u"StringEqualsIgnoreCase"_s, pcr0.arg(h('\x0a'))) << Role
                               << u"kms:Decrypt"_s << true << u"every attestation condition holds"_s;
        QTest::newRow("match upper-case policy")
            << allow(u"StringEqualsIgnoreCase"_s, pcr0.arg(h('\x0a').toUpper())) << Role << u"kms:Decrypt"_s
            << true << QString();
        QTest::newRow("case-sensitive upper") << allow(u"StringEquals"_s, pcr0.arg(h('\x0a').toUpper()))
                                              << Role << u"kms:Decrypt"_s << false << u"PCR0 is 0a0a0a0a"_s;
        QTest::newRow("mismatch") << allow(u"StringEqualsIgnoreCase"_s, pcr0.arg(h('\x0b'))) << Role
                                  << u"kms:Decrypt"_s << false << u"the policy lists 0b0b0b0b"_s;
        QTest::newRow("rolling list") << allow(u"StringEqualsIgnoreCase"_s,
            u"\"kms:RecipientAttestation:PCR0\":[\"%1\",\"%2\"]"_s.arg(h('\x0b'), h('\x0a')))
                                      << Role << u"kms:Decrypt"_s << true << QString();
        QTest::newRow("other principal") << allow(
            u"StringEqualsIgnoreCase"_s, pcr0.arg(h('\x0a')), u"arn:aws:iam::123456789012:role/Other"_s)
                                         << Role << u"kms:Decrypt"_s << false << u"no statement allows"_s;
        QTest::newRow("action not covered") << allow(u"StringEqualsIgnoreCase"_s, pcr0.arg(h('\x0a'))) << Role
                                            << u"kms:GenerateDataKey"_s << false << u"no statement allows"_s;
        QTest::newRow("action wildcard")
            << allow(u"StringEqualsIgnoreCase"_s, pcr0.arg(h('\x0a')), Role, u"kms:Gen*"_s) << Role
            << u"kms:GenerateDataKey"_s << true << QString();
        QTest::newRow("pcr3 unknown from eif")
            << allow(
                   u"StringEqualsIgnoreCase"_s, u"\"kms:RecipientAttestation:PCR3\":\"%1\""_s.arg(h('\x03')))
            << Role << u"kms:Decrypt"_s << false << u"parent instance's IAM role"_s;
        QTest::newRow("nitrotpm never") << allow(
            u"StringEqualsIgnoreCase"_s, u"\"kms:RecipientAttestation:NitroTPMPCR4\":\"%1\""_s.arg(h('\x0a')))
                                        << Role << u"kms:Decrypt"_s << false << u"NitroTPM"_s;
        QTest::newRow("negated allow admits") << allow(u"StringNotEqualsIgnoreCase"_s, pcr0.arg(h('\x0b')))
                                              << Role << u"kms:Decrypt"_s << true << QString();
        QTest::newRow("non-attestation key assumed")
            << allow(u"StringEquals"_s, u"\"kms:ViaService\":\"x\""_s) << Role << u"kms:Decrypt"_s << true
            << u"without any attestation condition"_s;
        QTest::newRow("like") << allow(u"StringLike"_s, pcr0.arg(u"0a0a*"_s)) << Role << u"kms:Decrypt"_s
                              << true << QString();
        QTest::newRow("numeric operator") << allow(u"NumericEquals"_s, pcr0.arg(h('\x0a'))) << Role
                                          << u"kms:Decrypt"_s << false << u"not a string operator"_s;
        const QByteArray withDeny
            = uR"({"Statement":[%1,{"Effect":"Deny","Principal":{"AWS":"%2"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringNotEqualsIgnoreCase":{"kms:RecipientAttestation:PCR1":"%3"}}}]})"_s
                  .arg(QString::fromUtf8(allow(u"StringEqualsIgnoreCase"_s, pcr0.arg(h('\x0a')))), Role,
                      h('\x0e'))
                  .toUtf8();
        QTest::newRow("deny applies")
            << withDeny << Role << u"kms:Decrypt"_s << false << u"denies kms:Decrypt"_s;
        const QByteArray rootOnly
            = uR"({"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]})"_s
                  .toUtf8();
        const QByteArray identityPolicy
            = uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*","Condition":{"StringEqualsIgnoreCase":{"kms:RecipientAttestation:PCR2":"%1"}}}]})"_s
                  .arg(h('\x0d'))
                  .toUtf8();
        QTest::newRow("IAM policy statement (no Principal)")
            << identityPolicy << Role << u"kms:Decrypt"_s << true << QString();
        QTest::newRow("root delegation only")
            << rootOnly << Role << u"kms:Decrypt"_s << false << u"no statement allows"_s;
    }
    void check()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QString, principal);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonPart);
        const auto p = KmsPolicy::parse(policy);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        // An EIF-like source: PCR0/1/2 known, PCR3/4 not.
        const Measurements pcrs { { 0, QByteArray(48, '\x0a') }, { 1, QByteArray(48, '\x0c') },
            { 2, QByteArray(48, '\x0d') } };
        KmsPolicyChecker::Options o;
        o.principal = principal;
        o.action = action;
        const KmsPolicyCheckResult r = KmsPolicyChecker::check(*p, pcrs, o);
        QCOMPARE(r.allowed, allowed);
        if (!reasonPart.isEmpty())
            QVERIFY2(r.reasons.join(u'\n').contains(reasonPart), qPrintable(r.reasons.join(u'\n')));
        QCOMPARE(r.toJson().value(u"Allowed").toBool(), allowed);
    }

    void denyWithMismatchedPcr()
    {
        // Deny-unless statement for PCR1 against a source whose PCR1 differs.
        const QByteArray policy
            = uR"({"Statement":[{"Effect":"Allow","Principal":{"AWS":"%1"},"Action":"kms:Decrypt","Condition":{"StringEqualsIgnoreCase":{"kms:RecipientAttestation:PCR0":"%2"}}},{"Effect":"Deny","Principal":{"AWS":"%1"},"Action":"kms:Decrypt","Condition":{"StringNotEqualsIgnoreCase":{"kms:RecipientAttestation:PCR1":"%3"}}}]})"_s
                  .arg(Role, h('\x0a'), h('\x01'))
                  .toUtf8();
        const auto p = KmsPolicy::parse(policy);
        QVERIFY(p);
        const Measurements pcrs { { 0, QByteArray(48, '\x0a') }, { 1, QByteArray(48, '\x02') } };
        const auto r = KmsPolicyChecker::check(*p, pcrs, { u"kms:Decrypt"_s, Role });
        QVERIFY(!r.allowed);
        QCOMPARE(r.statements.size(), 2);
        QCOMPARE(r.statements.at(1).role, KmsStatementCheck::Role::Deny);
        QVERIFY(r.statements.at(1).conditionsHold);
        const Measurements ok { { 0, QByteArray(48, '\x0a') }, { 1, QByteArray(48, '\x01') } };
        QVERIFY(KmsPolicyChecker::check(*p, ok, { u"kms:Decrypt"_s, Role }).allowed);
    }

    void wildcard_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("star") << u"kms:*"_s << u"kms:Decrypt"_s << true;
        QTest::newRow("all") << u"*"_s << u"kms:Decrypt"_s << true;
        QTest::newRow("q") << u"kms:Decryp?"_s << u"kms:Decrypt"_s << true;
        QTest::newRow("middle") << u"kms:Gen*Key"_s << u"kms:GenerateDataKey"_s << true;
        QTest::newRow("no") << u"kms:Gen*Pair"_s << u"kms:GenerateDataKey"_s << false;
        QTest::newRow("empty") << QString() << u"x"_s << false;
        QTest::newRow("backtrack") << u"*a*b*c"_s << u"xaxbxbxc"_s << true;
    }
    void wildcard()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(KmsPolicyChecker::wildcardMatch(pattern, text, Qt::CaseInsensitive), match);
    }
};

QTEST_GUILESS_MAIN(TestKmsPolicyChecker)
#include "tst_kmspolicychecker.moc"

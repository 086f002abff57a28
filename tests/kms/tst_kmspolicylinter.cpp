#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "kms/kmspolicy.h"
#include "kms/kmspolicylinter.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {
QString h(char fill)
{
    return hex::encode(QByteArray(48, fill));
}
const QString Role = u"arn:aws:iam::123456789012:role/Parent"_s;

// An Allow for the role with `conditions` under `op`, plus a Deny so "missing-deny" stays quiet
// unless the case wants it.
QByteArray policy(const QString &op, const QString &conditions, bool withDeny = true,
    const QString &action = u"\"kms:Decrypt\""_s, const QString &principal = u"{\"AWS\":\"%1\"}"_s.arg(Role))
{
    QString s
        = uR"({"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Principal":%1,"Action":%2,"Resource":"*","Condition":{"%3":{%4}}})"_s
              .arg(principal, action, op, conditions);
    if (withDeny)
        s += uR"(,{"Sid":"D","Effect":"Deny","Principal":{"AWS":"%1"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringNotEqualsIgnoreCase":{"kms:RecipientAttestation:PCR8":"%2"}}})"_s
                 .arg(Role, h('\x08'));
    s += u"]}"_s;
    return s.toUtf8();
}

QString kv(const QString &key, const QString &value)
{
    return u"\"kms:RecipientAttestation:%1\":\"%2\""_s.arg(key, value);
}
} // namespace

class TestKmsPolicyLinter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lint_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code"); // expected finding ("" = none at all)
        QTest::addColumn<QString>("severity");
        const QString good = kv(u"ImageSha384"_s, h('\x01')) + u',' + kv(u"PCR8"_s, h('\x08'));
        QTest::newRow("clean") << policy(u"StringEqualsIgnoreCase"_s, good) << QString() << QString();
        QTest::newRow("debug zero pcr0") << policy(u"StringEqualsIgnoreCase"_s,
            kv(u"ImageSha384"_s, QString(96, u'0')) + u',' + kv(u"PCR8"_s, h('\x08')))
                                         << u"debug-zero-pcr"_s << u"error"_s;
        QTest::newRow("zero pcr8") << policy(
            u"StringEqualsIgnoreCase"_s, kv(u"PCR0"_s, h('\x01')) + u',' + kv(u"PCR8"_s, QString(96, u'0')))
                                   << u"zero-pcr8"_s << u"error"_s;
        QTest::newRow("pcr0 only") << policy(u"StringEqualsIgnoreCase"_s, kv(u"ImageSha384"_s, h('\x01')))
                                   << u"pcr0-only"_s << u"warning"_s;
        QTest::newRow("pcr3") << policy(u"StringEqualsIgnoreCase"_s, good + u',' + kv(u"PCR3"_s, h('\x03')))
                              << u"per-instance-pcr"_s << u"warning"_s;
        QTest::newRow("pcr4") << policy(u"StringEqualsIgnoreCase"_s, good + u',' + kv(u"PCR4"_s, h('\x04')))
                              << u"per-instance-pcr"_s << u"warning"_s;
        QTest::newRow("0x prefix") << policy(u"StringEqualsIgnoreCase"_s, kv(u"PCR8"_s, u"0x"_s + h('\x08')))
                                   << u"malformed-hex"_s << u"error"_s;
        QTest::newRow("non-hex") << policy(
            u"StringEqualsIgnoreCase"_s, kv(u"PCR8"_s, h('\x08').replace(0, 1, u"g"_s)))
                                 << u"malformed-hex"_s << u"error"_s;
        QTest::newRow("sha256 length")
            << policy(u"StringEqualsIgnoreCase"_s, kv(u"PCR8"_s, QString(64, u'a'))) << u"wrong-length"_s
            << u"error"_s;
        QTest::newRow("bytes not hex")
            << policy(u"StringEqualsIgnoreCase"_s, kv(u"PCR8"_s, QString(48, u'a'))) << u"wrong-length"_s
            << u"error"_s;
        QTest::newRow("unknown key") << policy(
            u"StringEqualsIgnoreCase"_s, good + u',' + kv(u"ImageSha256"_s, h('\x01')))
                                     << u"unknown-key"_s << u"error"_s;
        QTest::newRow("pcr99") << policy(u"StringEqualsIgnoreCase"_s, good + u',' + kv(u"PCR99"_s, h('\x01')))
                               << u"unknown-key"_s << u"error"_s;
        QTest::newRow("nitrotpm") << policy(
            u"StringEqualsIgnoreCase"_s, good + u',' + kv(u"NitroTPMPCR7"_s, h('\x01')))
                                  << u"nitrotpm-key"_s << u"warning"_s;
        QTest::newRow("pcr5") << policy(u"StringEqualsIgnoreCase"_s, good + u',' + kv(u"PCR5"_s, h('\x01')))
                              << u"unused-pcr"_s << u"warning"_s;
        QTest::newRow("custom pcr16")
            << policy(u"StringEqualsIgnoreCase"_s, good + u',' + kv(u"PCR16"_s, h('\x01'))) << u"custom-pcr"_s
            << u"info"_s;
        QTest::newRow("upper case sensitive") << policy(u"StringEquals"_s, kv(u"PCR8"_s, h('\x0a').toUpper()))
                                              << u"upper-case-hex"_s << u"error"_s;
        QTest::newRow("upper ignore-case")
            << policy(u"StringEqualsIgnoreCase"_s, kv(u"PCR8"_s, h('\x0a').toUpper())) << u"upper-case-hex"_s
            << u"warning"_s;
        QTest::newRow("numeric op") << policy(u"NumericEquals"_s, kv(u"PCR8"_s, h('\x0a')))
                                    << u"bad-operator"_s << u"error"_s;
        QTest::newRow("if exists") << policy(u"StringEqualsIgnoreCaseIfExists"_s, good) << u"if-exists"_s
                                   << u"error"_s;
        QTest::newRow("for all values")
            << policy(u"ForAllValues:StringEqualsIgnoreCase"_s, good) << u"for-all-values"_s << u"error"_s;
        QTest::newRow("negated allow")
            << policy(u"StringNotEqualsIgnoreCase"_s, good) << u"negated-allow"_s << u"warning"_s;
        QTest::newRow("wildcard value")
            << policy(u"StringLike"_s, kv(u"PCR8"_s, u"ab*"_s)) << u"wildcard-value"_s << u"warning"_s;
        QTest::newRow("missing deny")
            << policy(u"StringEqualsIgnoreCase"_s, good, false) << u"missing-deny"_s << u"warning"_s;
        QTest::newRow("any principal")
            << policy(u"StringEqualsIgnoreCase"_s, good, true, u"\"kms:Decrypt\""_s, u"\"*\""_s)
            << u"any-principal"_s << u"warning"_s;
        QTest::newRow("kms star") << policy(u"StringEqualsIgnoreCase"_s, good, true, u"\"kms:*\""_s)
                                  << u"wildcard-action"_s << u"warning"_s;
        QTest::newRow("encrypt") << policy(
            u"StringEqualsIgnoreCase"_s, good, true, u"[\"kms:Decrypt\",\"kms:Encrypt\"]"_s)
                                 << u"action-without-recipient"_s << u"warning"_s;
        QTest::newRow("unattested allow to a role") << QByteArray(
            R"({"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/r"},"Action":"kms:Decrypt","Resource":"*"}]})")
                                                    << u"unattested-allow"_s << u"warning"_s;
        QTest::newRow("no attestation") << QByteArray(
            R"({"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]})")
                                        << u"no-attestation"_s << u"warning"_s;
    }
    void lint()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, severity);
        const auto p = KmsPolicy::parse(json);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        const QList<KmsLintFinding> findings = KmsPolicyLinter::lint(*p);
        QStringList all;
        for (const KmsLintFinding &f : findings)
            all.append(f.toString());
        if (code.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(all.join(u'\n')));
            return;
        }
        bool found = false;
        for (const KmsLintFinding &f : findings) {
            if (f.code == code) {
                found = true;
                QCOMPARE(KmsLintFinding::severityName(f.severity), severity);
                QVERIFY(!f.message.isEmpty());
            }
        }
        QVERIFY2(found, qPrintable(u"no %1 in:\n"_s.arg(code) + all.join(u'\n')));
        QCOMPARE(
            KmsPolicyLinter::hasErrors(findings), severity == u"error" || all.join(u' ').contains(u"error:"));
        QCOMPARE(KmsPolicyLinter::toJson(findings).size(), findings.size());
    }
};

QTEST_GUILESS_MAIN(TestKmsPolicyLinter)
#include "tst_kmspolicylinter.moc"

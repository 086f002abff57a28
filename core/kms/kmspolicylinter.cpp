#include "kmspolicylinter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include "kms/kmspolicychecker.h"
#include "kms/kmspolicygenerator.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KmsPolicyLinter)
};

using Severity = KmsLintFinding::Severity;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isSupportedAction(const QString &action)
{
    for (const QString &a : KmsPolicyGenerator::supportedActions()) {
        if (a.compare(action, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

struct Linter {
    QList<KmsLintFinding> findings;

    void add(
        Severity s, const QString &code, const KmsPolicyStatement *st, const QString &key, const QString &msg)
    {
        findings.append(
            KmsLintFinding { s, code, st ? st->index : -1, key, st ? st->label() + u": " + msg : msg });
    }

    void lintValue(const KmsPolicyStatement &st, const KmsPolicyCondition &c, const QString &v)
    {
        const QString key = c.key.key();
        const int pcr = c.key.pcrIndex();
        const bool like = c.baseOperator == u"StringLike" || c.baseOperator == u"StringNotLike";
        if (like && (v.contains(u'*') || v.contains(u'?'))) {
            add(Severity::Warning, QStringLiteral("wildcard-value"), &st, key,
                Tr::tr("%1 uses a wildcard value '%2': it admits more than one measurement").arg(key, v));
            return;
        }
        if (v.startsWith(u"0x") || v.startsWith(u"0X")) {
            add(Severity::Error, QStringLiteral("malformed-hex"), &st, key,
                Tr::tr("%1 value starts with '0x': KMS compares the bare hex string, so it never matches")
                    .arg(key));
            return;
        }
        for (QChar ch : v) {
            if (!isHexDigit(ch)) {
                add(Severity::Error, QStringLiteral("malformed-hex"), &st, key,
                    Tr::tr("%1 value '%2' is not hexadecimal (character '%3')").arg(key, v, QString(ch)));
                return;
            }
        }
        if (v.size() != 96) {
            add(Severity::Error, QStringLiteral("wrong-length"), &st, key,
                Tr::tr("%1 value has %2 hex digits; a PCR is 96 (48 bytes of SHA-384)")
                    .arg(key)
                    .arg(v.size()));
            return;
        }
        if (v != v.toLower()) {
            const bool caseSensitive
                = c.baseOperator == u"StringEquals" || c.baseOperator == u"StringNotEquals";
            add(caseSensitive ? Severity::Error : Severity::Warning, QStringLiteral("upper-case-hex"), &st,
                key,
                caseSensitive
                    ? Tr::tr("%1 value is upper case under the case-sensitive %2: it never matches the "
                             "lower-case PCR KMS compares")
                          .arg(key, c.operatorText)
                    : Tr::tr("%1 value is upper case; AWS documents lower-case hex").arg(key));
        }
        const bool positive = c.baseOperator == u"StringEquals" || c.baseOperator == u"StringEqualsIgnoreCase"
            || c.baseOperator == u"StringLike";
        if (v.count(u'0') == v.size() && st.effect == KmsPolicyStatement::Effect::Allow && positive) {
            if (pcr == 8)
                add(Severity::Error, QStringLiteral("zero-pcr8"), &st, key,
                    Tr::tr("PCR8 bound to 48 zero bytes: admits every unsigned image"));
            else
                add(Severity::Error, QStringLiteral("debug-zero-pcr"), &st, key,
                    Tr::tr(
                        "%1 bound to 48 zero bytes: admits every debug-mode enclave (debug enclaves report "
                        "all-zero PCRs)")
                        .arg(key));
        }
    }

    void lintCondition(const KmsPolicyStatement &st, const KmsPolicyCondition &c)
    {
        const QString key = c.key.key();
        const bool allow = st.effect == KmsPolicyStatement::Effect::Allow;
        switch (c.key.kind()) {
        case KmsConditionKey::Kind::Other:
            return;
        case KmsConditionKey::Kind::UnknownAttestation:
            add(Severity::Error, QStringLiteral("unknown-key"), &st, key,
                Tr::tr("%1 is not a condition key KMS knows (ImageSha384, PCR0-PCR31)").arg(key));
            return;
        case KmsConditionKey::Kind::NitroTpmPcr:
            add(Severity::Warning, QStringLiteral("nitrotpm-key"), &st, key,
                Tr::tr("%1 is a NitroTPM (EC2 instance) key: a Nitro Enclave's request never carries it")
                    .arg(key));
            return;
        case KmsConditionKey::Kind::ImageSha384:
        case KmsConditionKey::Kind::Pcr:
            break;
        }
        const int pcr = c.key.pcrIndex();
        if (c.key.kind() == KmsConditionKey::Kind::Pcr) {
            if (pcr == 3 || pcr == 4)
                add(Severity::Warning, QStringLiteral("per-instance-pcr"), &st, key,
                    Tr::tr("%1 is bound: PCR%2 is derived from the parent instance's %3, so the key works on "
                           "one "
                           "%4 "
                           "only and an image rebuild does not change it")
                        .arg(key)
                        .arg(pcr)
                        .arg(pcr == 3 ? Tr::tr("IAM role ARN") : Tr::tr("instance ID"),
                            pcr == 3 ? Tr::tr("role") : Tr::tr("instance")));
            else if (KmsConditionKey::isCustomPcr(pcr))
                add(Severity::Info, QStringLiteral("custom-pcr"), &st, key,
                    Tr::tr("%1 is a custom PCR: the enclave application extends it at run time (newer KMS "
                           "feature)")
                        .arg(key));
            else if (!KmsConditionKey::isEnclaveMeasurement(pcr))
                add(Severity::Warning, QStringLiteral("unused-pcr"), &st, key,
                    Tr::tr("%1 is not one of the enclave measurements (PCR0-4, PCR8): it is always zero")
                        .arg(key));
        }

        const QString op = c.baseOperator;
        const bool known = op == u"StringEquals" || op == u"StringEqualsIgnoreCase"
            || op == u"StringNotEquals" || op == u"StringNotEqualsIgnoreCase" || op == u"StringLike"
            || op == u"StringNotLike" || op == u"Null";
        if (!known) {
            add(Severity::Error, QStringLiteral("bad-operator"), &st, key,
                Tr::tr("%1 on %2: PCRs are strings; use StringEqualsIgnoreCase").arg(c.operatorText, key));
            return;
        }
        if (op == u"Null") {
            if (allow)
                add(Severity::Warning, QStringLiteral("null-in-allow"), &st, key,
                    Tr::tr("Null on %1 in an Allow only checks presence, not the value").arg(key));
            return;
        }
        if (c.ifExists && allow)
            add(Severity::Error, QStringLiteral("if-exists"), &st, key,
                Tr::tr("%1 lets requests without an attestation document through").arg(c.operatorText));
        if (c.setQualifier == u"ForAllValues" && allow)
            add(Severity::Error, QStringLiteral("for-all-values"), &st, key,
                Tr::tr("ForAllValues on %1 holds when the key is absent: requests without attestation pass")
                    .arg(key));
        else if (!c.setQualifier.isEmpty())
            add(Severity::Info, QStringLiteral("set-qualifier"), &st, key,
                Tr::tr("%1 is single-valued; drop the %2 qualifier").arg(key, c.setQualifier));
        if (op == u"StringEquals")
            add(Severity::Info, QStringLiteral("case-sensitive"), &st, key,
                Tr::tr("AWS documents StringEqualsIgnoreCase for %1").arg(key));
        if (allow
            && (op == u"StringNotEquals" || op == u"StringNotEqualsIgnoreCase" || op == u"StringNotLike"))
            add(Severity::Warning, QStringLiteral("negated-allow"), &st, key,
                Tr::tr("%1 in an Allow admits every enclave except the listed ones, and requests without "
                       "attestation")
                    .arg(c.operatorText));
        if (c.nonStringValue) {
            add(Severity::Error, QStringLiteral("malformed-hex"), &st, key,
                Tr::tr("%1 has a value that is not a string").arg(key));
            return;
        }
        if (c.values.isEmpty())
            add(Severity::Error, QStringLiteral("no-values"), &st, key, Tr::tr("%1 lists no value").arg(key));
        for (const QString &v : c.values)
            lintValue(st, c, v);
    }

    // An Allow that gives a role (not an account root, which only delegates to IAM) a Recipient
    // action without attestation makes every attestation condition elsewhere pointless.
    void lintUnattestedGrant(const KmsPolicyStatement &st)
    {
        bool direct = st.principalImplicit || st.notPrincipal;
        for (const QString &p : st.principals) {
            const bool isRoot = p.endsWith(u":root") || (p.size() == 12 && p.toULongLong() > 0);
            direct = direct || !isRoot;
        }
        if (!direct)
            return;
        for (const QString &a : st.actions) {
            bool covers = false;
            for (const QString &supported : KmsPolicyGenerator::supportedActions())
                covers = covers || KmsPolicyChecker::wildcardMatch(a, supported, Qt::CaseInsensitive);
            if (covers != st.notAction) {
                add(Severity::Warning, QStringLiteral("unattested-allow"), &st, QString(),
                    Tr::tr("allows %1 without any kms:RecipientAttestation condition: the principal needs no "
                           "enclave")
                        .arg(a));
                return;
            }
        }
    }

    void lintStatement(const KmsPolicyStatement &st)
    {
        const bool allow = st.effect == KmsPolicyStatement::Effect::Allow;
        if (allow && st.principals.contains(QStringLiteral("*")))
            add(Severity::Warning, QStringLiteral("any-principal"), &st, QString(),
                Tr::tr("allows any AWS principal (\"*\"); name the parent instance's role"));
        for (const KmsPolicyCondition &c : st.conditions)
            lintCondition(st, c);
        if (allow && !st.hasAttestationCondition())
            lintUnattestedGrant(st);
        if (!allow || !st.hasAttestationCondition())
            return;
        QStringList unsupported;
        for (const QString &a : st.actions) {
            if (a.contains(u'*'))
                add(Severity::Warning, QStringLiteral("wildcard-action"), &st, QString(),
                    Tr::tr("action '%1' also covers operations that never carry an attestation document")
                        .arg(a));
            else if (!isSupportedAction(a))
                unsupported.append(a);
        }
        if (!unsupported.isEmpty())
            add(Severity::Warning, QStringLiteral("action-without-recipient"), &st, QString(),
                Tr::tr("%1 never carry an attestation document: this statement can never allow them")
                    .arg(unsupported.join(QStringLiteral(", "))));
    }

    void lintPolicy(const KmsPolicy &policy)
    {
        QSet<int> boundPcrs;
        bool anyAttestedAllow = false;
        bool anyDeny = false;
        for (const KmsPolicyStatement &st : policy.statements()) {
            lintStatement(st);
            if (st.effect == KmsPolicyStatement::Effect::Deny && st.hasAttestationCondition())
                anyDeny = true;
            if (st.effect != KmsPolicyStatement::Effect::Allow || !st.hasAttestationCondition())
                continue;
            anyAttestedAllow = true;
            for (const KmsPolicyCondition &c : st.conditions) {
                if (c.key.pcrIndex() >= 0 && c.key.kind() != KmsConditionKey::Kind::NitroTpmPcr)
                    boundPcrs.insert(c.key.pcrIndex());
            }
        }
        if (!anyAttestedAllow) {
            add(Severity::Warning, QStringLiteral("no-attestation"), nullptr, QString(),
                Tr::tr(
                    "no Allow statement has a kms:RecipientAttestation condition: the key is not bound to an "
                    "enclave"));
            return;
        }
        if (boundPcrs == QSet<int> { 0 })
            add(Severity::Warning, QStringLiteral("pcr0-only"), nullptr, QString(),
                Tr::tr("only PCR0 (the whole image) is bound: every rebuild needs a policy change; bind PCR8 "
                       "(the "
                       "signing certificate) to let signed images change without one"));
        if (!anyDeny)
            add(Severity::Warning, QStringLiteral("missing-deny"), nullptr, QString(),
                Tr::tr(
                    "no Deny statement with attestation conditions: an IAM policy that allows the role these "
                    "actions "
                    "bypasses attestation"));
        if (!policy.version().isEmpty() && policy.version() != u"2012-10-17")
            add(Severity::Warning, QStringLiteral("policy-version"), nullptr, QString(),
                Tr::tr("policy Version is '%1'; use \"2012-10-17\"").arg(policy.version()));
    }
};

} // namespace

QString KmsLintFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString KmsLintFinding::toString() const
{
    return severityName(severity) + u": " + message + u" [" + code + u']';
}

QList<KmsLintFinding> KmsPolicyLinter::lint(const KmsPolicy &policy)
{
    Linter l;
    l.lintPolicy(policy);
    return l.findings;
}

bool KmsPolicyLinter::hasErrors(const QList<KmsLintFinding> &findings)
{
    for (const KmsLintFinding &f : findings) {
        if (f.severity == KmsLintFinding::Severity::Error)
            return true;
    }
    return false;
}

QJsonArray KmsPolicyLinter::toJson(const QList<KmsLintFinding> &findings)
{
    QJsonArray out;
    for (const KmsLintFinding &f : findings) {
        out.append(QJsonObject { { QStringLiteral("Severity"), KmsLintFinding::severityName(f.severity) },
            { QStringLiteral("Code"), f.code }, { QStringLiteral("Statement"), f.statement },
            { QStringLiteral("Key"), f.key }, { QStringLiteral("Message"), f.message } });
    }
    return out;
}

} // namespace enclave

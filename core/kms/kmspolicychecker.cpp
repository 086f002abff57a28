#include "kmspolicychecker.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "common/hex.h"
#include "kms/iamrolearn.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KmsPolicyChecker)
};

QString shortHex(const QString &h)
{
    return h.size() > 16 ? h.left(8) + u'…' + h.right(8) : h;
}

QString valuesText(const QStringList &values)
{
    QStringList s;
    for (const QString &v : values)
        s.append(shortHex(v));
    return s.join(QStringLiteral(", "));
}

using Outcome = KmsConditionCheck::Outcome;

// Whether an attested request from an enclave carries the key at all: PCR0..15 are always in an
// attestation document, custom PCRs only when the source says so; NitroTPM keys never.
bool keyPresentInAttestedRequest(const KmsConditionKey &key, const Measurements &pcrs)
{
    switch (key.kind()) {
    case KmsConditionKey::Kind::ImageSha384:
        return true;
    case KmsConditionKey::Kind::Pcr:
        return key.pcrIndex() < 16 || pcrs.contains(key.pcrIndex());
    default:
        return false;
    }
}

KmsConditionCheck evaluate(const KmsPolicyCondition &c, const Measurements &pcrs)
{
    KmsConditionCheck out;
    out.condition = c;
    const KmsConditionKey &key = c.key;
    if (!key.isAttestation()) {
        out.outcome = Outcome::NotEvaluated;
        out.reason
            = Tr::tr("%1 is not an attestation key; the measurements cannot decide it (assumed to hold)")
                  .arg(key.key());
        return out;
    }
    const bool present = keyPresentInAttestedRequest(key, pcrs);
    const bool known = key.pcrIndex() >= 0 && pcrs.contains(key.pcrIndex())
        && (key.kind() == KmsConditionKey::Kind::ImageSha384 || key.kind() == KmsConditionKey::Kind::Pcr);
    if (known)
        out.actual = hex::encode(pcrs.value(key.pcrIndex()));

    const QString op = c.baseOperator;
    if (op == u"Null") {
        if (c.values.size() != 1 || (c.values.first() != u"true" && c.values.first() != u"false")) {
            out.outcome = Outcome::Unknown;
            out.reason = Tr::tr("Null takes \"true\" or \"false\"");
            return out;
        }
        const bool wantAbsent = c.values.first() == u"true";
        out.outcome = (wantAbsent != present) ? Outcome::Satisfied : Outcome::NotSatisfied;
        out.reason = present ? Tr::tr("an attested request carries %1").arg(key.key())
                             : Tr::tr("an enclave's attested request does not carry %1").arg(key.key());
        return out;
    }

    const bool negated
        = op == u"StringNotEquals" || op == u"StringNotEqualsIgnoreCase" || op == u"StringNotLike";
    const bool isString
        = negated || op == u"StringEquals" || op == u"StringEqualsIgnoreCase" || op == u"StringLike";
    if (!isString) {
        out.outcome = Outcome::Unknown;
        out.reason
            = Tr::tr("%1 is not a string operator; KMS compares PCR values as strings").arg(c.operatorText);
        return out;
    }
    if (!present) {
        // IAM: a missing key fails a positive operator and passes a negated one or ...IfExists.
        const bool holds = negated || c.ifExists || c.setQualifier == u"ForAllValues";
        out.outcome = holds ? Outcome::Satisfied : Outcome::NotSatisfied;
        if (key.kind() == KmsConditionKey::Kind::NitroTpmPcr)
            out.reason = Tr::tr("%1 is a NitroTPM key: an enclave's attestation document never carries it")
                             .arg(key.key());
        else if (key.kind() == KmsConditionKey::Kind::UnknownAttestation)
            out.reason = Tr::tr("%1 is not a condition key KMS sets for Nitro Enclaves").arg(key.key());
        else
            out.reason = Tr::tr("the source has no PCR%1, so the request would not carry %2")
                             .arg(key.pcrIndex())
                             .arg(key.key());
        return out;
    }
    if (!known) {
        out.outcome = Outcome::Unknown;
        if (key.pcrIndex() == 3 || key.pcrIndex() == 4)
            out.reason
                = Tr::tr("the source has no PCR%1 (it depends on the parent instance's %2, not on the image)")
                      .arg(key.pcrIndex())
                      .arg(key.pcrIndex() == 3 ? Tr::tr("IAM role") : Tr::tr("instance ID"));
        else if (key.pcrIndex() == 8)
            out.reason = Tr::tr(
                "the source has no PCR8 (an unsigned image: its attestation would report 48 zero bytes)");
        else
            out.reason = Tr::tr("the source has no PCR%1").arg(key.pcrIndex());
        return out;
    }
    bool matched = false;
    for (const QString &v : c.values) {
        bool m = false;
        if (op == u"StringEquals" || op == u"StringNotEquals")
            m = v == out.actual;
        else if (op == u"StringEqualsIgnoreCase" || op == u"StringNotEqualsIgnoreCase")
            m = v.compare(out.actual, Qt::CaseInsensitive) == 0;
        else
            m = KmsPolicyChecker::wildcardMatch(v, out.actual, Qt::CaseSensitive);
        if (m) {
            matched = true;
            break;
        }
    }
    const bool holds = negated ? !matched : matched;
    out.outcome = holds ? Outcome::Satisfied : Outcome::NotSatisfied;
    if (matched)
        out.reason = Tr::tr("PCR%1 %2 matches a value the policy lists")
                         .arg(key.pcrIndex())
                         .arg(shortHex(out.actual));
    else
        out.reason = Tr::tr("PCR%1 is %2; the policy lists %3")
                         .arg(key.pcrIndex())
                         .arg(shortHex(out.actual), valuesText(c.values));
    if (negated)
        out.reason += holds ? Tr::tr(" (negated: holds)") : Tr::tr(" (negated: does not hold)");
    return out;
}

bool actionMatches(const KmsPolicyStatement &st, const QString &action)
{
    bool listed = false;
    for (const QString &a : st.actions) {
        if (KmsPolicyChecker::wildcardMatch(a, action, Qt::CaseInsensitive)) {
            listed = true;
            break;
        }
    }
    return st.notAction ? !listed : listed;
}

} // namespace

bool KmsPolicyChecker::wildcardMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs)
{
    // Iterative glob with single-star backtracking: linear in practice, no recursion on input.
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    auto eq = [cs](QChar a, QChar b) {
        return cs == Qt::CaseSensitive ? a == b : a.toCaseFolded() == b.toCaseFolded();
    };
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || (pattern[p] != u'*' && eq(pattern[p], text[t])))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

KmsPolicyCheckResult KmsPolicyChecker::check(
    const KmsPolicy &policy, const Measurements &source, const Options &options)
{
    // An enclave reports a register its source implies zero (an unsigned image's PCR8) as zeros.
    Measurements pcrs = source;
    for (int index : source.impliedZero()) {
        if (!pcrs.contains(index))
            pcrs.insert(index, QByteArray(48, '\0'));
    }
    KmsPolicyCheckResult result;
    result.action = options.action;
    result.principal = options.principal;
    QString rootArn;
    if (!options.principal.isEmpty()) {
        if (auto arn = IamRoleArn::parse(options.principal))
            rootArn = arn->accountRootArn();
    }

    bool granted = false;
    bool denied = false;
    bool mayDeny = false;
    QStringList whyNot;
    for (const KmsPolicyStatement &st : policy.statements()) {
        KmsStatementCheck sc;
        sc.index = st.index;
        sc.label = st.label();
        sc.attestationBound = st.hasAttestationCondition();
        for (const KmsPolicyCondition &c : st.conditions) {
            const KmsConditionCheck cc = evaluate(c, pcrs);
            if (cc.outcome == Outcome::Unknown)
                sc.anyUnknown = true;
            sc.conditions.append(cc);
        }
        sc.conditionsHold = true;
        for (const KmsConditionCheck &cc : sc.conditions) {
            if (cc.outcome == Outcome::NotSatisfied || cc.outcome == Outcome::Unknown)
                sc.conditionsHold = false;
        }

        // Principal: "*" and the role itself are direct; an account root ("arn:...:root" or the
        // bare account id) delegates to IAM policies for an Allow but covers everyone for a Deny.
        bool direct = false;
        bool viaRoot = false;
        for (const QString &p : st.principals) {
            const bool isRoot = p.endsWith(u":root") || (p.size() == 12 && p.toULongLong() > 0);
            if (p == u"*")
                direct = true;
            else if (isRoot)
                viaRoot = viaRoot || options.principal.isEmpty() || p == rootArn
                    || rootArn.contains(u"::" + p + u":");
            else if (options.principal.isEmpty() || p == options.principal)
                direct = true;
        }
        if (st.principalImplicit)
            direct = true; // an IAM policy statement applies to whoever it is attached to
        if (st.notPrincipal) {
            direct = options.principal.isEmpty() || !st.principals.contains(options.principal);
            viaRoot = false;
        }

        if (!actionMatches(st, options.action)) {
            sc.role = KmsStatementCheck::Role::NotApplicable;
            sc.roleReason = Tr::tr("does not cover %1").arg(options.action);
        } else if (st.effect == KmsPolicyStatement::Effect::Allow && direct) {
            sc.role = KmsStatementCheck::Role::Grant;
            sc.roleReason = Tr::tr("allows %1 to the principal").arg(options.action);
        } else if (st.effect == KmsPolicyStatement::Effect::Allow && viaRoot) {
            sc.role = KmsStatementCheck::Role::Delegation;
            sc.roleReason = Tr::tr("allows an account root: access then depends on IAM policies");
        } else if (st.effect == KmsPolicyStatement::Effect::Deny && (direct || viaRoot)) {
            sc.role = KmsStatementCheck::Role::Deny;
            sc.roleReason = Tr::tr("denies %1 to the principal").arg(options.action);
        } else {
            sc.role = KmsStatementCheck::Role::NotApplicable;
            sc.roleReason = Tr::tr("names another principal");
        }

        auto failures = [&sc]() {
            QStringList f;
            for (const KmsConditionCheck &cc : sc.conditions) {
                if (cc.outcome == Outcome::NotSatisfied || cc.outcome == Outcome::Unknown)
                    f.append(cc.condition.key.key() + u": " + cc.reason);
            }
            return f;
        };
        if (sc.role == KmsStatementCheck::Role::Grant) {
            if (sc.conditionsHold) {
                granted = true;
                if (!sc.attestationBound) {
                    result.reasons.append(Tr::tr("%1 allows %2 without any attestation condition")
                                              .arg(sc.label, options.action));
                } else {
                    result.reasons.append(Tr::tr("%1 allows %2: every attestation condition holds")
                                              .arg(sc.label, options.action));
                }
            } else {
                for (const QString &f : failures())
                    whyNot.append(sc.label + u": " + f);
            }
        } else if (sc.role == KmsStatementCheck::Role::Deny) {
            if (sc.conditionsHold) {
                denied = true;
                QStringList held;
                for (const KmsConditionCheck &cc : sc.conditions)
                    held.append(cc.condition.key.key() + u": " + cc.reason);
                result.reasons.append(Tr::tr("%1 denies %2: %3")
                                          .arg(sc.label, options.action, held.join(QStringLiteral("; "))));
            } else if (sc.anyUnknown) {
                bool anyFalse = false;
                for (const KmsConditionCheck &cc : sc.conditions)
                    anyFalse = anyFalse || cc.outcome == Outcome::NotSatisfied;
                if (!anyFalse) {
                    mayDeny = true;
                    result.reasons.append(
                        Tr::tr("%1 may deny %2: %3")
                            .arg(sc.label, options.action, failures().join(QStringLiteral("; "))));
                }
            }
        }
        result.statements.append(sc);
    }

    result.allowed = granted && !denied && !mayDeny;
    if (!granted) {
        bool anyGrant = false;
        for (const KmsStatementCheck &sc : result.statements)
            anyGrant = anyGrant || sc.role == KmsStatementCheck::Role::Grant;
        if (!anyGrant)
            result.reasons.prepend(
                Tr::tr("no statement allows %1 to %2")
                    .arg(options.action,
                        options.principal.isEmpty() ? Tr::tr("a role principal") : options.principal));
        result.reasons += whyNot;
    }
    return result;
}

QString KmsPolicyCheckResult::outcomeName(KmsConditionCheck::Outcome outcome)
{
    switch (outcome) {
    case KmsConditionCheck::Outcome::Satisfied:
        return QStringLiteral("satisfied");
    case KmsConditionCheck::Outcome::NotSatisfied:
        return QStringLiteral("not-satisfied");
    case KmsConditionCheck::Outcome::Unknown:
        return QStringLiteral("unknown");
    case KmsConditionCheck::Outcome::NotEvaluated:
        return QStringLiteral("not-evaluated");
    }
    return {};
}

QString KmsPolicyCheckResult::roleName(KmsStatementCheck::Role role)
{
    switch (role) {
    case KmsStatementCheck::Role::Grant:
        return QStringLiteral("grant");
    case KmsStatementCheck::Role::Deny:
        return QStringLiteral("deny");
    case KmsStatementCheck::Role::Delegation:
        return QStringLiteral("delegation");
    case KmsStatementCheck::Role::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

QJsonObject KmsPolicyCheckResult::toJson() const
{
    QJsonArray statementsJson;
    for (const KmsStatementCheck &sc : statements) {
        QJsonArray conds;
        for (const KmsConditionCheck &cc : sc.conditions) {
            conds.append(QJsonObject {
                { QStringLiteral("Operator"), cc.condition.operatorText },
                { QStringLiteral("Key"), cc.condition.key.key() },
                { QStringLiteral("Values"), QJsonArray::fromStringList(cc.condition.values) },
                { QStringLiteral("Actual"), cc.actual.isEmpty() ? QJsonValue() : QJsonValue(cc.actual) },
                { QStringLiteral("Outcome"), outcomeName(cc.outcome) },
                { QStringLiteral("Reason"), cc.reason },
            });
        }
        statementsJson.append(QJsonObject {
            { QStringLiteral("Index"), sc.index },
            { QStringLiteral("Label"), sc.label },
            { QStringLiteral("Role"), roleName(sc.role) },
            { QStringLiteral("RoleReason"), sc.roleReason },
            { QStringLiteral("AttestationBound"), sc.attestationBound },
            { QStringLiteral("ConditionsHold"), sc.conditionsHold },
            { QStringLiteral("Conditions"), conds },
        });
    }
    return QJsonObject {
        { QStringLiteral("Allowed"), allowed },
        { QStringLiteral("Action"), action },
        { QStringLiteral("Principal"), principal.isEmpty() ? QJsonValue() : QJsonValue(principal) },
        { QStringLiteral("Reasons"), QJsonArray::fromStringList(reasons) },
        { QStringLiteral("Statements"), statementsJson },
    };
}

} // namespace enclave

#include "kmspolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KmsPolicy)
};

constexpr qsizetype MaxPolicyBytes = 1 << 20; // KMS caps key policies at 32 KiB; be generous
constexpr qsizetype MaxStatements = 1000;
constexpr qsizetype MaxValues = 1000;

QStringList stringOrList(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isString())
        return { v.toString() };
    if (v.isArray()) {
        QStringList out;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                *ok = false;
                return {};
            }
            out.append(e.toString());
        }
        return out;
    }
    *ok = false;
    return {};
}

QString jsonText(const QJsonValue &v)
{
    QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

} // namespace

QString KmsPolicyStatement::label() const
{
    if (sid.isEmpty())
        return Tr::tr("statement %1").arg(index);
    return Tr::tr("statement %1 (%2)").arg(index).arg(sid);
}

bool KmsPolicyStatement::hasAttestationCondition() const
{
    for (const KmsPolicyCondition &c : conditions) {
        if (c.key.isAttestation())
            return true;
    }
    return false;
}

Result<KmsPolicy> KmsPolicy::parse(const QByteArray &json)
{
    if (json.size() > MaxPolicyBytes)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("policy is %1 bytes; at most %2 accepted").arg(json.size()).arg(MaxPolicyBytes));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(
            Error::Code::Malformed, Tr::tr("not valid JSON: %1").arg(err.errorString()), err.offset);
    if (doc.isArray())
        return fromStatements(doc.array(), QString());
    if (!doc.isObject())
        return makeError(Error::Code::Malformed, Tr::tr("a policy must be a JSON object"), 0);
    return fromJson(doc.object());
}

Result<KmsPolicy> KmsPolicy::fromJson(const QJsonObject &o)
{
    if (o.contains(u"Statement")) {
        const QJsonValue s = o.value(u"Statement");
        QJsonArray list;
        if (s.isArray())
            list = s.toArray();
        else if (s.isObject())
            list.append(s);
        else
            return makeError(Error::Code::Malformed, Tr::tr("\"Statement\" must be an object or an array"));
        return fromStatements(list, o.value(u"Version").toString());
    }
    if (o.contains(u"Effect"))
        return fromStatements(QJsonArray { o }, QString());
    return makeError(Error::Code::Malformed,
        Tr::tr("neither a policy (no \"Statement\") nor a statement (no \"Effect\")"));
}

Result<KmsPolicy> KmsPolicy::fromStatements(const QJsonArray &list, QString version)
{
    if (list.size() > MaxStatements)
        return makeError(Error::Code::LimitExceeded, Tr::tr("more than %1 statements").arg(MaxStatements));
    KmsPolicy policy;
    policy.m_version = std::move(version);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return makeError(Error::Code::Malformed, Tr::tr("statement %1 is not an object").arg(i));
        const QJsonObject o = list.at(i).toObject();
        KmsPolicyStatement st;
        st.index = int(i);
        st.json = o;
        st.sid = o.value(u"Sid").toString();
        st.effectText = o.value(u"Effect").toString();
        if (st.effectText == u"Allow")
            st.effect = KmsPolicyStatement::Effect::Allow;
        else if (st.effectText == u"Deny")
            st.effect = KmsPolicyStatement::Effect::Deny;
        else
            return makeError(Error::Code::Malformed,
                Tr::tr("%1: \"Effect\" must be \"Allow\" or \"Deny\"").arg(st.label()));

        const bool hasNotPrincipal = o.contains(u"NotPrincipal");
        const QJsonValue principal = hasNotPrincipal ? o.value(u"NotPrincipal") : o.value(u"Principal");
        st.notPrincipal = hasNotPrincipal;
        if (principal.isString()) {
            if (principal.toString() != u"*")
                return makeError(
                    Error::Code::Malformed, Tr::tr("%1: a string principal must be \"*\"").arg(st.label()));
            st.principals = { QStringLiteral("*") };
        } else if (principal.isObject()) {
            const QJsonObject p = principal.toObject();
            for (auto it = p.begin(); it != p.end(); ++it) {
                bool ok = false;
                const QStringList v = stringOrList(it.value(), &ok);
                if (!ok)
                    return makeError(Error::Code::Malformed,
                        Tr::tr("%1: principal \"%2\" must be a string or a list of strings")
                            .arg(st.label(), it.key()));
                if (it.key() == u"AWS")
                    st.principals += v;
            }
        } else if (principal.isUndefined()) {
            st.principalImplicit = true;
        } else {
            return makeError(
                Error::Code::Malformed, Tr::tr("%1: \"Principal\" has the wrong type").arg(st.label()));
        }

        st.notAction = o.contains(u"NotAction");
        bool ok = false;
        st.actions = stringOrList(st.notAction ? o.value(u"NotAction") : o.value(u"Action"), &ok);
        if (!ok)
            return makeError(Error::Code::Malformed,
                Tr::tr("%1: \"Action\" must be a string or a list of strings").arg(st.label()));

        const QJsonValue cond = o.value(u"Condition");
        if (!cond.isUndefined()) {
            if (!cond.isObject())
                return makeError(
                    Error::Code::Malformed, Tr::tr("%1: \"Condition\" must be an object").arg(st.label()));
            const QJsonObject ops = cond.toObject();
            for (auto op = ops.begin(); op != ops.end(); ++op) {
                if (!op.value().isObject())
                    return makeError(Error::Code::Malformed,
                        Tr::tr("%1: condition operator \"%2\" must map keys to values")
                            .arg(st.label(), op.key()));
                KmsPolicyCondition proto;
                proto.operatorText = op.key();
                QString base = op.key();
                const qsizetype colon = base.indexOf(u':');
                if (colon >= 0) {
                    proto.setQualifier = base.left(colon);
                    base = base.mid(colon + 1);
                }
                if (base.endsWith(u"IfExists")) {
                    proto.ifExists = true;
                    base.chop(8);
                }
                proto.baseOperator = base;
                const QJsonObject keys = op.value().toObject();
                for (auto k = keys.begin(); k != keys.end(); ++k) {
                    KmsPolicyCondition c = proto;
                    c.key = KmsConditionKey::parse(k.key());
                    QJsonArray values = k.value().isArray() ? k.value().toArray() : QJsonArray { k.value() };
                    if (values.size() > MaxValues)
                        return makeError(Error::Code::LimitExceeded,
                            Tr::tr("%1: more than %2 values for %3")
                                .arg(st.label())
                                .arg(MaxValues)
                                .arg(k.key()));
                    for (const QJsonValue &v : values) {
                        if (v.isString()) {
                            c.values.append(v.toString());
                        } else {
                            c.nonStringValue = true;
                            c.values.append(jsonText(v));
                        }
                    }
                    st.conditions.append(c);
                }
            }
        }
        policy.m_statements.append(st);
    }
    return policy;
}

} // namespace enclave

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "kms/kmsconditionkey.h"

namespace enclave {

// One condition of a statement: operator (with its ForAnyValue:/ForAllValues: qualifier and
// IfExists suffix split off), key and values.
struct KmsPolicyCondition {
    QString operatorText; // as written, e.g. "StringEqualsIgnoreCase"
    QString baseOperator; // without qualifier and IfExists, e.g. "StringEqualsIgnoreCase"
    QString setQualifier; // "", "ForAnyValue" or "ForAllValues"
    bool ifExists = false;
    KmsConditionKey key;
    QStringList values; // strings as written (non-strings are kept as their JSON text)
    bool nonStringValue = false;
};

struct KmsPolicyStatement {
    enum class Effect { Allow, Deny, Invalid };

    int index = 0; // position in the Statement array
    QString sid;
    Effect effect = Effect::Invalid;
    QString effectText;
    QStringList principals; // AWS principals ("*" for a wildcard principal)
    bool notPrincipal = false;
    bool principalImplicit = false; // no Principal at all: an identity (IAM) policy statement
    QStringList actions;
    bool notAction = false;
    QList<KmsPolicyCondition> conditions;
    QJsonObject json;

    // "statement 2 (Sid)" for messages.
    QString label() const;
    bool hasAttestationCondition() const;
};

// A key policy (or a bare statement, or an array of statements) parsed leniently enough to lint
// and check what people actually paste, strictly enough that a malformed document is an error.
// Worst-case cost: input over 1 MiB is refused first; one QJsonDocument parse (linear time, roughly
// 8-24 bytes per input byte), at most 1000 statements and 1000 values per condition kept.
// KmsPolicyLinter is linear in statements x conditions x values; KmsPolicyChecker matches each value
// with an iterative glob, O(pattern x 96) for a PCR, so both stay linear in the policy's size.
class KmsPolicy final {
public:
    static Result<KmsPolicy> parse(const QByteArray &json);
    static Result<KmsPolicy> fromJson(const QJsonObject &policyOrStatement);

    QString version() const { return m_version; }
    const QList<KmsPolicyStatement> &statements() const { return m_statements; }

private:
    static Result<KmsPolicy> fromStatements(const QJsonArray &statements, QString version);
    QString m_version;
    QList<KmsPolicyStatement> m_statements;
};

} // namespace enclave

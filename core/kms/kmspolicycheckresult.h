#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "kms/kmspolicy.h"

namespace enclave {

// How one condition fares against a measurement set.
struct KmsConditionCheck {
    enum class Outcome {
        Satisfied,
        NotSatisfied,
        Unknown, // the source lacks the PCR (e.g. PCR3/PCR4 of an EIF), or the operator is not one KMS can
                 // match
        NotEvaluated, // not an attestation key (aws:SourceIp, kms:ViaService...): assumed to hold
    };
    KmsPolicyCondition condition;
    Outcome outcome = Outcome::Unknown;
    QString actual; // lower-case hex of the source's value, empty when absent
    QString reason; // one sentence, always set
};

struct KmsStatementCheck {
    enum class Role {
        Grant, // an Allow the checked request falls under
        Deny, // a Deny the checked request falls under
        Delegation, // Allow to an account root: grants come from IAM policies, not from here
        NotApplicable, // another principal or action
    };
    int index = 0;
    QString label;
    Role role = Role::NotApplicable;
    QString roleReason;
    bool attestationBound = false;
    // All conditions Satisfied or NotEvaluated (for a Deny: the Deny takes effect).
    bool conditionsHold = false;
    bool anyUnknown = false;
    QList<KmsConditionCheck> conditions;
};

struct KmsPolicyCheckResult {
    bool allowed = false;
    QString action;
    QString principal; // empty: every principal considered
    QStringList reasons; // why allowed / why not, one line each
    QList<KmsStatementCheck> statements;

    QJsonObject toJson() const;
    static QString outcomeName(KmsConditionCheck::Outcome outcome);
    static QString roleName(KmsStatementCheck::Role role);
};

} // namespace enclave

#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include "kms/kmspolicy.h"

namespace enclave {

struct KmsLintFinding {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    QString code; // stable id, e.g. "debug-zero-pcr", "pcr0-only", "malformed-hex"
    int statement = -1; // index in the Statement array, -1 for the whole policy
    QString key; // condition key, if any
    QString message;

    static QString severityName(Severity severity);
    QString toString() const; // "warning: statement 1 (Sid): PCR3 ...: message"
};

// Finds the mistakes people make binding KMS keys to enclaves: debug-mode (all-zero) PCRs, PCR0-only
// bindings, per-instance PCR3/PCR4, malformed or wrong-length hex, unknown condition keys, operators
// that weaken or break the match, and a missing Deny statement.
class KmsPolicyLinter final {
public:
    static QList<KmsLintFinding> lint(const KmsPolicy &policy);
    static bool hasErrors(const QList<KmsLintFinding> &findings);
    static QJsonArray toJson(const QList<KmsLintFinding> &findings);
};

} // namespace enclave

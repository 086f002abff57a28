#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "common/error.h"
#include "kms/kmspolicyoptions.h"

namespace enclave {

// Turns measurements into KMS key-policy JSON bound to PCRs (kms:RecipientAttestation:*), lower-case
// hex values under StringEqualsIgnoreCase as AWS documents them.
class KmsPolicyGenerator final {
public:
    // The actions KMS evaluates RecipientAttestation conditions for.
    static QStringList supportedActions();

    // Validates the options (ARN, actions, at least one PCR, 48-byte values) and returns the Allow
    // statement.
    static Result<QJsonObject> allowStatement(const KmsPolicyOptions &options);
    // The companion Deny statements (empty when options.denyStatements is false).
    static Result<QJsonArray> denyStatements(const KmsPolicyOptions &options);
    // Allow + Deny statements, in that order.
    static Result<QJsonArray> statements(const KmsPolicyOptions &options);
    // {"Version": "2012-10-17", "Id": ..., "Statement": [admin?, allow, deny...]}
    static Result<QJsonObject> keyPolicy(const KmsPolicyOptions &options);

private:
    static Result<void> validate(const KmsPolicyOptions &options);
};

} // namespace enclave

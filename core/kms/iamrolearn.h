#pragma once

#include <QString>

#include "common/error.h"

namespace enclave {

// An IAM role ARN ("arn:aws:iam::111122223333:role/path/Name"), the principal a Nitro Enclave's
// parent instance uses when it calls KMS. Validated to the shape IAM itself enforces, so a typo
// fails here instead of producing a policy that silently never matches.
class IamRoleArn final {
public:
    static Result<IamRoleArn> parse(const QString &text);

    QString toString() const { return m_text; }
    QString partition() const { return m_partition; } // "aws", "aws-cn", "aws-us-gov"
    QString accountId() const { return m_account; } // 12 digits
    QString path() const { return m_path; } // "/" or "/a/b/"
    QString roleName() const { return m_name; }
    // "arn:<partition>:iam::<account>:root": the principal of the key-administration statement.
    QString accountRootArn() const;

private:
    QString m_text;
    QString m_partition;
    QString m_account;
    QString m_path;
    QString m_name;
};

} // namespace enclave

#pragma once

#include <QString>

#include "kms/kmspolicy.h"
#include "kms/kmspolicycheckresult.h"
#include "measure/measurements.h"

namespace enclave {

// Answers "would KMS let an enclave with these measurements do ACTION under this key policy?" for a
// request that carries a valid attestation document, and says why not, statement by statement and
// condition by condition. IAM policies, grants and non-attestation condition keys are outside what
// a key policy alone can decide; they are reported, not guessed.
class KmsPolicyChecker final {
public:
    struct Options {
        QString action = QStringLiteral("kms:Decrypt");
        QString principal; // IAM role ARN of the parent instance; empty = any principal
    };

    // pcrs: the enclave's measurements (48-byte values; a source accepting several values per PCR
    // is checked with its first). A missing index means "the source does not say", unless the
    // source implies it zero (an unsigned image's PCR8): then it is checked as 48 zero bytes.
    static KmsPolicyCheckResult check(
        const KmsPolicy &policy, const Measurements &pcrs, const Options &options);
    static KmsPolicyCheckResult check(const KmsPolicy &policy, const Measurements &pcrs)
    {
        return check(policy, pcrs, Options {});
    }

    // IAM-style wildcard match ('*' any run, '?' one character).
    static bool wildcardMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs);
};

} // namespace enclave

#pragma once

#include "posture/postureinputs.h"
#include "posture/posturereport.h"

namespace enclave {

// Turns PostureInputs into a PostureReport: pure, no I/O.
// Checks: CRC, signed, signature over PCR0, certificate expiry (warn within 30 days), debug mode
// (attestation or zero PCRs in the policy), attestation genuine and matching the image, nonce use,
// RSA recipient key for KMS, and for a policy: allows this image / this document, PCR0-only binding,
// missing Deny statement, other lint findings.
class PostureAssessor final {
public:
    static constexpr int ExpiryWarningDays = 30;
    static PostureReport assess(const PostureInputs &inputs);
};

} // namespace enclave

#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "attestation/attestationcheck.h"
#include "attestation/attestationexpectations.h"
#include "attestation/attestationtime.h"
#include "attestation/attestationverification.h"
#include "common/error.h"
#include "crypto/x509certificate.h"

namespace enclave {

class AttestationDocument;

// Verifies an AttestationDocument against a pinned root (AWS Nitro Enclaves Root-G1 unless
// replaced): cabundle[0] byte-identical to the root, chain root -> cabundle -> leaf with OpenSSL
// at the chosen time (non-strict, no partial chains, no CRLs), leaf profile (EC P-384,
// ecdsa-with-SHA384, CA:FALSE, digitalSignature), bundle order, ES384 COSE signature with the
// leaf key, then the caller's expectations. Fails closed: a check that cannot run is not a pass.
class AttestationVerifier final {
public:
    AttestationVerifier(); // built-in AWS root
    explicit AttestationVerifier(const X509Certificate &root); // replaced root

    const X509Certificate &root() const { return m_root; }
    bool usesBuiltInRoot() const { return m_builtIn; }

    AttestationVerification verify(const AttestationDocument &document,
        const AttestationTime &time = AttestationTime::now(),
        const AttestationExpectations &expectations = {}) const;

    // The built-in AWS Nitro Enclaves Root-G1 (pinned: its SHA-256 fingerprint is checked on load;
    // an invalid value here would make every verification fail).
    static X509Certificate awsNitroRoot();
    static QByteArray awsNitroRootFingerprintSha256();

private:
    X509Certificate m_root;
    bool m_builtIn = true;
};

} // namespace enclave

#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "attestation/attestationdocument.h"
#include "attestation/attestationverification.h"
#include "crypto/x509certificate.h"
#include "measure/measurements.h"
#include "measure/pcrdiff.h"

namespace enclave::agent {

// What a live attestation is checked against: the nonce the client sent, how old the document may
// be, which root to trust (AWS unless the local-simulator connection passes the simulator's root
// explicitly), the PCRs of the image the enclave was launched from and, optionally, expectations.
struct LiveAttestationOptions {
    QByteArray nonce; // the 32 random bytes sent to the enclave
    bool nonceCarried = true; // false: the endpoint cannot carry a nonce (freshness = max-age only)
    qint64 maxAgeSeconds = 300;
    std::optional<X509Certificate> trustedRoot; // default: AWS Nitro Enclaves Root-G1
    Measurements image; // describe-enclaves / describe-eif PCRs of the launched image
    std::optional<Measurements> expected;
    QDateTime now; // verification time (UTC); invalid = the current time
};

// The verdict on one document fetched from a running enclave, in words for the dashboard and JSON
// for the CLI. Only PCR0, PCR1, PCR2 and PCR8 are compared with the image (PCR3/PCR4 describe the
// instance and role, not the image).
struct LiveAttestationResult {
    enum class Status {
        Matches, // genuine, fresh, and the PCRs equal the image's (and the expectations)
        Mismatch, // genuine and fresh, but a PCR differs
        DebugMode, // genuine, but PCR0-2 are zero by design: proves nothing about the image
        NotVerified // malformed, not genuine, stale, or the nonce does not match
    };

    Status status = Status::NotVerified;
    std::optional<AttestationDocument> document;
    AttestationVerification verification;
    QString error; // parse error, or the first failed check
    bool simulated = false; // signed by the Enclave Studio simulator's PKI, not AWS
    bool nonceCarried = true;
    qint64 ageSeconds = -1;
    std::optional<PcrDiff> imageDiff;
    std::optional<PcrDiff> expectedDiff;
    QList<int> mismatchedPcrs; // against the image or the expectations

    static constexpr int kComparedPcrs[] = { 0, 1, 2, 8 };

    bool ok() const { return status == Status::Matches; }
    // "verified, matches image" / "MISMATCH: PCR2" / "debug mode: ..." / "NOT VERIFIED: reason"
    QString summary() const;
    static QString statusId(Status status); // "matches", "mismatch", "debug-mode", "not-verified"
    QJsonObject toJson() const;
};

// The subject every simulator root carries, so documents it signs are labelled wherever they appear.
inline constexpr const char *kSimulatorRootMarker = "Enclave Studio simulator (NOT AWS)";

LiveAttestationResult evaluateLiveAttestation(
    const QByteArray &documentBytes, const LiveAttestationOptions &options);

} // namespace enclave::agent

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "attestation/attestationcheck.h"
#include "attestation/attestationtime.h"

namespace enclave {

// The outcome of AttestationVerifier::verify: named checks in the order they ran, and the verdict.
struct AttestationVerification {
    bool valid = false; // every mandatory check passed and none failed
    bool debugMode = false;
    AttestationTime::Mode timeMode = AttestationTime::Mode::Now;
    QDateTime verificationTime; // UTC, second precision (what OpenSSL used)
    QString rootSubject;
    QByteArray rootFingerprintSha256;
    bool builtInRoot = true;
    QList<AttestationCheck> checks;
    QStringList warnings;

    const AttestationCheck *check(const QString &id) const;
    // The first failed check's "title: reason", or empty when valid.
    QString firstFailure() const;
};

} // namespace enclave

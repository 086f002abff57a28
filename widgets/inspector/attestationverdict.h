#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "attestation/attestationverification.h"

namespace enclave {
class AttestationDocument;
class AttestationVerifier;
struct AttestationExpectations;
} // namespace enclave

namespace enclave::ui {

// What a verification means to a reviewer, in words, beyond pass/fail. Archived documents all
// fail at "now" only because their 3-hour leaf expired: that is said as such (authentic when
// issued, expired since), with the document's time as the one-click way to check authenticity;
// at the document's time a pass proves authenticity but not freshness unless a nonce was expected.
struct AttestationVerdict {
    Q_DECLARE_TR_FUNCTIONS(AttestationVerdict)

public:
    enum class Kind {
        Valid, // every check passed at the verification time
        AuthenticNotFresh, // valid at the document's (or a chosen) time; nothing proves it is recent
        ExpiredSinceIssued, // fails now only because certificates expired; valid at the document's time
        Invalid,
    };

    Kind kind = Kind::Invalid;
    QString headline; // the banner's first line
    QString detail; // what it means and what to do
    QDateTime issued; // the document's timestamp
    QDateTime expiredSince; // the earliest notAfter already past at the verification time

    QString text() const { return detail.isEmpty() ? headline : headline + QLatin1Char('\n') + detail; }

    // current: the verification shown. For a failure at "now", the document is verified again at
    // its own time (same expectations) to tell expiry from forgery.
    static AttestationVerdict explain(const AttestationDocument &document,
        const AttestationVerifier &verifier, const AttestationVerification &current,
        const AttestationExpectations &expectations);
};

} // namespace enclave::ui

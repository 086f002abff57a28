#include "inspector/attestationverdict.h"

#include <QLocale>

#include "attestation/attestationdocument.h"
#include "attestation/attestationexpectations.h"
#include "attestation/attestationverifier.h"

namespace enclave::ui {

namespace {

QString when(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// Only the time-dependent checks failed: certificates out of their validity and the chain
// (which OpenSSL refuses for the same expired certificate).
bool onlyExpiryFailed(const AttestationVerification &v)
{
    bool any = false;
    for (const AttestationCheck &c : v.checks) {
        if (c.status != AttestationCheck::Status::Failed)
            continue;
        if (c.id != QLatin1String("validity") && c.id != QLatin1String("chain"))
            return false;
        any = true;
    }
    return any;
}

} // namespace

AttestationVerdict AttestationVerdict::explain(const AttestationDocument &document,
    const AttestationVerifier &verifier, const AttestationVerification &current,
    const AttestationExpectations &expectations)
{
    AttestationVerdict v;
    v.issued = document.timestamp();
    if (current.valid) {
        const bool atNow = current.timeMode == AttestationTime::Mode::Now;
        const AttestationCheck *nonce = current.check(QStringLiteral("nonce"));
        const bool nonceProven = nonce && nonce->status == AttestationCheck::Status::Passed;
        if (atNow || nonceProven) {
            v.kind = Kind::Valid;
            v.headline = tr("VALID: signed by a certificate chain to %1, checked at %2")
                             .arg(current.rootSubject, when(current.verificationTime));
            if (nonceProven)
                v.detail = tr("The nonce you expected is in the document, so it was made for your request.");
            return v;
        }
        v.kind = Kind::AuthenticNotFresh;
        v.headline = tr("AUTHENTIC when issued on %1: signed by a certificate chain to %2")
                         .arg(when(v.issued), current.rootSubject);
        v.detail
            = tr("Authenticity is proven; freshness is not: a recorded copy passes this check too. Only a "
                 "nonce you sent, found in the document, or a maximum age checked against the current time "
                 "shows that it is recent.");
        return v;
    }

    if (current.timeMode == AttestationTime::Mode::Now && onlyExpiryFailed(current)) {
        const AttestationVerification atDocument
            = verifier.verify(document, AttestationTime::document(), expectations);
        if (atDocument.valid) {
            v.kind = Kind::ExpiredSinceIssued;
            QList<X509Certificate> certificates = document.cabundle();
            certificates << document.certificate();
            for (const X509Certificate &c : std::as_const(certificates)) {
                if (c.notAfter() <= current.verificationTime
                    && (!v.expiredSince.isValid() || c.notAfter() < v.expiredSince))
                    v.expiredSince = c.notAfter();
            }
            v.headline = tr("AUTHENTIC WHEN ISSUED on %1, but its certificates expired on %2")
                             .arg(when(v.issued),
                                 when(v.expiredSince.isValid() ? v.expiredSince : current.verificationTime));
            v.detail = tr(
                "Nitro enclave certificates live about 3 hours, so every archived document fails a check "
                "at the current time. Verify at the document's time to check that it is authentic.");
            return v;
        }
    }

    v.kind = Kind::Invalid;
    v.headline = tr("NOT VALID: %1").arg(current.firstFailure());
    return v;
}

} // namespace enclave::ui

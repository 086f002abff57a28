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
#include "common/error.h"
#include "crypto/x509certificate.h"

namespace enclave {

class AttestationDocument;

// What the caller expects of a document. Everything unset is skipped (and the result says so).
struct AttestationExpectations
{
    QMap<int, QByteArray> pcrs;
    std::optional<QByteArray> nonce;
    std::optional<QByteArray> userData;
    std::optional<QByteArray> publicKey;
    std::optional<qint64> maxAgeSeconds; // document timestamp no older than this at verification time
    bool rejectDebugMode = false;        // debug documents are always flagged; this makes them fail
    bool allowUnknownKeys = false;       // AWS's field list is closed; forward compatibility is opt-in
    bool allowNitroTpm = false;          // NitroTPM documents share the PKI but mean something else
};

// When certificates must be valid.
struct AttestationTime
{
    enum class Mode { Now, Document, Explicit };
    Mode mode = Mode::Now;
    QDateTime explicitTime; // Mode::Explicit only

    static AttestationTime now() { return {}; }
    static AttestationTime document() { return {Mode::Document, {}}; }
    static AttestationTime at(const QDateTime &t) { return {Mode::Explicit, t}; }
    static QString modeName(Mode mode); // "now", "doc", "explicit"
};

struct AttestationVerification
{
    bool valid = false;              // every mandatory check passed and none failed
    bool debugMode = false;
    AttestationTime::Mode timeMode = AttestationTime::Mode::Now;
    QDateTime verificationTime;      // UTC, second precision (what OpenSSL used)
    QString rootSubject;
    QByteArray rootFingerprintSha256;
    bool builtInRoot = true;
    QList<AttestationCheck> checks;
    QStringList warnings;

    const AttestationCheck *check(const QString &id) const;
    // The first failed check's "title: reason", or empty when valid.
    QString firstFailure() const;
};

// Verifies an AttestationDocument against a pinned root (AWS Nitro Enclaves Root-G1 unless
// replaced): cabundle[0] byte-identical to the root, chain root -> cabundle -> leaf with OpenSSL
// at the chosen time (non-strict, no partial chains, no CRLs), leaf profile (EC P-384,
// ecdsa-with-SHA384, CA:FALSE, digitalSignature), bundle order, ES384 COSE signature with the
// leaf key, then the caller's expectations. Fails closed: a check that cannot run is not a pass.
class AttestationVerifier final
{
public:
    AttestationVerifier();                                   // built-in AWS root
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

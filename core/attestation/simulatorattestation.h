#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "common/error.h"
#include "crypto/signingkey.h"
#include "crypto/x509certificate.h"
#include "measure/measurements.h"

namespace enclave {

// The local simulator's stand-in for the Nitro Secure Module: a PKI made once per simulator state
// directory, shaped like AWS's where the verifier looks (P-384 keys, ES384, root -> intermediate ->
// 3-hour leaf), whose root names itself "Enclave Studio simulator (NOT AWS)". It is never trusted by
// default: only the local-simulator connection passes its root to the verifier, and every result
// made with it is labelled SIMULATED.
//
// Files in DIR: root.pem, intermediate.pem, leaf.pem (0644) and root.key, intermediate.key, leaf.key
// (0600), written atomically; concurrent enclaves share them under a lock file. The leaf is renewed
// when less than 10 minutes of its 3 hours remain.
class SimulatorAttestationPki final {
public:
    struct Document {
        QString moduleId;
        Measurements pcrs; // index -> 48 bytes
        std::optional<QByteArray> publicKey;
        std::optional<QByteArray> userData;
        std::optional<QByteArray> nonce;
        QDateTime timestamp; // invalid = now
    };

    static constexpr int kLeafLifetimeSeconds = 3 * 3600;

    static Result<SimulatorAttestationPki> loadOrCreate(const QString &dir, const QDateTime &now = {});
    static QString rootPemPath(const QString &dir);

    X509Certificate root() const { return m_root; }
    QByteArray rootPem() const;

    // COSE_Sign1 (untagged, {1: -35}) over the payload in AWS's field order, signed by the leaf.
    // Inputs are bounded as the NSM bounds them: public_key, user_data and nonce at most 1024 bytes.
    Result<QByteArray> sign(const Document &document) const;

private:
    SimulatorAttestationPki() = default;
    X509Certificate m_root;
    QByteArray m_rootDer;
    QByteArray m_intermediateDer;
    QByteArray m_leafDer;
    std::shared_ptr<SigningKey> m_leafKey;
};

} // namespace enclave

#include <functional>

#include "attestation/attestationendpoint.h"

namespace enclave {

// Serves one connection to a simulated enclave's attestation port, as an enclave application would:
// reads the request as it arrives and, once complete, returns the answer (then the caller closes).
//  - Raw: 4-byte big-endian length (at most 1024) + nonce -> 4-byte length + document.
//  - Http: "GET /attestation?nonce=HEX[&public_key=HEX][&user_data=HEX] HTTP/1.1" -> 200 with the
//    CBOR document as application/cbor; 400 / 404 / 405 / 413 with a one-line text body otherwise.
class SimulatorAttestationResponder final {
public:
    struct Request {
        std::optional<QByteArray> nonce;
        std::optional<QByteArray> publicKey;
        std::optional<QByteArray> userData;
    };
    using Signer = std::function<Result<QByteArray>(const Request &)>;

    SimulatorAttestationResponder(AttestationEndpoint::Kind kind, Signer signer);

    // The answer once the request is complete (write it, then close); nullopt while more is needed.
    std::optional<QByteArray> feed(QByteArrayView data);

private:
    std::optional<QByteArray> answerRaw();
    std::optional<QByteArray> answerHttp();
    static QByteArray httpError(int status, const char *reason, const QString &text);

    AttestationEndpoint::Kind m_kind;
    Signer m_signer;
    QByteArray m_buffer;
    bool m_answered = false;
};

} // namespace enclave

#pragma once

#include <QByteArray>

#include <optional>

#include "cbor/cborspan.h"
#include "common/error.h"
#include "crypto/x509certificate.h"

namespace enclave {

// COSE algorithm identifiers we support (all ECDSA).
enum class CoseAlgorithm : int { Unknown = 0, ES256 = -7, ES384 = -35, ES512 = -36 };

// A decoded COSE_Sign1 (RFC 9052): [protected bstr, unprotected map, payload bstr, signature bstr],
// optionally wrapped in tag 18. Keeps the exact protected and payload bytes as received: the
// signature is over the Sig_structure built from them, never from a re-encoding.
class SigningKey;

class CoseSign1 final {
public:
    // COSE_Sign1 (untagged, protected {1: alg}, empty unprotected map, raw r||s) over `payload`, as
    // aws-nitro-enclaves-cose writes it. The algorithm follows the key's curve; `protectedAlgorithm`
    // overrides only the label written (tests use it to make a mismatching signature).
    static Result<QByteArray> sign(
        QByteArrayView payload, const SigningKey &key, std::optional<int> protectedAlgorithm = std::nullopt);

    // Structure only: tag 18 or none (any other tag is an error), array of exactly 4, right types,
    // no trailing bytes, protected header a map holding an integer alg (label 1) and nothing else.
    // Algorithm policy is the caller's (see requireAlgorithm).
    static Result<CoseSign1> parse(
        QByteArrayView data, qint64 baseOffset = 0, const cbor::Limits &limits = {});

    bool isTagged() const { return m_tagged; }
    CoseAlgorithm algorithm() const { return m_algorithm; }
    int algorithmValue() const { return m_algorithmValue; }
    const QByteArray &protectedBytes() const { return m_protected; }
    const QByteArray &payload() const { return m_payload; }
    const QByteArray &signature() const { return m_signature; }
    int unprotectedEntries() const { return m_unprotectedEntries; }

    // Spans (absolute offsets) of the four elements' contents, for the inspector and error messages.
    cbor::Span protectedSpan() const { return m_protectedSpan; }
    cbor::Span unprotectedSpan() const { return m_unprotectedSpan; }
    cbor::Span payloadSpan() const { return m_payloadSpan; }
    cbor::Span signatureSpan() const { return m_signatureSpan; }

    // CBOR(["Signature1", protected, h'', payload]) with definite, shortest-form lengths.
    QByteArray sigStructure() const;

    // ECDSA verification with the certificate's public key. The key must be EC on the curve that
    // matches the algorithm (ES256/P-256, ES384/P-384, ES512/P-521) and the signature must be raw
    // r||s of exactly twice the curve's byte size. Returns an error saying why it does not verify.
    Result<void> verify(const X509Certificate &signer) const;

private:
    bool m_tagged = false;
    CoseAlgorithm m_algorithm = CoseAlgorithm::Unknown;
    int m_algorithmValue = 0;
    int m_unprotectedEntries = 0;
    QByteArray m_protected;
    QByteArray m_payload;
    QByteArray m_signature;
    cbor::Span m_protectedSpan;
    cbor::Span m_unprotectedSpan;
    cbor::Span m_payloadSpan;
    cbor::Span m_signatureSpan;
};

QString coseAlgorithmName(CoseAlgorithm algorithm);

} // namespace enclave

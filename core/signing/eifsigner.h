#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "common/error.h"
#include "eif/eifmeasurements.h"

namespace enclave {

// A PEM certificate and its PEM (PKCS#8) private key.
struct SigningIdentity {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// Signs EIFs the way nitro-cli sign-eif does with a local key: COSE_Sign1 (untagged, protected
// {1: alg}, empty unprotected map) over CBOR PcrInfo{0, PCR0}, the algorithm following the key's
// curve (P-256 ES256, P-384 ES384, P-521 ES512), raw r||s. Also makes throwaway self-signed
// identities for tests and the sample image. KMS signing is the kms module's.
class EifSigner final {
public:
    // A fresh EC key on P-256/P-384/P-521 (curveBits 256/384/521) and a self-signed certificate.
    static Result<SigningIdentity> generateSelfSigned(
        const QString &commonName, int curveBits = 384, int validDays = 3650);

    // COSE_Sign1 bytes over `payload`. `protectedAlgorithm` overrides the COSE alg written in the
    // protected header (tests use it to make a mismatching signature); the hash follows the curve.
    static Result<QByteArray> signCose(const QByteArray &payload, const QByteArray &privateKeyPem,
        std::optional<int> protectedAlgorithm = std::nullopt);

    // The signature section bytes for an image whose PCR0 is `pcr0`.
    static Result<QByteArray> signatureSection(const QByteArray &pcr0, const SigningIdentity &identity);

    // Measures `inputPath`, signs its PCR0 and writes the signed image to `outputPath` (may be
    // the same file); returns the measurements of the result (PCR8 included).
    static Result<EifMeasurements> signEif(
        const QString &inputPath, const QString &outputPath, const SigningIdentity &identity);
};

} // namespace enclave

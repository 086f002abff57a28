#pragma once

// A throwaway signing key and self-signed certificate for tests, made by the production generator.

#include <QString>

#include "signing/signingcertificategenerator.h"

namespace enclave::test {

// `bits` 256, 384 or 521 picks P-256 / P-384 / P-521.
inline Result<SigningCertificateResult> makeSigningIdentity(const QString &commonName, int bits = 384)
{
    SigningCertificateRequest request;
    request.subject = u"/CN=" + commonName;
    request.curve = QStringLiteral("P-%1").arg(bits);
    request.days = 3650;
    return SigningCertificateGenerator::generate(request);
}

} // namespace enclave::test

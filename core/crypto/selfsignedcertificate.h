#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include "common/error.h"
#include "crypto/x509certificate.h"

namespace enclave {

class SigningKey;

// The one builder of self-signed certificates: what `openssl req -new -x509`-style tools make for
// an EC key, as nitro-cli's image-signing docs do it (`x509 -req -signkey`): X.509 v1, no
// extensions, a random positive 159-bit serial, issuer = subject, signed with the curve's hash
// (SHA-256/384/512). Every OpenSSL step is checked; a failure says which one.
class SelfSignedCertificate final {
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)

public:
    // `subject` as ordered (field, value) pairs, e.g. {"CN", "signer"}; `days` from `notBefore`.
    static Result<X509Certificate> create(const SigningKey &key,
        const QList<QPair<QString, QString>> &subject, const QDateTime &notBefore, int days);

    // True for a name field OpenSSL knows ("CN", "O", "commonName", ...).
    static bool isKnownNameField(const QString &field);
};

} // namespace enclave

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "common/error.h"
#include "crypto/x509certificate.h"

namespace enclave {

struct SigningCertificateRequest {
    // OpenSSL -subj syntax; the default is the one in nitro-cli's image-signing docs.
    QString subject = QStringLiteral("/CN=AWS/C=US/ST=WA/L=Seattle/O=Amazon/OU=AWS");
    int days = 365;
    QString curve = QStringLiteral("secp384r1");
    QByteArray passphrase; // non-empty: the key is written as encrypted PKCS#8
    QDateTime notBefore; // invalid = now (tests set it to make expired certificates)
};

struct SigningCertificateResult {
    QByteArray privateKeyPem;
    QByteArray certificatePem;
    X509Certificate certificate;
    QByteArray pcr8; // what the enclave's PCR8 becomes when an EIF is signed with it
};

// An EC key and a self-signed certificate made the way nitro-cli's docs' openssl commands make
// them (`ecparam -genkey`, `req -new -sha384`, `x509 -req -signkey`): an X.509 v1 certificate with
// no extensions, a random 159-bit serial, issuer = subject, signed with the curve's hash.
class SigningCertificateGenerator final {
public:
    static constexpr int MaxDays = 36500;

    static Result<SigningCertificateResult> generate(const SigningCertificateRequest &request);

    // Writes the key with mode 0600 from creation and the certificate with 0644, each atomically;
    // both refuse to overwrite unless `overwrite`.
    static Result<void> writeFiles(const SigningCertificateResult &result, const QString &keyPath,
        const QString &certPath, bool overwrite);

    // "/CN=a/O=b" -> ordered (field, value) pairs; '\/' escapes a slash. Error on an empty or
    // unknown field.
    static Result<QList<QPair<QString, QString>>> parseSubject(const QString &subject);
};

} // namespace enclave

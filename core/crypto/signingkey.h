#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "common/error.h"
#include "crypto/cosesign1.h"
#include "crypto/x509certificate.h"

namespace enclave {

// An EC private key for EIF signing (OpenSSL EVP_PKEY behind a pimpl). Only P-256, P-384 and P-521
// are accepted, the curves COSE ES256/ES384/ES512 name; RSA and other curves are refused with a
// message saying so.
class SigningKey final {
public:
    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;

    // PEM: "EC PRIVATE KEY", "PRIVATE KEY" or "ENCRYPTED PRIVATE KEY" (then `passphrase` is needed).
    static Result<SigningKey> fromPem(const QByteArray &pem, const QByteArray &passphrase = {});
    // A fresh key on "secp384r1", "prime256v1" or "secp521r1" (P-256/P-384/P-521 aliases accepted).
    static Result<SigningKey> generate(const QString &curve);

    bool isValid() const;
    QString curveName() const; // OpenSSL group name, e.g. "secp384r1"
    CoseAlgorithm coseAlgorithm() const; // by curve
    int coordinateBytes() const; // 32, 48, 66

    // True when the certificate holds this key's public half.
    bool matches(const X509Certificate &certificate) const;

    // ECDSA over `message` with the curve's hash (SHA-256/384/512), as raw r||s, each left-padded
    // to coordinateBytes() (COSE, not DER).
    Result<QByteArray> signRaw(QByteArrayView message) const;

    // "EC PRIVATE KEY" PEM (as `openssl ecparam -genkey` writes it), or encrypted PKCS#8
    // (AES-256-CBC, PBKDF2) when a passphrase is given.
    Result<QByteArray> toPem(const QByteArray &passphrase = {}) const;

    // For core/crypto internals only (certificate building): the EVP_PKEY*.
    void *nativeHandle() const;

    // "P-384" -> "secp384r1"; empty for anything unsupported.
    static QString normalizeCurve(const QString &curve);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace enclave

#pragma once

#include <QByteArray>
#include <QString>

namespace enclave {

// A DER SubjectPublicKeyInfo, such as the public_key an enclave puts in its attestation document
// for KMS (which accepts only RSA there).
class PublicKeyInfo final {
public:
    // "RSA", "EC", "ED25519", ... (OpenSSL's key type name); empty unless `der` is exactly one
    // SubjectPublicKeyInfo with nothing after it.
    static QString algorithm(const QByteArray &der);
};

} // namespace enclave

#pragma once

#include <QDateTime>
#include <QList>

#include "common/error.h"
#include "crypto/x509certificate.h"

namespace enclave {

// OpenSSL path validation from a leaf to one trusted root through untrusted intermediates, at a
// given time: non-strict (real Nitro chains lack key identifiers), no partial chains, no CRLs,
// depth at most 32. The OpenSSL store and context live only inside verify().
class X509Chain final {
public:
    // On success the path OpenSSL built, leaf first and the root last. On failure the error says
    // why in OpenSSL's words, with the depth and subject of the certificate it stopped at.
    static Result<QList<X509Certificate>> verify(const X509Certificate &leaf,
        const QList<X509Certificate> &intermediates, const X509Certificate &root, const QDateTime &time);
};

} // namespace enclave

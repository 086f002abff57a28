#include "crypto/publickeyinfo.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "crypto/opensslptr.h"

namespace enclave {

QString PublicKeyInfo::algorithm(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const auto *p = begin;
    ossl::PKeyPtr key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    ossl::drainErrors();
    if (!key || p != begin + der.size())
        return {};
    const char *name = EVP_PKEY_get0_type_name(key.get());
    return name ? QString::fromLatin1(name) : QString();
}

} // namespace enclave

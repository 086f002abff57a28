#include "common/libraryversions.h"

#include <cbor/configuration.h>
#include <openssl/crypto.h>
#include <zlib.h>

namespace enclave {

LibraryVersions LibraryVersions::current()
{
    LibraryVersions v;
    v.openssl = QString::fromUtf8(OpenSSL_version(OPENSSL_VERSION));
    v.libcbor
        = QStringLiteral("%1.%2.%3").arg(CBOR_MAJOR_VERSION).arg(CBOR_MINOR_VERSION).arg(CBOR_PATCH_VERSION);
    v.zlib = QString::fromLatin1(zlibVersion());
    return v;
}

} // namespace enclave

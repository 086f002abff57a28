#pragma once

#include <QString>

namespace enclave {

// The versions of the libraries core links, for About boxes and bug reports (widgets/ may not
// include their headers). OpenSSL's is the one running (OpenSSL_version), libcbor's the one
// compiled against (libcbor 0.8 has no run-time query), zlib's the one running (zlibVersion).
struct LibraryVersions {
    QString openssl; // "OpenSSL 3.0.15 3 Sep 2024"
    QString libcbor; // "0.8.0"
    QString zlib; // "1.2.13"

    static LibraryVersions current();
};

} // namespace enclave

#include "opensslptr.h"

#include <openssl/err.h>

namespace enclave::ossl {

QString drainErrors()
{
    QString out;
    while (const unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        out += QString::fromLatin1(buf);
    }
    return out;
}

} // namespace enclave::ossl

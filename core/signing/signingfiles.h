#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace enclave {

// The files a signer is handed, read with core's limits, for the CLI (sign-eif, gen-signing-cert)
// and the app's Sign EIF page alike: key and certificate PEM files whole (at most MaxPemFileSize,
// readFileLimited), a passphrase file as openssl's `file:` source reads it (its first line, without
// the line end, at most MaxPassphraseLength bytes; an empty first line is refused).
class SigningFiles final {
public:
    static constexpr qint64 MaxPemFileSize = 1 << 20;
    static constexpr qsizetype MaxPassphraseLength = 4096;

    static Result<QByteArray> readPem(const QString &path);
    static Result<QByteArray> readPassphrase(const QString &path);
};

} // namespace enclave

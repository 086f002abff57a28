#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "common/error.h"

namespace enclave {

class SigningKey;

struct EifSigningOptions {
    // Called on the signing thread with bytes processed so far of `total` (two passes over the
    // image: measuring, then copying).
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    QByteArray passphrase; // for an encrypted private key
    bool force = false; // sign with an expired / not yet valid certificate or a damaged (CRC) input
    QDateTime now; // validity is checked at this time (invalid = current time)
    ProgressCallback progress;
    // Set from any thread to stop: the result is Error::Code::Cancelled and nothing is written.
    const std::atomic_bool *cancel = nullptr;
};

struct EifSigningReport {
    QByteArray pcr0; // signed, and unchanged by signing
    QByteArray pcr1;
    QByteArray pcr2;
    QByteArray pcr8; // of the new certificate
    QString algorithm; // "ES384", ...
    bool replacedSignature = false;
    qint64 outputSize = 0;
    quint32 crc = 0;
    QStringList warnings; // e.g. "certificate expired, signed because of --force"
};

// nitro-cli sign-eif, done atomically and checked: the signature section (PCR0 only, certificate
// stored as the PEM file's bytes, CBOR byte strings as arrays of unsigned ints, COSE_Sign1 ES256/
// ES384/ES512 by curve with raw r||s) is put in by EifSignatureWriter (replaced wherever it is, or
// appended, tables and CRC rewritten), and the temporary file is re-read and verified (PCR0
// unchanged, signature valid over it) before it is renamed over the output.
// Refuses: a key that does not match the certificate, RSA or other non-P-256/384/521 keys, an
// expired or not-yet-valid certificate and an input whose CRC is wrong (unless force).
class EifImageSigner final {
    Q_DECLARE_TR_FUNCTIONS(EifImageSigner)

public:
    static Result<EifSigningReport> sign(const QString &inputPath, const QString &outputPath,
        const QByteArray &privateKeyPem, const QByteArray &certificatePem,
        const EifSigningOptions &options = {});

    // The signature section bytes for an image whose PCR0 is `pcr0`, signed with `key`, the
    // certificate stored as given.
    static Result<QByteArray> signatureSection(
        const QByteArray &pcr0, const SigningKey &key, const QByteArray &certificatePem);

    // COSE_Sign1 (untagged) over `payload`, as aws-nitro-enclaves-cose writes it.
    static Result<QByteArray> coseSign1(
        const QByteArray &payload, const QByteArray &privateKeyPem, const QByteArray &passphrase = {});
};

} // namespace enclave

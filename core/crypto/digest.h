#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>

namespace enclave {

// A streaming SHA-2 hash (OpenSSL EVP behind a pimpl). Copyable by clone(), which is what makes
// one-pass PCR0/PCR1 possible: PCR1's stream is a prefix of PCR0's.
class Digest final {
public:
    enum class Algorithm { Sha256, Sha384, Sha512 };

    explicit Digest(Algorithm algorithm = Algorithm::Sha384);
    ~Digest();
    Digest(Digest &&) noexcept;
    Digest &operator=(Digest &&) noexcept;
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    void update(QByteArrayView bytes);
    void update(const char *data, qint64 size);
    // A copy of the current state; the original continues independently.
    Digest clone() const;
    // The digest of everything fed so far. The object must not be used afterwards.
    QByteArray finalize();

    static QByteArray hash(Algorithm algorithm, QByteArrayView bytes);
    static QByteArray sha256(QByteArrayView bytes) { return hash(Algorithm::Sha256, bytes); }
    static QByteArray sha384(QByteArrayView bytes) { return hash(Algorithm::Sha384, bytes); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

namespace pcr {
// 48 zero bytes: every SHA-384 PCR register's reset value.
QByteArray zero();
// TPM-style extend: SHA384(pcr || digest).
QByteArray extend(QByteArrayView pcr, QByteArrayView digest);
// extend(zero, SHA384(data)): nitro-cli's `pcr --input` and the value the hypervisor gives a
// measured blob.
QByteArray ofData(QByteArrayView data);
// extend(zero, innerDigest).
QByteArray fromInnerDigest(QByteArrayView innerDigest);
} // namespace pcr

} // namespace enclave

#include "digest.h"

#include "opensslptr.h"

namespace enclave {

namespace {
const EVP_MD *mdFor(Digest::Algorithm algorithm)
{
    switch (algorithm) {
    case Digest::Algorithm::Sha256:
        return EVP_sha256();
    case Digest::Algorithm::Sha512:
        return EVP_sha512();
    case Digest::Algorithm::Sha384:
        break;
    }
    return EVP_sha384();
}
} // namespace

struct Digest::Private {
    ossl::MdCtxPtr ctx { EVP_MD_CTX_new() };
};

Digest::Digest(Algorithm algorithm)
    : d(std::make_unique<Private>())
{
    // Only allocation failure can make these fail; a digest that silently hashes nothing would be
    // worse than stopping.
    if (!d->ctx || EVP_DigestInit_ex2(d->ctx.get(), mdFor(algorithm), nullptr) != 1)
        qFatal("enclave::Digest: OpenSSL digest initialisation failed");
}

Digest::~Digest() = default;
Digest::Digest(Digest &&) noexcept = default;
Digest &Digest::operator=(Digest &&) noexcept = default;

void Digest::update(QByteArrayView bytes)
{
    update(bytes.data(), bytes.size());
}

void Digest::update(const char *data, qint64 size)
{
    if (size > 0)
        EVP_DigestUpdate(d->ctx.get(), data, size_t(size));
}

Digest Digest::clone() const
{
    Digest copy;
    if (EVP_MD_CTX_copy_ex(copy.d->ctx.get(), d->ctx.get()) != 1)
        qFatal("enclave::Digest: OpenSSL context copy failed");
    return copy;
}

QByteArray Digest::finalize()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx.get(), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QByteArray Digest::hash(Algorithm algorithm, QByteArrayView bytes)
{
    Digest digest(algorithm);
    digest.update(bytes);
    return digest.finalize();
}

namespace pcr {

QByteArray zero()
{
    return QByteArray(48, '\0');
}

QByteArray extend(QByteArrayView pcr, QByteArrayView digest)
{
    Digest d(Digest::Algorithm::Sha384);
    d.update(pcr);
    d.update(digest);
    return d.finalize();
}

QByteArray ofData(QByteArrayView data)
{
    return extend(zero(), Digest::sha384(data));
}

QByteArray fromInnerDigest(QByteArrayView innerDigest)
{
    return extend(zero(), innerDigest);
}

} // namespace pcr
} // namespace enclave

#pragma once

// Internal to core: RAII owners for OpenSSL handles, one alias per type, from the line the handle
// is created. Never include from a header that widgets/ sees.

#include <memory>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <QString>

namespace enclave::ossl {

template <typename T, void (*F)(T *)> struct Free {
    void operator()(T *p) const { F(p); }
};

using BioPtr = std::unique_ptr<BIO, Free<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Free<X509, X509_free>>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Free<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Free<ECDSA_SIG, ECDSA_SIG_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Free<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Free<X509_STORE_CTX, X509_STORE_CTX_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Free<BIGNUM, BN_free>>;
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Free<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;

inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Free<STACK_OF(X509), freeX509Stack>>;

// Drains the thread's OpenSSL error queue into one line (empty if none), so an error is returned
// with the Result rather than left for the next unrelated call to trip over.
QString drainErrors();

} // namespace enclave::ossl

#include "crypto/x509chain.h"

#include <QCoreApplication>

#include <openssl/x509v3.h>

#include "crypto/opensslptr.h"

using namespace Qt::StringLiterals;

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(X509Chain)
};

X509 *x509(const X509Certificate &c)
{
    return static_cast<X509 *>(c.nativeHandle());
}

QString nameOf(const X509_NAME *name)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return u"(unprintable name)"_s;
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, n);
}

// A member of the chain OpenSSL built, as a value that outlives the store context.
Result<X509Certificate> own(X509 *x)
{
    unsigned char *der = nullptr;
    const int n = i2d_X509(x, &der);
    if (n <= 0)
        return makeError(Error::Code::Crypto, Tr::tr("OpenSSL setup failed: %1").arg(ossl::drainErrors()));
    const QByteArray bytes(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    return X509Certificate::fromDer(bytes);
}

} // namespace

Result<QList<X509Certificate>> X509Chain::verify(const X509Certificate &leaf,
    const QList<X509Certificate> &intermediates, const X509Certificate &root, const QDateTime &time)
{
    ossl::drainErrors();
    if (!leaf.isValid() || !root.isValid() || !time.isValid())
        return makeError(Error::Code::Usage, Tr::tr("no leaf, trusted root or verification time"));
    ossl::X509StorePtr store(X509_STORE_new());
    ossl::X509StackPtr untrusted(sk_X509_new_null());
    ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !untrusted || !ctx || X509_STORE_add_cert(store.get(), x509(root)) != 1)
        return makeError(Error::Code::Crypto, Tr::tr("OpenSSL setup failed: %1").arg(ossl::drainErrors()));
    for (const X509Certificate &c : intermediates) {
        X509 *x = x509(c);
        if (!x || X509_up_ref(x) != 1)
            return makeError(Error::Code::Crypto, Tr::tr("OpenSSL setup failed"));
        if (sk_X509_push(untrusted.get(), x) <= 0) {
            X509_free(x);
            return makeError(Error::Code::Crypto, Tr::tr("OpenSSL setup failed"));
        }
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), x509(leaf), untrusted.get()) != 1)
        return makeError(Error::Code::Crypto, Tr::tr("OpenSSL setup failed: %1").arg(ossl::drainErrors()));

    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_clear_flags(param,
        X509_V_FLAG_X509_STRICT | X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_CRL_CHECK
            | X509_V_FLAG_CRL_CHECK_ALL);
    X509_VERIFY_PARAM_set_time(param, time_t(time.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_depth(param, 32);
    if (X509_verify_cert(ctx.get()) != 1) {
        const int err = X509_STORE_CTX_get_error(ctx.get());
        const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
        X509 *at = X509_STORE_CTX_get_current_cert(ctx.get());
        const QString message
            = u"OpenSSL: %1 (error %2) at depth %3%4"_s
                  .arg(QString::fromUtf8(X509_verify_cert_error_string(err)))
                  .arg(err)
                  .arg(depth)
                  .arg(at ? u" ("_s + nameOf(X509_get_subject_name(at)) + u")"_s : QString());
        ossl::drainErrors();
        return makeError(Error::Code::Crypto, message);
    }
    QList<X509Certificate> path;
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    const int n = chain ? sk_X509_num(chain) : 0;
    for (int i = 0; i < n; ++i) {
        auto c = own(sk_X509_value(chain, i));
        if (!c)
            return std::unexpected(c.error());
        path.append(*c);
    }
    ossl::drainErrors();
    return path;
}

} // namespace enclave

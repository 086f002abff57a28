#include "x509certificate.h"

#include <QCoreApplication>

#include <ctime>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "opensslptr.h"

namespace enclave {

struct X509Certificate::Private {
    ossl::X509Ptr x509;
};

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(X509Certificate)
};

using Code = Error::Code;

QString bioToString(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QString::fromUtf8(data, qsizetype(len));
}

QString nameToString(const X509_NAME *name)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return bioToString(bio.get());
}

QMap<QString, QString> nameToMap(const X509_NAME *name)
{
    QMap<QString, QString> out;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        QString key;
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            key = QString::fromLatin1(OBJ_nid2ln(nid));
        } else {
            char buf[128];
            OBJ_obj2txt(buf, sizeof buf, object, 1);
            key = QString::fromLatin1(buf);
        }
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        if (len >= 0) {
            out.insert(key, QString::fromUtf8(reinterpret_cast<const char *>(utf8), len));
            OPENSSL_free(utf8);
        }
    }
    return out;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString timeText(const ASN1_TIME *time)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !time || ASN1_TIME_print(bio.get(), time) != 1)
        return {};
    return bioToString(bio.get());
}

QByteArray fingerprint(const X509 *x, const EVP_MD *md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(x, md, buf, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), int(len));
}

} // namespace

X509Certificate::X509Certificate() = default;
X509Certificate::~X509Certificate() = default;
X509Certificate::X509Certificate(const X509Certificate &) = default;
X509Certificate &X509Certificate::operator=(const X509Certificate &) = default;

Result<X509Certificate> X509Certificate::fromDer(const QByteArray &der)
{
    ERR_clear_error();
    if (der.isEmpty())
        return makeError(Code::Malformed, Tr::tr("empty certificate"));
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::X509Ptr x509(d2i_X509(nullptr, &p, long(der.size())));
    if (!x509) {
        const QString why = ossl::drainErrors();
        return makeError(Code::Malformed, Tr::tr("not a DER X.509 certificate (%1)").arg(why));
    }
    const qint64 consumed = p - reinterpret_cast<const unsigned char *>(der.constData());
    if (consumed != der.size())
        return makeError(Code::Malformed,
            Tr::tr("%1 trailing bytes after the DER certificate").arg(der.size() - consumed), consumed);
    X509Certificate cert;
    auto d = std::make_shared<Private>();
    d->x509 = std::move(x509);
    cert.d = std::move(d);
    return cert;
}

Result<QList<X509Certificate>> X509Certificate::allFromPem(const QByteArray &pem)
{
    ERR_clear_error();
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return makeError(Code::Io, Tr::tr("out of memory"));
    QList<X509Certificate> out;
    while (true) {
        ossl::X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!x509) {
            const unsigned long err = ERR_peek_last_error();
            const bool noMore = ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE;
            const QString why = ossl::drainErrors();
            if (noMore && !out.isEmpty())
                break;
            if (noMore)
                return makeError(Code::Malformed, Tr::tr("no PEM CERTIFICATE block found"));
            return makeError(Code::Malformed, Tr::tr("bad PEM certificate (%1)").arg(why));
        }
        // Round-trip through DER so every certificate obeys the same whole-input rule.
        unsigned char *der = nullptr;
        const int len = i2d_X509(x509.get(), &der);
        if (len <= 0)
            return makeError(Code::Malformed, Tr::tr("certificate cannot be encoded"));
        QByteArray bytes(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        auto cert = fromDer(bytes);
        if (!cert)
            return std::unexpected(cert.error());
        out.append(*cert);
    }
    return out;
}

Result<X509Certificate> X509Certificate::fromPem(const QByteArray &pem)
{
    ERR_clear_error();
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return makeError(Code::Io, Tr::tr("out of memory"));
    ossl::X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!x509) {
        const unsigned long err = ERR_peek_last_error();
        const bool noStart = ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE;
        const QString why = ossl::drainErrors();
        if (noStart)
            return makeError(Code::Malformed, Tr::tr("no PEM CERTIFICATE block found"));
        return makeError(Code::Malformed, Tr::tr("bad PEM certificate (%1)").arg(why));
    }
    X509Certificate cert;
    auto d = std::make_shared<Private>();
    d->x509 = std::move(x509);
    cert.d = std::move(d);
    return cert;
}

bool X509Certificate::isValid() const
{
    return d && d->x509;
}

QByteArray X509Certificate::der() const
{
    if (!isValid())
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_X509(d->x509.get(), &buf);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

QByteArray X509Certificate::pem() const
{
    if (!isValid())
        return {};
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), d->x509.get()) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

QString X509Certificate::subject() const
{
    return isValid() ? nameToString(X509_get_subject_name(d->x509.get())) : QString();
}

QString X509Certificate::issuer() const
{
    return isValid() ? nameToString(X509_get_issuer_name(d->x509.get())) : QString();
}

QMap<QString, QString> X509Certificate::issuerNameMap() const
{
    return isValid() ? nameToMap(X509_get_issuer_name(d->x509.get())) : QMap<QString, QString>();
}

QMap<QString, QString> X509Certificate::subjectNameMap() const
{
    return isValid() ? nameToMap(X509_get_subject_name(d->x509.get())) : QMap<QString, QString>();
}

QString X509Certificate::serialHex() const
{
    if (!isValid())
        return {};
    const ASN1_INTEGER *serial = X509_get0_serialNumber(d->x509.get());
    ossl::BigNumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn)
        return {};
    char *hexText = BN_bn2hex(bn.get());
    QString out = QString::fromLatin1(hexText).toLower();
    OPENSSL_free(hexText);
    return out;
}

QDateTime X509Certificate::notBefore() const
{
    return isValid() ? toDateTime(X509_get0_notBefore(d->x509.get())) : QDateTime();
}

QDateTime X509Certificate::notAfter() const
{
    return isValid() ? toDateTime(X509_get0_notAfter(d->x509.get())) : QDateTime();
}

QString X509Certificate::notBeforeText() const
{
    return isValid() ? timeText(X509_get0_notBefore(d->x509.get())) : QString();
}

QString X509Certificate::notAfterText() const
{
    return isValid() ? timeText(X509_get0_notAfter(d->x509.get())) : QString();
}

bool X509Certificate::isValidAt(const QDateTime &time) const
{
    if (!isValid() || !time.isValid())
        return false;
    const QDateTime from = notBefore();
    const QDateTime to = notAfter();
    return from.isValid() && to.isValid() && time >= from && time <= to;
}

QString X509Certificate::signatureAlgorithm() const
{
    if (!isValid())
        return {};
    const int nid = X509_get_signature_nid(d->x509.get());
    return nid == NID_undef ? QString() : QString::fromLatin1(OBJ_nid2ln(nid));
}

QByteArray X509Certificate::signatureValue() const
{
    if (!isValid())
        return {};
    const ASN1_BIT_STRING *sig = nullptr;
    const X509_ALGOR *alg = nullptr;
    X509_get0_signature(&sig, &alg, d->x509.get());
    if (!sig)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(sig)), ASN1_STRING_length(sig));
}

QString X509Certificate::publicKeyType() const
{
    if (!isValid())
        return {};
    EVP_PKEY *key = X509_get0_pubkey(d->x509.get());
    ERR_clear_error();
    if (!key)
        return {};
    const char *name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name) : QString();
}

QString X509Certificate::curveName() const
{
    if (!isValid())
        return {};
    EVP_PKEY *key = X509_get0_pubkey(d->x509.get());
    ERR_clear_error();
    if (!key || !EVP_PKEY_is_a(key, "EC"))
        return {};
    char name[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &len) != 1)
        return {};
    return QString::fromLatin1(name, qsizetype(len));
}

int X509Certificate::publicKeyBits() const
{
    if (!isValid())
        return 0;
    EVP_PKEY *key = X509_get0_pubkey(d->x509.get());
    ERR_clear_error();
    return key ? EVP_PKEY_get_bits(key) : 0;
}

QByteArray X509Certificate::fingerprintSha256() const
{
    return isValid() ? fingerprint(d->x509.get(), EVP_sha256()) : QByteArray();
}

QByteArray X509Certificate::fingerprintSha384() const
{
    return isValid() ? fingerprint(d->x509.get(), EVP_sha384()) : QByteArray();
}

bool X509Certificate::isSelfIssued() const
{
    return isValid()
        && X509_NAME_cmp(X509_get_subject_name(d->x509.get()), X509_get_issuer_name(d->x509.get())) == 0;
}

bool X509Certificate::isCa() const
{
    return isValid() && X509_check_ca(d->x509.get()) > 0;
}

bool X509Certificate::isIssuedBy(const X509Certificate &issuer) const
{
    return isValid() && issuer.isValid()
        && X509_NAME_cmp(X509_get_issuer_name(d->x509.get()), X509_get_subject_name(issuer.d->x509.get()))
        == 0;
}

bool X509Certificate::hasCaBasicConstraint() const
{
    return isValid() && (X509_get_extension_flags(d->x509.get()) & EXFLAG_CA);
}

bool X509Certificate::allowsDigitalSignature() const
{
    const uint32_t ku = isValid() ? X509_get_key_usage(d->x509.get()) : 0;
    return ku != UINT32_MAX && (ku & KU_DIGITAL_SIGNATURE);
}

void *X509Certificate::nativeHandle() const
{
    return isValid() ? d->x509.get() : nullptr;
}

} // namespace enclave

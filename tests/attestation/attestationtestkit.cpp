#include "attestation/attestationtestkit.h"

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QStringList>

#include "cbor/cborencoder.h"

namespace enclave::testkit {

namespace cborw {
QByteArray unsignedInt(quint64 v)
{
    return CborEncoder().unsignedInt(v).data();
}
QByteArray nint(qint64 v)
{
    return CborEncoder().negativeInt(v).data();
}
QByteArray text(const QByteArray &utf8)
{
    return CborEncoder().text(utf8).data();
}
QByteArray bytes(const QByteArray &b)
{
    return CborEncoder().bytes(b).data();
}
QByteArray null()
{
    return CborEncoder().null().data();
}
QByteArray mapHead(qsizetype n)
{
    return CborEncoder().mapHeader(quint64(n)).data();
}
QByteArray arrayHead(qsizetype n)
{
    return CborEncoder().arrayHeader(quint64(n)).data();
}
} // namespace cborw

namespace {
EVP_PKEY *pkey(const Key &k)
{
    return static_cast<EVP_PKEY *>(k.handle());
}

X509_NAME *makeName(const QString &subject)
{
    X509_NAME *name = X509_NAME_new();
    for (const QString &part : subject.split(u',')) {
        const qsizetype eq = part.indexOf(u'=');
        const QByteArray field = part.left(eq).trimmed().toUtf8();
        const QByteArray value = part.mid(eq + 1).toUtf8();
        X509_NAME_add_entry_by_txt(name, field.constData(), MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(value.constData()), -1, -1, 0);
    }
    return name;
}

void addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}
} // namespace

Key Key::generate(const char *curve)
{
    Key k;
    EVP_PKEY *p = EVP_EC_gen(curve);
    k.m_key = std::shared_ptr<void>(p, [](void *q) { EVP_PKEY_free(static_cast<EVP_PKEY *>(q)); });
    return k;
}

QByteArray Key::signDer(const QByteArray &data, const char *digest) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray out;
    size_t len = 0;
    if (EVP_DigestSignInit_ex(ctx, nullptr, digest, nullptr, nullptr, pkey(*this), nullptr) == 1
        && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size()))
            == 1) {
        out.resize(qsizetype(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1)
            out.resize(qsizetype(len));
        else
            out.clear();
    }
    EVP_MD_CTX_free(ctx);
    return out;
}

QByteArray Key::signRaw(const QByteArray &data, const char *digest, int half) const
{
    const QByteArray der = signDer(data, digest);
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    if (!sig)
        return {};
    QByteArray out(2 * half, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(out.data()), half);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(out.data()) + half, half);
    ECDSA_SIG_free(sig);
    return out;
}

QByteArray makeCertificate(
    const CertSpec &spec, const Key &key, const Key *issuerKey, const QString &issuerSubject)
{
    X509 *x = X509_new();
    X509_set_version(x, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    X509_NAME *subject = makeName(spec.subject);
    X509_NAME *issuer = makeName(issuerKey ? issuerSubject : spec.subject);
    X509_set_subject_name(x, subject);
    X509_set_issuer_name(x, issuer);
    X509_NAME_free(subject);
    X509_NAME_free(issuer);
    ASN1_TIME_set(X509_getm_notBefore(x), time_t(spec.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x), time_t(spec.notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(x, pkey(key));
    QByteArray bc = spec.ca ? QByteArray("critical,CA:TRUE") : QByteArray("critical,CA:FALSE");
    if (spec.ca && spec.pathLen >= 0)
        bc += ",pathlen:" + QByteArray::number(spec.pathLen);
    addExt(x, nullptr, NID_basic_constraints, bc);
    if (!spec.keyUsage.isEmpty())
        addExt(x, nullptr, NID_key_usage, spec.keyUsage.toUtf8());
    if (spec.ca)
        addExt(x, nullptr, NID_subject_key_identifier, "hash");
    X509_sign(x, pkey(issuerKey ? *issuerKey : key), EVP_get_digestbyname(spec.digest));
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    X509_free(x);
    return out;
}

Pki Pki::make(const QDateTime &now, const QString &rootSubject)
{
    Pki p;
    p.rootSubject = rootSubject;
    p.rootKey = Key::generate();
    p.regionalKey = Key::generate();
    p.zonalKey = Key::generate();
    p.instanceKey = Key::generate();
    p.leafKey = Key::generate();
    const QString regional = QStringLiteral("CN=1234.test-region.example");
    const QString zonal = QStringLiteral("CN=5678.zonal.test-region.example");
    const QString instance = QStringLiteral("CN=i-0123456789abcdef0.test-region.example");
    p.root = makeCertificate({ rootSubject, now.addYears(-1), now.addYears(20), true, -1,
                                 QStringLiteral("critical,digitalSignature,keyCertSign,cRLSign") },
        p.rootKey, nullptr, {});
    p.regional = makeCertificate({ regional, now.addDays(-1), now.addDays(19), true, 2,
                                     QStringLiteral("critical,digitalSignature,keyCertSign,cRLSign") },
        p.regionalKey, &p.rootKey, rootSubject);
    p.zonal = makeCertificate({ zonal, now.addDays(-1), now.addDays(5), true, 1,
                                  QStringLiteral("critical,digitalSignature,keyCertSign,cRLSign") },
        p.zonalKey, &p.regionalKey, regional);
    p.instance = makeCertificate({ instance, now.addSecs(-3600), now.addSecs(23 * 3600), true, 0,
                                     QStringLiteral("critical,keyCertSign") },
        p.instanceKey, &p.zonalKey, zonal);
    p.leaf
        = makeCertificate({ QStringLiteral("CN=i-0123456789abcdef0-enc0123456789abcdef.test-region.example"),
                              now.addSecs(-3600), now.addSecs(2 * 3600), false, -1,
                              QStringLiteral("digitalSignature,nonRepudiation") },
            p.leafKey, &p.instanceKey, instance);
    return p;
}

QByteArray Pki::rootPem() const
{
    return "-----BEGIN CERTIFICATE-----\n" + root.toBase64() + "\n-----END CERTIFICATE-----\n";
}

DocSpec DocSpec::standard(const Pki &pki, quint64 timestampMs)
{
    DocSpec s;
    s.timestampMs = timestampMs;
    for (int i = 0; i < 16; ++i)
        s.pcrs.insert(i, QByteArray(48, i < 5 ? char(0x10 + i) : '\0'));
    s.certificate = pki.leaf;
    s.cabundle = pki.bundle();
    s.nonce = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    return s;
}

QByteArray DocSpec::payload() const
{
    using namespace cborw;
    QList<QByteArray> entries;
    auto add = [&](const char *key, const QByteArray &value) {
        if (!drop.contains(QLatin1StringView(key)))
            entries << text(key) + value;
    };
    add("module_id", text(moduleId.toUtf8()));
    add("digest", text(digest.toUtf8()));
    add("timestamp", unsignedInt(timestampMs));
    QByteArray pcrMap = mapHead(pcrs.size());
    for (auto it = pcrs.cbegin(); it != pcrs.cend(); ++it)
        pcrMap += unsignedInt(quint64(it.key())) + bytes(it.value());
    add("pcrs", pcrMap);
    add("certificate", bytes(certificate));
    QByteArray bundle = arrayHead(cabundle.size());
    for (const QByteArray &c : cabundle)
        bundle += bytes(c);
    add("cabundle", bundle);
    add("public_key", publicKey ? bytes(*publicKey) : null());
    add("user_data", userData ? bytes(*userData) : null());
    add("nonce", nonce ? bytes(*nonce) : null());
    entries += extraEntries;
    QByteArray out = indefiniteMap ? QByteArray(1, char(0xbf)) : mapHead(entries.size());
    for (const QByteArray &e : std::as_const(entries))
        out += e;
    if (indefiniteMap)
        out += char(0xff);
    return out;
}

QByteArray signDocument(const QByteArray &payload, const Key &key, const QByteArray &protectedHeader,
    int half, const char *digest, bool tag18)
{
    using namespace cborw;
    const QByteArray tbs
        = arrayHead(4) + text("Signature1") + bytes(protectedHeader) + bytes(QByteArray()) + bytes(payload);
    const QByteArray sig = key.signRaw(tbs, digest, half);
    QByteArray out = tag18 ? QByteArray(1, char(0xd2)) : QByteArray();
    out += arrayHead(4) + bytes(protectedHeader) + mapHead(0) + bytes(payload) + bytes(sig);
    return out;
}

} // namespace enclave::testkit

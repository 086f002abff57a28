#pragma once

// Test-only helpers: a minimal CBOR writer, a made-up P-384 PKI (OpenSSL EVP) and a COSE_Sign1
// signer, so tests can build attestation documents that are correctly signed by a CA we control.

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace enclave::testkit {

namespace cborw {
QByteArray head(int major, quint64 value);
QByteArray unsignedInt(quint64 v);
QByteArray nint(qint64 v); // v < 0
QByteArray text(const QByteArray &utf8);
QByteArray bytes(const QByteArray &b);
QByteArray null();
QByteArray mapHead(qsizetype n);
QByteArray arrayHead(qsizetype n);
} // namespace cborw

// An EC key pair (opaque).
class Key {
public:
    static Key generate(const char *curve = "P-384");
    QByteArray signDer(const QByteArray &data, const char *digest) const; // DER ECDSA-Sig
    QByteArray signRaw(const QByteArray &data, const char *digest, int half) const; // r||s
    void *handle() const { return m_key.get(); }
    bool isNull() const { return !m_key; }

private:
    std::shared_ptr<void> m_key;
};

struct CertSpec {
    QString subject; // "CN=x,O=y" (comma separated, no escaping)
    QDateTime notBefore;
    QDateTime notAfter;
    bool ca = true;
    int pathLen = -1; // -1 = none
    QString keyUsage; // OpenSSL conf syntax, e.g. "critical,keyCertSign,cRLSign"
    const char *digest = "SHA384";
};

// A DER certificate for `key`, issued by `issuerSubject`/`issuerKey` (self-signed when null).
QByteArray makeCertificate(
    const CertSpec &spec, const Key &key, const Key *issuerKey, const QString &issuerSubject);

// A made-up chain shaped like AWS's: root, regional, zonal, instance CA, leaf (all P-384).
struct Pki {
    Key rootKey, regionalKey, zonalKey, instanceKey, leafKey;
    QByteArray root, regional, zonal, instance, leaf;
    QString rootSubject;

    static Pki make(const QDateTime &now,
        const QString &rootSubject = QStringLiteral("CN=test-root,O=Enclave Studio Tests"));
    QList<QByteArray> bundle() const { return { root, regional, zonal, instance }; }
    QByteArray rootPem() const;
};

// The payload fields; every one can be altered or dropped to build a negative.
struct DocSpec {
    QString moduleId = QStringLiteral("i-0123456789abcdef0-enc0123456789abcdef");
    QString digest = QStringLiteral("SHA384");
    quint64 timestampMs = 0;
    QMap<int, QByteArray> pcrs;
    QByteArray certificate;
    QList<QByteArray> cabundle;
    std::optional<QByteArray> publicKey;
    std::optional<QByteArray> userData;
    std::optional<QByteArray> nonce;
    bool indefiniteMap = false;
    // Raw encoded extra entries appended to the map (key+value CBOR bytes).
    QList<QByteArray> extraEntries;
    // Keys to leave out.
    QStringList drop;

    static DocSpec standard(const Pki &pki, quint64 timestampMs);
    QByteArray payload() const;
};

// COSE_Sign1 [protected, {}, payload, sig] signed with `key` over the Sig_structure.
QByteArray signDocument(const QByteArray &payload, const Key &key,
    const QByteArray &protectedHeader = QByteArray("\xa1\x01\x38\x22", 4), int half = 48,
    const char *digest = "SHA384", bool tag18 = false);

} // namespace enclave::testkit

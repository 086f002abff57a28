#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include "common/error.h"

namespace enclave {

// An immutable X.509 certificate (OpenSSL X509 behind a shared pimpl). isValid() is false for a
// default-constructed value. All strings are ready to display.
class X509Certificate final {
public:
    X509Certificate();
    ~X509Certificate();
    X509Certificate(const X509Certificate &);
    X509Certificate &operator=(const X509Certificate &);

    // The whole input must be one DER certificate (trailing bytes are an error).
    static Result<X509Certificate> fromDer(const QByteArray &der);
    // The first "-----BEGIN CERTIFICATE-----" block of `pem`.
    static Result<X509Certificate> fromPem(const QByteArray &pem);
    // Every certificate block in `pem`, in order.
    static Result<QList<X509Certificate>> allFromPem(const QByteArray &pem);

    bool isValid() const;
    QByteArray der() const;
    QByteArray pem() const;

    // RFC 2253-like one-line names, e.g. "CN=aws.nitro-enclaves,OU=AWS,O=Amazon,C=US".
    QString subject() const;
    QString issuer() const;
    // OpenSSL long names -> values (nitro-cli's describe-eif IssuerName shape), sorted by key.
    QMap<QString, QString> issuerNameMap() const;
    QMap<QString, QString> subjectNameMap() const;
    QString serialHex() const;

    QDateTime notBefore() const; // UTC
    QDateTime notAfter() const; // UTC
    // nitro-cli prints validity with ASN1_TIME_print: "Jan  1 00:00:00 2024 GMT".
    QString notBeforeText() const;
    QString notAfterText() const;
    bool isValidAt(const QDateTime &time) const;

    // Certificate signature algorithm as OpenSSL's long name, e.g. "ecdsa-with-SHA384".
    QString signatureAlgorithm() const;
    // The signatureValue bytes (DER ECDSA-Sig-Value for EC certificates).
    QByteArray signatureValue() const;
    // "EC", "RSA", ... and the EC group short name ("secp384r1") or empty.
    QString publicKeyType() const;
    QString curveName() const;
    int publicKeyBits() const;

    QByteArray fingerprintSha256() const;
    QByteArray fingerprintSha384() const;
    bool isSelfIssued() const;
    bool isCa() const;
    // This certificate's issuer name equals `issuer`'s subject, compared the way OpenSSL's chain
    // building compares names (canonical form), not by display string.
    bool isIssuedBy(const X509Certificate &issuer) const;
    // basicConstraints CA:TRUE itself (isCa() also wants keyCertSign or a v1 self-signed root).
    bool hasCaBasicConstraint() const;
    // A keyUsage extension that includes digitalSignature (false when there is no keyUsage).
    bool allowsDigitalSignature() const;

    // For core/crypto internals only (chain, COSE and key checks): the X509* owned by this value.
    // Declared with void* so this header needs no OpenSSL include.
    void *nativeHandle() const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace enclave

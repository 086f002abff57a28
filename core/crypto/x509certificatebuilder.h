#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "common/error.h"

namespace enclave {

class SigningKey;

// Issues one X.509 v3 certificate for an EC key, signed by an issuer key with the issuer curve's
// SHA-2 (P-384 -> ecdsa-with-SHA384). Every OpenSSL call is checked; a failure is an Error naming
// the step. Used for PKIs we make ourselves (the simulator's attestation PKI); names are given as
// "CN=...,O=..." with no escaping (commas cannot appear in a value).
struct X509CertificateSpec {
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
    bool ca = false;
    int pathLength = -1; // CA only; -1 = unlimited
    QString keyUsage; // OpenSSL config syntax, e.g. "critical,keyCertSign,cRLSign"; empty = none
};

// DER of a certificate for `subjectKey`'s public half, issued by `issuerSubject` / `issuerKey`
// (self-signed when issuerKey is null: the subject is the issuer and subjectKey signs).
Result<QByteArray> issueCertificate(const X509CertificateSpec &spec, const SigningKey &subjectKey,
    const SigningKey *issuerKey = nullptr, const QString &issuerSubject = {});

} // namespace enclave

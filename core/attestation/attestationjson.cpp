#include "attestation/attestationjson.h"

#include <QJsonArray>
#include <QTimeZone>

#include "attestation/attestationcheck.h"
#include "attestation/attestationdocument.h"
#include "attestation/attestationverifier.h"
#include "common/hex.h"
#include "crypto/x509certificate.h"

using namespace Qt::StringLiterals;

namespace enclave::attestationjson {

namespace {

QJsonValue optionalBytes(const std::optional<QByteArray> &b)
{
    return b ? QJsonValue(hex::encode(*b)) : QJsonValue(QJsonValue::Null);
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject spanObject(const FieldSpan &s)
{
    return { { u"offset"_s, s.offset }, { u"length"_s, s.length } };
}

} // namespace

QJsonObject certificate(const X509Certificate &c)
{
    return {
        { u"subject"_s, c.subject() },
        { u"issuer"_s, c.issuer() },
        { u"serial"_s, c.serialHex() },
        { u"not_before"_s, c.notBefore().toUTC().toString(Qt::ISODate) },
        { u"not_after"_s, c.notAfter().toUTC().toString(Qt::ISODate) },
        { u"signature_algorithm"_s, c.signatureAlgorithm() },
        { u"public_key"_s,
            c.curveName().isEmpty() ? c.publicKeyType() : c.publicKeyType() + u" "_s + c.curveName() },
        { u"ca"_s, c.isCa() },
        { u"sha256"_s, hex::encode(c.fingerprintSha256()) },
    };
}

QJsonObject document(const AttestationDocument &doc)
{
    QJsonObject pcrs;
    for (const AttestationPcr &p : doc.pcrs())
        pcrs.insert(QString::number(p.index), hex::encode(p.value));
    QJsonArray bundle;
    for (const X509Certificate &c : doc.cabundle())
        bundle.append(certificate(c));
    QJsonObject spans;
    for (const QString &key : doc.keyOrder())
        spans.insert(key, spanObject(doc.fieldSpan(key)));
    QJsonObject o {
        { u"kind"_s, doc.kindName() },
        { u"tagged"_s, doc.isTagged() },
        { u"protected"_s, hex::encode(doc.protectedHeader()) },
        { u"algorithm"_s, u"ES384"_s },
        { u"unprotected_entries"_s, doc.unprotectedEntries() },
        { u"payload_map"_s, doc.isIndefiniteMap() ? u"indefinite"_s : u"definite"_s },
        { u"module_id"_s, doc.moduleId() },
        { u"digest"_s, doc.digest() },
        { u"timestamp_ms"_s, qint64(doc.timestampMs()) },
        { u"timestamp"_s, rfc3339(doc.timestamp()) },
        { u"pcrs"_s, pcrs },
        { u"debug_mode"_s, doc.isDebugMode() },
        { u"certificate"_s, certificate(doc.certificate()) },
        { u"cabundle"_s, bundle },
        { u"public_key"_s, optionalBytes(doc.publicKey()) },
        { u"user_data"_s, optionalBytes(doc.userData()) },
        { u"nonce"_s, optionalBytes(doc.nonce()) },
        { u"key_order"_s, QJsonArray::fromStringList(doc.keyOrder()) },
        { u"unknown_keys"_s, QJsonArray::fromStringList(doc.unknownKeys()) },
        { u"signature"_s, hex::encode(doc.signature()) },
        { u"spans"_s, spans },
    };
    return o;
}

QJsonObject verification(const AttestationVerification &v)
{
    QJsonArray checks;
    for (const AttestationCheck &c : v.checks) {
        checks.append(QJsonObject { { u"id"_s, c.id }, { u"title"_s, c.title },
            { u"status"_s, AttestationCheck::statusName(c.status) }, { u"reason"_s, c.reason } });
    }
    return {
        { u"verdict"_s, v.valid ? u"valid"_s : u"invalid"_s },
        { u"valid"_s, v.valid },
        { u"debug_mode"_s, v.debugMode },
        { u"time_mode"_s, AttestationTime::modeName(v.timeMode) },
        { u"verification_time"_s,
            v.verificationTime.isValid() ? v.verificationTime.toUTC().toString(Qt::ISODate) : QString() },
        { u"root"_s,
            QJsonObject { { u"built_in"_s, v.builtInRoot }, { u"subject"_s, v.rootSubject },
                { u"sha256"_s, hex::encode(v.rootFingerprintSha256) } } },
        { u"checks"_s, checks },
        { u"warnings"_s, QJsonArray::fromStringList(v.warnings) },
        { u"first_failure"_s, v.firstFailure() },
    };
}

QJsonObject report(const AttestationDocument &doc, const AttestationVerification &v)
{
    return { { u"document"_s, document(doc) }, { u"verification"_s, verification(v) },
        { u"valid"_s, v.valid } };
}

} // namespace enclave::attestationjson

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "kms/kmsconditionkey.h"

namespace enclave {

// What a generated key policy grants: one IAM role, some KMS actions, only when the request carries
// an attestation document whose PCRs equal one of the allowed values of every bound PCR.
struct KmsPolicyOptions {
    QString principal; // IAM role ARN (validated by the generator)
    QStringList actions; // empty = kms:Decrypt
    QMap<int, QList<QByteArray>> pcrValues; // PCR index -> allowed 48-byte values (several: rolling upgrade)
    KmsConditionKey::Pcr0Style pcr0Style = KmsConditionKey::Pcr0Style::ImageSha384;
    // One Deny statement per bound PCR (StringNotEqualsIgnoreCase): denies the same actions to the
    // principal without attestation or with other values, even when an IAM policy allows them.
    bool denyStatements = true;
    // Whole-policy mode adds the usual key-administration statement for the account root, without
    // which the key cannot be managed (and which delegates to IAM policies: hence the Deny).
    bool adminStatement = true;
    QString sid = QStringLiteral("AllowEnclaveWithAttestation");
};

} // namespace enclave

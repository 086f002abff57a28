#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "crypto/x509certificate.h"
#include "kms/kmspolicy.h"
#include "measure/measurements.h"

namespace enclave {

// Everything the security posture report looks at, as plain values: read once by load() (EIF,
// key policy, attestation document) so the assessment itself is pure and testable.
struct PostureInputs {
    QDateTime now; // UTC; the time certificate expiry is judged at

    // The image.
    QString eifPath;
    int eifVersion = 0;
    qint64 eifSize = 0;
    Measurements eifPcrs; // 0, 1, 2 and 8 when signed (Measurements::fromEif)
    bool crcOk = false;
    bool isSigned = false;
    bool signatureVerifies = false; // the COSE signature verifies with the stored certificate
    bool signatureCoversPcr0 = false; // nitro-cli's SignatureCheck
    QString signatureError;
    QString signatureAlgorithm; // "ES384"
    X509Certificate signingCertificate;
    QStringList eifWarnings;

    // The key policy (optional).
    QString policyPath;
    std::optional<KmsPolicy> policy;

    // The attestation document (optional).
    QString attestationPath;
    bool hasAttestation = false;
    Measurements attestationPcrs; // the payload's (Measurements::fromAttestationDocument)
    bool attestationDebugMode = false;
    bool attestationGenuine = false; // chain to the AWS root and signature, at the document's time
    QString attestationFailure;
    QDateTime attestationTime;
    std::optional<QByteArray> attestationNonce;

    // A document fetched just now from the running enclave (the dashboard's Posture Report): what
    // the fetch sent, so freshness is judged as a check of its own. Absent for archived documents.
    struct Freshness {
        QByteArray sentNonce; // the random nonce sent with the request
        bool nonceCarried = true; // false: the endpoint cannot carry one (freshness = age only)
        qint64 maxAgeSeconds = 300;
        QDateTime fetchedAt; // UTC
    };
    std::optional<Freshness> freshness;
    std::optional<QByteArray> attestationPublicKey;
    bool attestationPublicKeyIsRsa = false;

    // Reads the files. Only a missing or unreadable EIF, policy or document is an error; what is
    // wrong inside them (bad signature, not genuine) is recorded for the checks.
    static Result<PostureInputs> load(const QString &eifPath, const QString &policyPath = {},
        const QString &attestationPath = {}, const QDateTime &now = {});
};

} // namespace enclave

#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace enclave {

class AttestationDocument;
class X509Certificate;
struct AttestationVerification;

// JSON views of a document and its verification, shared by enclave-tool, the GUI and the agent.
namespace attestationjson {
// Every decoded field: PCRs as hex, timestamp as ms and RFC 3339, certificates with
// subject/issuer/validity/fingerprints.
QJsonObject document(const AttestationDocument &document);
QJsonObject certificate(const X509Certificate &certificate);
// Verdict, time mode, root, checks, warnings.
QJsonObject verification(const AttestationVerification &verification);
// {"document": ..., "verification": ..., "valid": bool}
QJsonObject report(const AttestationDocument &document, const AttestationVerification &verification);
} // namespace attestationjson

} // namespace enclave

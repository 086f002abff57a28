#include "postureinputs.h"

#include <QCoreApplication>
#include <QFile>

#include "attestation/attestationdocument.h"
#include "attestation/attestationinput.h"
#include "attestation/attestationverifier.h"
#include "common/readfile.h"
#include "crypto/publickeyinfo.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/pcrcalculator.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PostureInputs)
};

Result<QByteArray> readBounded(const QString &path, qint64 limit)
{
    auto bytes = readFileLimited(path, limit);
    if (!bytes)
        return makeError(bytes.error().code, path + u": " + bytes.error().message);
    return bytes;
}

} // namespace

Result<PostureInputs> PostureInputs::load(
    const QString &eifPath, const QString &policyPath, const QString &attestationPath, const QDateTime &now)
{
    PostureInputs in;
    in.now = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    in.eifPath = eifPath;

    auto reader = EifReader::open(eifPath);
    if (!reader)
        return makeError(reader.error().code, eifPath + u": " + reader.error().toString());
    in.eifVersion = reader->header().version();
    in.eifSize = reader->fileSize();
    for (const EifWarning &w : reader->warnings())
        in.eifWarnings.append(w.toString());
    PcrCalculator calc(*reader);
    auto m = calc.compute();
    if (!m)
        return makeError(m.error().code, eifPath + u": " + m.error().toString());
    in.crcOk = m->crcMatches();
    in.isSigned = reader->isSigned();
    in.eifPcrs = Measurements::fromEif(*m, in.isSigned, eifPath);
    if (in.isSigned) {
        auto sig = reader->signature();
        if (!sig) {
            in.signatureError = sig.error().toString();
        } else {
            in.signingCertificate = sig->certificate();
            in.signatureAlgorithm = sig->algorithmName();
            auto v = sig->verify(m->pcr0);
            if (!v) {
                in.signatureError = v.error().message;
            } else {
                in.signatureVerifies = true;
                in.signatureCoversPcr0 = *v;
            }
        }
    }

    if (!policyPath.isEmpty()) {
        in.policyPath = policyPath;
        auto bytes = readBounded(policyPath, 1 << 20);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto policy = KmsPolicy::parse(*bytes);
        if (!policy)
            return makeError(policy.error().code, policyPath + u": " + policy.error().toString());
        in.policy = *policy;
    }

    if (!attestationPath.isEmpty()) {
        in.attestationPath = attestationPath;
        auto raw = readBounded(attestationPath, 4 * AttestationDocument::MaxDocumentSize);
        if (!raw)
            return std::unexpected(raw.error());
        auto decoded = decodeAttestationInput(*raw);
        if (!decoded)
            return makeError(decoded.error().code, attestationPath + u": " + decoded.error().toString());
        auto doc = AttestationDocument::parse(*decoded);
        if (!doc)
            return makeError(doc.error().code, attestationPath + u": " + doc.error().toString());
        in.hasAttestation = true;
        in.attestationPcrs = Measurements::fromAttestationDocument(*doc, attestationPath);
        in.attestationDebugMode = doc->isDebugMode();
        in.attestationTime = doc->timestamp();
        in.attestationNonce = doc->nonce();
        in.attestationPublicKey = doc->publicKey();
        in.attestationPublicKeyIsRsa
            = in.attestationPublicKey && PublicKeyInfo::algorithm(*in.attestationPublicKey) == u"RSA";
        // Genuineness at the document's own time: stored documents outlive their 3-hour leaf.
        const AttestationVerification v = AttestationVerifier().verify(*doc, AttestationTime::document());
        in.attestationGenuine = v.valid;
        in.attestationFailure = v.firstFailure();
    }
    return in;
}

} // namespace enclave

// Target 2: an attestation document as verify-attestation, the app and the measurements loader take
// it: input decoding (raw CBOR, hex or base64 text), the strict parse with its field tree and byte
// spans, the JSON view, and full verification against the built-in AWS root at the document's own
// time (certificate decoding, chain building, the COSE ES384 signature).

#include "fuzzsupport.h"

#include "attestation/attestationdocument.h"
#include "attestation/attestationinput.h"
#include "attestation/attestationjson.h"
#include "attestation/attestationverifier.h"

using namespace enclave;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString encoding;
    const Result<QByteArray> decoded = decodeAttestationInput(fuzz::bytes(data, size), &encoding);
    if (!decoded)
        return 0;
    const Result<AttestationDocument> document = AttestationDocument::parse(*decoded);
    if (!document)
        return 0;
    (void)document->tree();
    static const AttestationVerifier verifier; // built-in root, loaded (and its pin checked) once
    const AttestationVerification verification = verifier.verify(*document, AttestationTime::document());
    (void)attestationjson::report(*document, verification);
    return 0;
}

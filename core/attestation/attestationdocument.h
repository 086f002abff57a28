#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "attestation/attestationfield.h"
#include "attestation/attestationpcr.h"
#include "common/error.h"

namespace enclave {

class X509Certificate;

// An AWS Nitro attestation document (COSE_Sign1 around a CBOR payload map), parsed strictly:
// tag 18 or untagged, protected header exactly a1 01 38 22 ({1: -35}, ES384), 96-byte signature,
// the nine AWS fields with their types and sizes, duplicate keys and trailing bytes rejected.
// Accepts what real documents do: optional fields as null (= absent), empty user_data,
// indefinite-length maps, non-DER public_key, any 1..32 PCRs. Parsing proves structure only;
// AttestationVerifier decides whether it is genuine.
// Worst-case cost: the document is at most 64 KiB (refused before decoding); one cbor::Tree parse of
// the envelope and one of the payload (linear time, < 200 bytes per input byte), then one X.509
// decode per certificate (at most 17 of 1 KiB): a few ms and well under 20 MB for any input.
class AttestationDocument final {
public:
    enum class Kind { NitroEnclave, NitroTpm };

    // Upper bound on the whole document; real ones are 4.4-4.8 KB.
    static constexpr qint64 MaxDocumentSize = 64 * 1024;

    AttestationDocument();
    ~AttestationDocument();
    AttestationDocument(const AttestationDocument &);
    AttestationDocument &operator=(const AttestationDocument &);

    // `data` is the binary COSE_Sign1 document. Errors carry the absolute offset of the item.
    static Result<AttestationDocument> parse(QByteArrayView data);

    bool isValid() const;
    QByteArray bytes() const;

    // Envelope.
    bool isTagged() const;
    QByteArray protectedHeader() const;
    int unprotectedEntries() const;
    QByteArray payload() const;
    QByteArray signature() const;
    QByteArray sigStructure() const;
    // ES384 over sigStructure() with `signer`'s P-384 key (raw r||s converted for OpenSSL).
    Result<void> verifySignature(const X509Certificate &signer) const;

    // Payload.
    Kind kind() const;
    QString kindName() const; // "Nitro Enclaves" or "NitroTPM"
    QString moduleId() const;
    QString digest() const;
    quint64 timestampMs() const;
    QDateTime timestamp() const; // UTC
    bool isIndefiniteMap() const;
    QList<AttestationPcr> pcrs() const; // ascending index
    std::optional<QByteArray> pcr(int index) const;
    // PCR0, PCR1 and PCR2 present and all zero: the enclave runs in debug mode.
    bool isDebugMode() const;
    QByteArray certificateDer() const;
    QList<QByteArray> cabundleDer() const;
    X509Certificate certificate() const;
    QList<X509Certificate> cabundle() const;
    std::optional<QByteArray> publicKey() const;
    std::optional<QByteArray> userData() const;
    std::optional<QByteArray> nonce() const;
    // Keys in payload order, and those outside AWS's closed list.
    QStringList keyOrder() const;
    QStringList unknownKeys() const;
    // Accepted deviations worth showing (sizes between 512 and 1024, unprotected entries, ...).
    QStringList warnings() const;

    // The inspector tree: COSE_Sign1 -> protected, unprotected, payload (-> fields), signature.
    AttestationField tree() const;
    // Span of a top-level payload field by key ("pcrs", "certificate", ...), invalid if absent.
    FieldSpan fieldSpan(const QString &key) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace enclave

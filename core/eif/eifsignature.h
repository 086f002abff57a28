#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"
#include "crypto/x509certificate.h"
#include "eif/eiffield.h"

namespace enclave {

// The EIF signature section (type 4): CBOR array of PcrSignature {signing_certificate, signature},
// both serde Vec<u8> (arrays of unsigned ints); the certificate is PEM text and the signature a
// COSE_Sign1 over CBOR PcrInfo {register_index: 0, register_value: PCR0}. Only entry 0 counts
// (nitro-cli reads des_sign[0]).
// Worst-case cost: the section is at most 32 KiB (EifReader refuses more before reading); CBOR is
// decoded once with depth 8 (cbor::Tree: linear time, a node per item), the serde byte arrays are
// copied (1 byte per array element), then one PEM/X.509 decode and one ECDSA verification.
class EifSignature final {
public:
    EifSignature() = default;

    // Decodes the section bytes (baseOffset = the section data's file offset, for spans and
    // errors): CBOR shape, the PEM certificate and the COSE_Sign1 structure and algorithm.
    static Result<EifSignature> parse(QByteArrayView sectionData, qint64 baseOffset = 0);

    bool isValid() const { return m_certificate.isValid(); }
    int entryCount() const { return m_entries; }
    const QByteArray &certificatePem() const { return m_certificatePem; }
    const X509Certificate &certificate() const { return m_certificate; }
    const QByteArray &coseSign1() const { return m_cose; }
    // "ES256", "ES384" or "ES512" and the COSE value (-7, -35, -36).
    QString algorithmName() const { return m_algorithmName; }
    int algorithmValue() const { return m_algorithmValue; }
    const QByteArray &payload() const { return m_payload; }

    ByteSpan certificateSpan() const { return m_certificateSpan; } // the CBOR array holding the PEM
    ByteSpan coseSpan() const { return m_coseSpan; }
    EifFieldList fields() const;

    // Verifies the COSE_Sign1 signature with the certificate's public key (algorithm must match
    // the curve): an error when it does not verify (nitro-cli aborts describe-eif there). On
    // success, true when the payload is PcrInfo{0, pcr0} (nitro-cli's SignatureCheck).
    Result<bool> verify(const QByteArray &pcr0) const;

    // CBOR of PcrInfo {register_index, register_value} as serde_cbor writes it.
    static QByteArray encodePcrInfo(quint32 index, const QByteArray &value);
    // A whole signature section with one entry.
    static QByteArray encodeSection(const QByteArray &certificatePem, const QByteArray &coseSign1);

private:
    int m_entries = 0;
    QByteArray m_certificatePem;
    X509Certificate m_certificate;
    QByteArray m_cose;
    QString m_algorithmName;
    int m_algorithmValue = 0;
    QByteArray m_payload;
    qint64 m_coseOffset = 0;
    ByteSpan m_certificateSpan;
    ByteSpan m_coseSpan;
};

} // namespace enclave

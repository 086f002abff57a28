#pragma once

#include <QString>

namespace enclave {

// A policy condition key, classified for Nitro Enclaves attestation:
// "kms:RecipientAttestation:ImageSha384" (= PCR0), "kms:RecipientAttestation:PCR<n>",
// the NitroTPM variant, an unknown RecipientAttestation key, or any other key (aws:..., kms:ViaService).
class KmsConditionKey final {
public:
    enum class Kind {
        ImageSha384, // PCR0 of the attestation document
        Pcr, // PCR<n>, n in 0..31 (0-4 and 8 are the enclave measurements, 16-31 custom)
        NitroTpmPcr, // NitroTPMPCR<n>: EC2 instance attestation, never satisfied by an enclave
        UnknownAttestation, // kms:RecipientAttestation:<anything else>, or PCR out of range / malformed
        Other, // not an attestation key
    };

    // How PCR0 is written when a policy is generated.
    enum class Pcr0Style { ImageSha384, Pcr0 };

    static constexpr QLatin1StringView Prefix { "kms:RecipientAttestation:" };

    // Condition keys are case-insensitive in IAM; the classification is too.
    static KmsConditionKey parse(const QString &key);
    static QString forPcr(int index, Pcr0Style style = Pcr0Style::ImageSha384);

    QString key() const { return m_key; }
    Kind kind() const { return m_kind; }
    bool isAttestation() const { return m_kind != Kind::Other; }
    // The PCR the key compares (ImageSha384 -> 0), or -1.
    int pcrIndex() const { return m_pcr; }
    // PCR0..PCR4 and PCR8: the registers AWS documents as enclave measurements.
    static bool isEnclaveMeasurement(int index) { return (index >= 0 && index <= 4) || index == 8; }
    static bool isCustomPcr(int index) { return index >= 16 && index <= 31; }

private:
    QString m_key;
    Kind m_kind = Kind::Other;
    int m_pcr = -1;
};

} // namespace enclave

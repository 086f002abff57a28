#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/error.h"
#include "eif/eifmeasurements.h"
#include "eif/eifmetadata.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/pcrcalculator.h"

namespace enclave {

// Everything `describe-eif` reports about an image, built once and shared by the CLI, the
// agent's eif.describe and the GUI. Structural errors fail describe(); problems that still
// leave a describable image (CRC mismatch, a signature that does not check, unreadable
// metadata) are listed in problems() and make isClean() false.
// Worst-case cost: one streamed pass over the file (PcrCalculator: SHA-384 x2 and CRC-32, 8 x 1 MiB
// buffers), so time is linear in the file size and memory is bounded (~10 MiB) whatever the size;
// plus EifReader's bounded reads, EifSignature and EifMetadata below.
class EifDescription final {
public:
    // Label nitro-cli <= 1.4 prints for "HashAlgorithm" (sha2 0.9's Debug of Sha384).
    static QString hashAlgorithmLabel() { return QStringLiteral("Sha384 { ... }"); }

    // Runs the calculator (so progress and cancel reach the caller) and reads metadata and signature.
    static Result<EifDescription> describe(const EifReader &reader, PcrCalculator &calculator);
    static Result<EifDescription> describe(const QString &path);

    const EifReader &reader() const { return m_reader; }
    const EifMeasurements &measurements() const { return m_measurements; }
    bool isSigned() const { return m_reader.isSigned(); }
    // The parsed signature (isValid() false when unsigned or undecodable).
    const EifSignature &signature() const { return m_signature; }
    // nitro-cli's SignatureCheck: nullopt when unsigned; false when the signature is over another
    // PCR0, or does not verify at all (then problems() says why).
    std::optional<bool> signatureCheck() const { return m_signatureCheck; }
    const std::optional<EifMetadata> &metadata() const { return m_metadata; }
    const QByteArray &cmdline() const { return m_cmdline; }
    const QList<Error> &problems() const { return m_problems; }
    bool isClean() const { return m_problems.isEmpty(); }

    // nitro-cli describe-eif keys (EifVersion, Measurements, IsSigned, SigningCertificate,
    // CheckCRC, SignatureCheck, ImageName, ImageVersion, Metadata) plus Architecture, Sections,
    // Warnings and, when there are any, Errors.
    QJsonObject toJson() const;
    // {"HashAlgorithm", "PCR0", "PCR1", "PCR2", "PCR8"?} as nitro-cli prints after a build.
    static QJsonObject measurementsJson(const EifMeasurements &m);

private:
    EifReader m_reader;
    EifMeasurements m_measurements;
    EifSignature m_signature;
    std::optional<bool> m_signatureCheck;
    std::optional<EifMetadata> m_metadata;
    QByteArray m_cmdline;
    QList<Error> m_problems;
};

} // namespace enclave

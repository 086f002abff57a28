#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/error.h"
#include "eif/eifmeasurements.h"
#include "eif/eifmetadata.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/pcrcalculator.h"
#include "measure/measurements.h"

namespace enclave {

// Everything `describe-eif` reports about an image, decided once and shared by the CLI, the
// agent's eif.describe and the GUI's EIF view. Built in two phases so a view can show the
// structure at once and complete it when the PCR worker finishes:
// - inspect(): structure, cmdline, metadata, signature decode and reader warnings (no hashing,
//   instant whatever the image size);
// - complete(): the PCR results, the CRC verdict and the signature check over PCR0.
// Structural errors fail EifReader::open(); problems that still leave a describable image (CRC
// mismatch, a signature that does not check, unreadable metadata) are listed in problems() and
// make isClean() false.
// Worst-case cost: one streamed pass over the file (PcrCalculator: SHA-384 x2 and CRC-32, 8 x 1 MiB
// buffers), so time is linear in the file size and memory is bounded (~10 MiB) whatever the size;
// plus EifReader's bounded reads, EifSignature and EifMetadata below.
class EifDescription final {
    Q_DECLARE_TR_FUNCTIONS(EifDescription)

public:
    // Label nitro-cli <= 1.4 prints for "HashAlgorithm" (NitroCliJson::hashAlgorithmLabel()).
    static QString hashAlgorithmLabel();

    // The cheap phase: reads the cmdline, metadata and signature sections (each bounded).
    static EifDescription inspect(const EifReader &reader);
    // The completion with what PcrCalculator computed for this image.
    void complete(const EifMeasurements &measurements);
    bool isComplete() const { return m_complete; }

    // Both phases: runs the calculator (so progress and cancel reach the caller).
    static Result<EifDescription> describe(const EifReader &reader, PcrCalculator &calculator);
    static Result<EifDescription> describe(const QString &path);

    const EifReader &reader() const { return m_reader; }
    // After complete(); zeros before.
    const EifMeasurements &measurements() const { return m_measurements; }
    // The PCRs in the common vocabulary (empty before complete()).
    const Measurements &pcrs() const { return m_pcrs; }
    bool isSigned() const { return m_reader.isSigned(); }
    // The parsed signature (isValid() false when unsigned or undecodable).
    const EifSignature &signature() const { return m_signature; }
    // nitro-cli's SignatureCheck: nullopt when unsigned (or, before complete(), not yet known);
    // false when the signature cannot be decoded, is over another PCR0 or does not verify at all
    // (then problems() says why).
    std::optional<bool> signatureCheck() const { return m_signatureCheck; }
    // After complete(): the COSE signature verifies with the certificate's key (over whatever
    // payload); with signatureCheck() false, it signs another image's PCR0.
    bool signatureVerifies() const { return m_signatureVerifies; }
    // Why the signature cannot be decoded or does not check; nullopt when it checks or is unsigned.
    const std::optional<Error> &signatureProblem() const { return m_signatureProblem; }
    const std::optional<EifMetadata> &metadata() const { return m_metadata; }
    // The metadata JSON as stored (empty when there is no metadata section or it cannot be read).
    const QByteArray &metadataBytes() const { return m_metadataBytes; }
    const QByteArray &cmdline() const { return m_cmdline; }
    // CRC, cmdline, metadata and signature problems, in that order.
    QList<Error> problems() const;
    bool isClean() const { return problems().isEmpty(); }
    // A signing certificate outside its validity period at `now` (nitro-cli refuses to run the
    // image: E36/E39). Not part of describe-eif's verdict, which does not depend on the clock.
    std::optional<Error> certificateProblem(const QDateTime &now) const;

    // nitro-cli describe-eif keys (EifVersion, Measurements, IsSigned, SigningCertificate,
    // CheckCRC, SignatureCheck, ImageName, ImageVersion, Metadata) plus Architecture, Sections,
    // Warnings and, when there are any, Errors. NitroCliJson::describeEif() prints it in
    // nitro-cli's key order.
    QJsonObject toJson() const;

private:
    EifReader m_reader;
    bool m_complete = false;
    EifMeasurements m_measurements;
    Measurements m_pcrs;
    EifSignature m_signature;
    std::optional<bool> m_signatureCheck;
    bool m_signatureVerifies = false;
    std::optional<EifMetadata> m_metadata;
    QByteArray m_metadataBytes;
    QByteArray m_cmdline;
    std::optional<Error> m_crcProblem;
    std::optional<Error> m_cmdlineProblem;
    std::optional<Error> m_metadataProblem;
    std::optional<Error> m_signatureProblem;
};

} // namespace enclave

#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QString>

#include "common/error.h"
#include "measure/inputdetector.h"
#include "measure/measurements.h"

namespace enclave {

// Loads a Measurements value from a file of any supported kind, recognised by content (never by
// file name): an EIF (PCRs computed by the EIF module, streamed), an attestation document (raw
// CBOR, hex or base64; parsed by the attestation module and verified at its own timestamp so the
// notes say whether it is genuine), or one of MeasurementsJsonParser's JSON shapes.
class MeasurementsLoader final {
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    // Non-EIF sources are read whole: refuse anything bigger before reading (InputDetector's cap).
    static constexpr qint64 MaxDocumentFileSize = InputDetector::MaxWholeFileSize;

    // What the first bytes of a file say it is (Unknown when nothing matches).
    static Measurements::SourceType detect(const QByteArray &content);

    static Result<Measurements> load(
        const QString &path, const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);
    static Result<Measurements> fromEif(
        const QString &path, const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);
    static Result<Measurements> fromAttestationDocument(const QByteArray &input, const QString &sourceName);
};

} // namespace enclave

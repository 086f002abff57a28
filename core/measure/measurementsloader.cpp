#include "measurementsloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "attestation/attestationdocument.h"
#include "attestation/attestationinput.h"
#include "attestation/attestationverifier.h"
#include "common/readfile.h"
#include "eif/eifreader.h"
#include "eif/pcrcalculator.h"
#include "measure/inputdetector.h"
#include "measure/measurementsjsonparser.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MeasurementsLoader)
};

} // namespace

Measurements::SourceType MeasurementsLoader::detect(const QByteArray &content)
{
    const InputKind kind = InputDetector::detect(content);
    // Text that only looks like an attestation document counts once it parses as one.
    if (InputDetector::isAttestation(kind)) {
        auto doc = InputDetector::decodeText(kind, content);
        return doc && AttestationDocument::parse(*doc) ? Measurements::SourceType::AttestationDocument
                                                       : Measurements::SourceType::Unknown;
    }
    return InputDetector::sourceType(kind);
}

Result<Measurements> MeasurementsLoader::load(
    const QString &path, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()));
    if (InputDetector::detect(file.read(4)) == InputKind::Eif) {
        file.close();
        return fromEif(path, progress, cancel);
    }
    file.close();
    if (const QFileInfo info(path); info.size() > MaxDocumentFileSize)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("%1 bytes and no EIF magic: too large for an attestation document or JSON "
                   "measurements (limit %2)")
                .arg(info.size())
                .arg(MaxDocumentFileSize),
            0);
    const auto read = readFileLimited(path, MaxDocumentFileSize);
    if (!read)
        return std::unexpected(read.error());
    const QByteArray &content = *read;
    if (content.isEmpty())
        return makeError(Error::Code::Truncated, Tr::tr("empty file"), 0);
    if (const qsizetype json = InputDetector::jsonOffset(content); json == 0) {
        return MeasurementsJsonParser::parse(content, path);
    } else if (json > 0) {
        // Captured nitro-cli output: text lines before the JSON are skipped if what follows
        // parses as measurements.
        const QByteArray rest = content.mid(json);
        if (MeasurementsJsonParser::detect(rest) != Measurements::SourceType::Unknown) {
            auto m = MeasurementsJsonParser::parse(rest, path);
            if (m)
                m->addNote(Tr::tr("%1 lines of text before the JSON were skipped")
                               .arg(content.first(json - 1).count('\n') + 1));
            return m;
        }
    }
    // Anything else must be an attestation document; if it is not even CBOR, hex or base64, say
    // what we looked for rather than blame one format.
    if (auto decoded = decodeAttestationInput(content); !decoded)
        return makeError(Error::Code::Unsupported,
            Tr::tr("not an EIF, an attestation document (CBOR, hex or base64) or measurements JSON (%1)")
                .arg(decoded.error().message),
            0);
    return fromAttestationDocument(content, path);
}

Result<Measurements> MeasurementsLoader::fromEif(
    const QString &path, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    auto reader = EifReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    PcrCalculator calculator(*reader);
    calculator.setProgressCallback([&](qint64 done, qint64 total) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            calculator.cancel();
        if (progress)
            progress(done, total);
    });
    if (cancel && cancel->load(std::memory_order_relaxed))
        return makeError(Error::Code::Cancelled, Tr::tr("cancelled"));
    auto m = calculator.compute();
    if (!m)
        return std::unexpected(m.error());

    Measurements out = Measurements::fromEif(*m, reader->isSigned(), path);
    out.setSourceDetail(
        Tr::tr("EIF v%1, %2 sections").arg(reader->header().version()).arg(reader->sections().size()));
    for (const EifWarning &w : reader->warnings())
        out.addNote(w.toString());
    return out;
}

Result<Measurements> MeasurementsLoader::fromAttestationDocument(
    const QByteArray &input, const QString &sourceName)
{
    QString encoding;
    auto bytes = decodeAttestationInput(input, &encoding);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto doc = AttestationDocument::parse(*bytes);
    if (!doc)
        return std::unexpected(doc.error());

    Measurements out = Measurements::fromAttestationDocument(*doc, sourceName);
    out.setSourceDetail(
        Tr::tr("%1 attestation document (%2), module %3, %4")
            .arg(doc->kindName(), encoding, doc->moduleId(), doc->timestamp().toString(Qt::ISODateWithMs)));
    if (doc->kind() == AttestationDocument::Kind::NitroTpm)
        out.addNote(Tr::tr("a NitroTPM document: its PCRs measure an EC2 instance, not an enclave image"));
    if (doc->isDebugMode())
        out.addNote(Tr::tr("debug-mode enclave: PCR0-2 are all zeros, they match no image"));
    // A reviewer comparing against this document must know whether AWS made it. Certificates in
    // real documents expire after hours, so judge them at the document's own time.
    const AttestationVerification v = AttestationVerifier().verify(*doc, AttestationTime::document());
    if (v.valid)
        out.addNote(
            Tr::tr("signature and certificate chain to AWS Nitro Root-G1 valid at the document's timestamp"));
    else
        out.addNote(Tr::tr("NOT VERIFIED: %1").arg(v.firstFailure()));
    return out;
}

} // namespace enclave

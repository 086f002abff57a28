#include "measurementsloader.h"

#include <QCoreApplication>
#include <QFile>

#include "attestation/attestationdocument.h"
#include "attestation/attestationinput.h"
#include "attestation/attestationverifier.h"
#include "eif/eifreader.h"
#include "eif/pcrcalculator.h"
#include "measure/measurementsjsonparser.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MeasurementsLoader)
};

bool startsLikeJson(const QByteArray &content)
{
    for (char c : content) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

bool isEifMagic(const QByteArray &content)
{
    return content.startsWith(QByteArrayView(".eif"));
}

} // namespace

Measurements::SourceType MeasurementsLoader::detect(const QByteArray &content)
{
    using T = Measurements::SourceType;
    if (isEifMagic(content))
        return T::Eif;
    if (startsLikeJson(content))
        return MeasurementsJsonParser::detect(content);
    if (auto doc = decodeAttestationInput(content); doc && AttestationDocument::parse(*doc))
        return T::AttestationDocument;
    return T::Unknown;
}

Result<Measurements> MeasurementsLoader::load(const QString &path, const ProgressCallback &progress,
                                              const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()));
    const QByteArray head = file.read(4);
    if (isEifMagic(head)) {
        file.close();
        return fromEif(path, progress, cancel);
    }
    if (file.size() > MaxDocumentFileSize)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("%1 bytes and no EIF magic: too large for an attestation document or JSON "
                   "measurements (limit %2)")
                .arg(file.size())
                .arg(MaxDocumentFileSize),
            0);
    file.seek(0);
    const QByteArray content = file.readAll();
    if (content.isEmpty())
        return makeError(Error::Code::Truncated, Tr::tr("empty file"), 0);
    if (startsLikeJson(content))
        return MeasurementsJsonParser::parse(content, path);
    // `nitro-cli build-enclave ... > out.txt 2>&1` puts progress lines before the JSON: skip text
    // lines up to one that opens a JSON object, if what follows parses as measurements.
    if (const qsizetype brace = content.indexOf("\n{"); brace >= 0 && content.first(brace).isValidUtf8()) {
        const QByteArray rest = content.mid(brace + 1);
        if (MeasurementsJsonParser::detect(rest) != Measurements::SourceType::Unknown) {
            auto m = MeasurementsJsonParser::parse(rest, path);
            if (m)
                m->addNote(Tr::tr("%1 lines of text before the JSON were skipped")
                               .arg(content.first(brace).count('\n') + 1));
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

Result<Measurements> MeasurementsLoader::fromEif(const QString &path, const ProgressCallback &progress,
                                                 const std::atomic_bool *cancel)
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

    Measurements out(Measurements::SourceType::Eif, path);
    out.setSourceDetail(
        Tr::tr("EIF v%1, %2 sections").arg(reader->header().version()).arg(reader->sections().size()));
    out.setHashAlgorithm(QStringLiteral("SHA-384"));
    out.insert({ 0, m->pcr0, {}, Tr::tr("computed: kernel, cmdline and every ramdisk") });
    out.insert({ 1, m->pcr1, {}, Tr::tr("computed: kernel, cmdline and ramdisk 0") });
    out.insert({ 2, m->pcr2, {}, Tr::tr("computed: ramdisks 1..n") });
    if (!m->pcr8.isEmpty())
        out.insert({ 8, m->pcr8, {}, Tr::tr("computed: SHA-384 of the signing certificate (DER)") });
    if (!reader->isSigned())
        out.setImpliedZero({8});
    else if (m->pcr8.isEmpty())
        out.addNote(Tr::tr("signed, but PCR8 could not be computed: %1").arg(m->pcr8Error));
    if (!m->crcMatches())
        out.addNote(Tr::tr("CRC mismatch: stored %1, computed %2")
                        .arg(m->storedCrc, 8, 16, QLatin1Char('0'))
                        .arg(m->computedCrc, 8, 16, QLatin1Char('0')));
    for (const EifWarning &w : reader->warnings())
        out.addNote(w.toString());
    return out;
}

Result<Measurements> MeasurementsLoader::fromAttestationDocument(const QByteArray &input, const QString &sourceName)
{
    QString encoding;
    auto bytes = decodeAttestationInput(input, &encoding);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto doc = AttestationDocument::parse(*bytes);
    if (!doc)
        return std::unexpected(doc.error());

    Measurements out(Measurements::SourceType::AttestationDocument, sourceName);
    out.setHashAlgorithm(doc->digest());
    out.setSourceDetail(
        Tr::tr("%1 attestation document (%2), module %3, %4")
            .arg(doc->kindName(), encoding, doc->moduleId(), doc->timestamp().toString(Qt::ISODateWithMs)));
    for (const AttestationPcr &p : doc->pcrs())
        out.insert({ p.index, p.value, {}, Tr::tr("payload pcrs[%1]").arg(p.index) });
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

#include "agent/liveattestation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "attestation/attestationjson.h"
#include "attestation/attestationverifier.h"

namespace enclave::agent {

namespace {

// Messages for people, translated in context "LiveAttestation".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LiveAttestation)
};

// The document's own PCRs as a measurement source, restricted to the registers that describe the
// image (so PCR3/PCR4 of the instance never count as differences).
Measurements documentMeasurements(const AttestationDocument &document)
{
    Measurements m = Measurements::fromAttestationDocument(document, Tr::tr("live attestation document"));
    for (int index : m.indexes()) {
        if (std::find(std::begin(LiveAttestationResult::kComparedPcrs),
                std::end(LiveAttestationResult::kComparedPcrs), index)
            == std::end(LiveAttestationResult::kComparedPcrs))
            m.remove(index);
    }
    return m;
}

void collectDifferences(const PcrDiff &diff, QList<int> &into)
{
    for (int index : diff.differentIndexes()) {
        if (!into.contains(index))
            into.append(index);
    }
    std::sort(into.begin(), into.end());
}

} // namespace

LiveAttestationResult evaluateLiveAttestation(
    const QByteArray &documentBytes, const LiveAttestationOptions &options)
{
    LiveAttestationResult result;
    result.nonceCarried = options.nonceCarried;
    auto parsed = AttestationDocument::parse(documentBytes);
    if (!parsed) {
        result.error = Tr::tr("the enclave's answer is not an attestation document: %1")
                           .arg(parsed.error().toString());
        return result;
    }
    result.document = *parsed;
    const AttestationDocument &document = *result.document;
    const QList<QByteArray> bundle = document.cabundleDer();
    if (!bundle.isEmpty()) {
        if (auto root = X509Certificate::fromDer(bundle.first()))
            result.simulated = root->subject().contains(QLatin1String(kSimulatorRootMarker));
    }

    AttestationExpectations expectations;
    if (options.nonceCarried)
        expectations.nonce = options.nonce;
    expectations.maxAgeSeconds = options.maxAgeSeconds;
    const AttestationVerifier verifier
        = options.trustedRoot ? AttestationVerifier(*options.trustedRoot) : AttestationVerifier();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    result.verification = verifier.verify(document, AttestationTime::at(now), expectations);
    result.ageSeconds = document.timestamp().secsTo(now);
    if (!result.verification.valid) {
        result.error = result.verification.firstFailure();
        return result;
    }
    if (document.isDebugMode()) {
        result.status = LiveAttestationResult::Status::DebugMode;
        return result;
    }
    const Measurements live = documentMeasurements(document);
    if (!options.image.isEmpty()) {
        result.imageDiff = PcrDiff::compare(live, options.image);
        collectDifferences(*result.imageDiff, result.mismatchedPcrs);
    }
    if (options.expected) {
        result.expectedDiff = PcrDiff::compare(live, *options.expected);
        collectDifferences(*result.expectedDiff, result.mismatchedPcrs);
        if (result.expectedDiff->comparedCount() == 0 && result.error.isEmpty())
            result.error = Tr::tr("the expectations name none of PCR0, PCR1, PCR2, PCR8");
    }
    if (!result.mismatchedPcrs.isEmpty())
        result.status = LiveAttestationResult::Status::Mismatch;
    else if (result.imageDiff && result.imageDiff->comparedCount() == 0 && !options.expected) {
        result.status = LiveAttestationResult::Status::Mismatch;
        result.error = Tr::tr("no PCR of the image could be compared");
    } else
        result.status = LiveAttestationResult::Status::Matches;
    return result;
}

QString LiveAttestationResult::statusId(Status status)
{
    switch (status) {
    case Status::Matches:
        return QStringLiteral("matches");
    case Status::Mismatch:
        return QStringLiteral("mismatch");
    case Status::DebugMode:
        return QStringLiteral("debug-mode");
    case Status::NotVerified:
        return QStringLiteral("not-verified");
    }
    return {};
}

QString LiveAttestationResult::summary() const
{
    QString text;
    switch (status) {
    case Status::Matches:
        text = imageDiff ? Tr::tr("verified, matches image") : Tr::tr("verified, matches expectations");
        break;
    case Status::Mismatch: {
        QStringList names;
        for (int i : mismatchedPcrs)
            names << QStringLiteral("PCR%1").arg(i);
        text = names.isEmpty() ? Tr::tr("MISMATCH: %1").arg(error)
                               : Tr::tr("MISMATCH: %1").arg(names.join(QStringLiteral(", ")));
        break;
    }
    case Status::DebugMode:
        text = Tr::tr("debug mode: PCR0-2 are zero by design, this proves nothing about the image");
        break;
    case Status::NotVerified:
        text = Tr::tr("NOT VERIFIED: %1").arg(error);
        break;
    }
    if (status != Status::NotVerified && !nonceCarried)
        text += Tr::tr(" (no nonce: the endpoint cannot carry one, freshness rests on the document's age)");
    if (simulated)
        text = Tr::tr("SIMULATED: ") + text;
    return text;
}

QJsonObject LiveAttestationResult::toJson() const
{
    QJsonObject o { { QStringLiteral("status"), statusId(status) }, { QStringLiteral("ok"), ok() },
        { QStringLiteral("summary"), summary() }, { QStringLiteral("simulated"), simulated },
        { QStringLiteral("nonceCarried"), nonceCarried } };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (ageSeconds >= 0)
        o.insert(QStringLiteral("ageSeconds"), ageSeconds);
    if (document) {
        o.insert(QStringLiteral("document"), attestationjson::document(*document));
        o.insert(QStringLiteral("verification"), attestationjson::verification(verification));
    }
    QJsonArray mismatched;
    for (int i : mismatchedPcrs)
        mismatched.append(QStringLiteral("PCR%1").arg(i));
    o.insert(QStringLiteral("mismatchedPcrs"), mismatched);
    if (imageDiff)
        o.insert(QStringLiteral("image"), imageDiff->toJson());
    if (expectedDiff)
        o.insert(QStringLiteral("expected"), expectedDiff->toJson());
    return o;
}

} // namespace enclave::agent

#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"
#include "measure/measurements.h"

class QJsonArray;
class QJsonObject;

namespace enclave {

// Reads PCR values from the JSON shapes reviewers hold, telling them apart by content:
// - nitro-cli build-enclave / sign-eif / describe-eif output ({"Measurements": {"HashAlgorithm":
//   "Sha384 { ... }" or a newer label, "PCR0": ...}}), describe-enclaves (an array of one enclave);
// - enclave-tool describe-eif --json (the same Measurements object, plus our own keys);
// - a KMS key policy: kms:RecipientAttestation:ImageSha384 (= PCR0) and :PCRn conditions, key names
//   in any case, StringEquals[IgnoreCase] in Allow statements or StringNotEquals[IgnoreCase] in Deny;
// - an expectations file {"PCR0": "...", ...} (or {"pcrs": {"0": ...}}).
// Worst-case cost: input over MaxJsonSize (4 MiB) is refused first; one QJsonDocument parse (linear
// time, roughly 8-24 bytes of Qt JSON tree per input byte), then one walk of the objects it knows.
class MeasurementsJsonParser final {
public:
    static constexpr qint64 MaxJsonSize = 4 << 20;

    // Which of the shapes above `json` is; Unknown when none (or not JSON).
    static Measurements::SourceType detect(const QByteArray &json);
    static Result<Measurements> parse(const QByteArray &json, const QString &sourceName);

private:
    static Result<Measurements> fromMeasurementsObject(const QJsonObject &root, const QString &sourceName);
    static Result<Measurements> fromKmsPolicy(const QJsonObject &root, const QString &sourceName);
    static Result<Measurements> fromExpectations(const QJsonObject &root, const QString &sourceName);
};

} // namespace enclave

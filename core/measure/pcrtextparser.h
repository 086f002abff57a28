#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/error.h"
#include "measure/measurements.h"

namespace enclave {

// Expected PCR values as users paste them: any of MeasurementsJsonParser's JSON shapes (nitro-cli
// output, describe-eif JSON, a KMS key policy, an expectations file); a JSON fragment holding
// "PCRn" keys at any depth (e.g. a key policy's Condition block, "kms:RecipientAttestation:PCR0");
// or lines such as "PCR0: <hex>", "pcr1=<hex>", "2 <hex>" ('#' starts a comment). Values follow
// Measurements' length rule. Empty text is an empty set.
class PcrTextParser final {
    Q_DECLARE_TR_FUNCTIONS(PcrTextParser)

public:
    static Result<Measurements> parse(const QString &text, const QString &sourceName = {});
};

} // namespace enclave

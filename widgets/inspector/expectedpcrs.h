#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include "common/error.h"

namespace enclave::ui {

// Expected PCR values as users paste them: nitro-cli JSON (describe-eif / build-enclave
// "Measurements", describe-enclaves), KMS key-policy conditions ("kms:RecipientAttestation:PCR0"),
// or lines such as "PCR0: <hex>", "pcr1=<hex>", "2 <hex>". Values are hex of 32, 48 or 64 bytes.
class ExpectedPcrs final
{
    Q_DECLARE_TR_FUNCTIONS(ExpectedPcrs)

public:
    static Result<QMap<int, QByteArray>> parse(const QString &text);
    // The nitro-cli "Measurements" shape, used for copying and for loading from an EIF.
    static QString toNitroCliJson(const QMap<int, QByteArray> &pcrs, bool wrapInMeasurements = true);
};

} // namespace enclave::ui

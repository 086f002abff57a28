#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include "common/error.h"

namespace enclave::cli {

// PCR values of one measurement source named on the command line (--from / --against), for the
// kms commands.
struct KmsSource {
    QString path;
    QString kind; // "eif", "attestation-document", "nitro-cli-json", ...
    QMap<int, QByteArray> pcrs; // index -> 48-byte value
    QMap<int, QList<QByteArray>> accepted; // several values per PCR (a KMS policy as source)
    QStringList notes;
};

Result<KmsSource> loadKmsSource(const QString &path);

// "0,1,2,8" -> {0,1,2,8}; an error names the bad item.
Result<QList<int>> parsePcrList(const QString &text);

} // namespace enclave::cli

#pragma once

// Shared by the attestation tests: the real documents, their expected values, file helpers.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace enclave::testkit {

inline QString attestationDir()
{
    return QStringLiteral(TEST_DATA_DIR "/attestation");
}

inline QByteArray readAttestationFile(const QString &name)
{
    QFile f(attestationDir() + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The 11 real NSM documents (see tests/data/README.md).
inline QStringList realDocuments()
{
    return {
        QStringLiteral("uid2core-debug-2021-04-26.cbor"),
        QStringLiteral("evervault-beta-debug-2022-10-12.cbor"),
        QStringLiteral("evervault-beta-valid-2022-10-13.cbor"),
        QStringLiteral("evervault-certsan-prod-2023-01-18.cbor"),
        QStringLiteral("evervault-certsan-debug-2023-01-18.cbor"),
        QStringLiteral("evervault-ga-debug-2023-09-18.cbor"),
        QStringLiteral("sparsity-attestation2-2023-09-28.cbor"),
        QStringLiteral("sparsity-attestation1-debug-2024-08-16.cbor"),
        QStringLiteral("fastcrypto-fixed-valid-debug-2024-11-14.cbor"),
        QStringLiteral("fastcrypto-pcr16-indefmap-2025-11-10.cbor"),
        QStringLiteral("base-nitrovalidator-indefmap-2026-01-03.cbor"),
    };
}

// expected.json from the independent reference checker, keyed by file name.
inline QJsonObject expectedValues()
{
    return QJsonDocument::fromJson(readAttestationFile(QStringLiteral("expected.json"))).object();
}

} // namespace enclave::testkit

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "measure/measurements.h"

namespace enclave {

class EifDescription;

// The one writer of nitro-cli's JSON: the "Measurements" object and the documents nitro-cli prints
// for build-enclave / sign-eif ({"Measurements": {...}}) and describe-eif, as text in nitro-cli's
// layout (serde_json::to_string_pretty: two-space indent, keys in struct order), so users can diff
// our output against nitro-cli's with text tools. QJsonObject would sort the keys.
//
// Key order, from aws-nitro-enclaves-cli src/common/json_output.rs (EnclaveBuildInfo,
// EifDescribeInfo, MetadataDescribeInfo) and aws-nitro-enclaves-image-format
// src/utils/eif_reader.rs (SignCertificateInfo): struct fields in declaration order; maps
// (Measurements, IssuerName, DockerInfo, custom metadata) are BTreeMaps, i.e. sorted by key.
class NitroCliJson final {
public:
    // Label nitro-cli <= 1.4 prints for "HashAlgorithm" (sha2 0.9's Debug of Sha384).
    static QString hashAlgorithmLabel() { return QStringLiteral("Sha384 { ... }"); }

    // {"HashAlgorithm", "PCR0", "PCR1", ...} with lower-case hex values.
    static QJsonObject measurementsObject(const Measurements &m);
    // build-enclave / sign-eif output: {"Measurements": {...}}.
    static QByteArray buildInfo(const Measurements &m);
    // One register as the GUI copies it: {"PCR8": "..."}.
    static QByteArray pcr(int index, const QByteArray &value);
    // describe-eif output: EifDescription::toJson() in nitro-cli's key order, our keys
    // (Architecture, Sections, Warnings, Errors) after nitro-cli's.
    static QByteArray describeEif(const EifDescription &description);

    // Pretty-prints `root` as serde_json does. `order` maps an object's path ("" for the root,
    // "Metadata", "Sections[]" for the objects of an array) to the keys that come first, in that
    // order; the remaining keys follow sorted (BTreeMap order).
    static QByteArray write(const QJsonObject &root, const QHash<QString, QStringList> &order = {});
};

} // namespace enclave

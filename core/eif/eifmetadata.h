#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "common/error.h"

namespace enclave {

// The metadata section (type 5): serde_json of EifIdentityInfo {ImageName, ImageVersion,
// BuildMetadata{...}, DockerInfo, CustomMetadata}. Read leniently (eif_build leaves DockerInfo null).
// Worst-case cost: one QJsonDocument parse of at most 1 MiB (EifReader's bound): linear time, Qt's
// JSON tree takes roughly 8-24 bytes of memory per input byte (16-byte elements, UTF-16 strings).
class EifMetadata final {
public:
    EifMetadata() = default;

    // Errors name the byte offset of the JSON syntax error (baseOffset = section data offset).
    static Result<EifMetadata> parse(QByteArrayView json, qint64 baseOffset = 0);

    // Compact JSON for a metadata section; buildMetadata holds BuildTime, BuildTool, ...
    static QByteArray build(const QString &imageName, const QString &imageVersion,
        const QJsonObject &buildMetadata, const QJsonValue &dockerInfo = QJsonValue::Null,
        const QJsonValue &customMetadata = QJsonValue::Null);

    bool isValid() const { return !m_root.isEmpty(); }
    QString imageName() const { return m_root.value(QLatin1StringView("ImageName")).toString(); }
    QString imageVersion() const { return m_root.value(QLatin1StringView("ImageVersion")).toString(); }
    QJsonObject buildMetadata() const { return m_root.value(QLatin1StringView("BuildMetadata")).toObject(); }
    QJsonValue dockerInfo() const { return m_root.value(QLatin1StringView("DockerInfo")); }
    QJsonValue customMetadata() const { return m_root.value(QLatin1StringView("CustomMetadata")); }
    const QJsonObject &root() const { return m_root; }

    // nitro-cli describe-eif's "Metadata": BuildMetadata's fields, DockerInfo, and the custom
    // metadata's keys flattened in (serde flatten).
    QJsonObject describeMetadata() const;

private:
    QJsonObject m_root;
};

} // namespace enclave

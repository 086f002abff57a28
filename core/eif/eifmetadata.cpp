#include "eifmetadata.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace enclave {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EifMetadata)
};
} // namespace

Result<EifMetadata> EifMetadata::parse(QByteArrayView json, qint64 baseOffset)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError) {
        return makeError(Error::Code::Malformed,
            Tr::tr("metadata section: invalid JSON: %1").arg(err.errorString()), baseOffset + err.offset);
    }
    if (!doc.isObject())
        return makeError(
            Error::Code::Malformed, Tr::tr("metadata section: JSON is not an object"), baseOffset);
    EifMetadata m;
    m.m_root = doc.object();
    return m;
}

QByteArray EifMetadata::build(const QString &imageName, const QString &imageVersion,
    const QJsonObject &buildMetadata, const QJsonValue &dockerInfo, const QJsonValue &customMetadata)
{
    QJsonObject root;
    root.insert(QLatin1StringView("ImageName"), imageName);
    root.insert(QLatin1StringView("ImageVersion"), imageVersion);
    root.insert(QLatin1StringView("BuildMetadata"), buildMetadata);
    root.insert(QLatin1StringView("DockerInfo"), dockerInfo);
    root.insert(QLatin1StringView("CustomMetadata"), customMetadata);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject EifMetadata::describeMetadata() const
{
    QJsonObject out = buildMetadata();
    out.insert(QLatin1StringView("DockerInfo"), dockerInfo());
    const QJsonObject custom = customMetadata().toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace enclave

#include "measure/nitroclijson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "common/hex.h"
#include "eif/eifdescription.h"

namespace enclave {

namespace {

// A scalar as JSON text (QJsonDocument escapes strings as serde_json does for what we print).
QByteArray scalar(const QJsonValue &v)
{
    QByteArray text = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &value, const QString &path, int depth,
    const QHash<QString, QStringList> &order);

void writeObject(QByteArray &out, const QJsonObject &object, const QString &path, int depth,
    const QHash<QString, QStringList> &order)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    QStringList keys;
    for (const QString &k : order.value(path)) {
        if (object.contains(k))
            keys.append(k);
    }
    for (const QString &k : object.keys()) { // sorted
        if (!keys.contains(k))
            keys.append(k);
    }
    const QByteArray indent(2 * (depth + 1), ' ');
    out += "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &k = keys.at(i);
        out += indent + scalar(k) + ": ";
        writeValue(out, object.value(k), path.isEmpty() ? k : path + u'.' + k, depth + 1, order);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    out += QByteArray(2 * depth, ' ') + '}';
}

void writeValue(QByteArray &out, const QJsonValue &value, const QString &path, int depth,
    const QHash<QString, QStringList> &order)
{
    if (value.isObject()) {
        writeObject(out, value.toObject(), path, depth, order);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        const QByteArray indent(2 * (depth + 1), ' ');
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            writeValue(out, array.at(i), path + QStringLiteral("[]"), depth + 1, order);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += QByteArray(2 * depth, ' ') + ']';
    } else {
        out += scalar(value);
    }
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QLatin1StringView(n));
    return out;
}

} // namespace

QJsonObject NitroCliJson::measurementsObject(const Measurements &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("HashAlgorithm"), hashAlgorithmLabel());
    for (int index : m.indexes())
        o.insert(QStringLiteral("PCR%1").arg(index), hex::encode(m.value(index)));
    return o;
}

QByteArray NitroCliJson::buildInfo(const Measurements &m)
{
    return write(QJsonObject { { QLatin1StringView("Measurements"), measurementsObject(m) } });
}

QByteArray NitroCliJson::pcr(int index, const QByteArray &value)
{
    return write(QJsonObject { { QStringLiteral("PCR%1").arg(index), hex::encode(value) } });
}

QByteArray NitroCliJson::describeEif(const EifDescription &description)
{
    static const QHash<QString, QStringList> order {
        // EifDescribeInfo, then ours.
        { QString(),
            keys({ "EifVersion", "Measurements", "IsSigned", "SigningCertificate", "CheckCRC",
                "SignatureCheck", "ImageName", "ImageVersion", "Metadata", "Architecture", "Sections",
                "Warnings", "Errors" }) },
        // SignCertificateInfo.
        { QStringLiteral("SigningCertificate"),
            keys({ "IssuerName", "Algorithm", "NotBefore", "NotAfter", "Signature" }) },
        // MetadataDescribeInfo; the custom metadata (serde flatten) follows, sorted.
        { QStringLiteral("Metadata"),
            keys({ "BuildTime", "BuildTool", "BuildToolVersion", "OperatingSystem", "KernelVersion",
                "DockerInfo" }) },
        // Ours: the section table in header order.
        { QStringLiteral("Sections[]"), keys({ "Index", "Type", "Offset", "DataOffset", "Size" }) },
    };
    return write(description.toJson(), order);
}

QByteArray NitroCliJson::write(const QJsonObject &root, const QHash<QString, QStringList> &order)
{
    QByteArray out;
    writeObject(out, root, QString(), 0, order);
    out += '\n';
    return out;
}

} // namespace enclave

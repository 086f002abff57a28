#include "nitrojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace enclave::nitrosim {

namespace {
QByteArray scalar(const QJsonValue &v)
{
    // QJsonDocument encodes strings and numbers exactly as JSON needs; wrap to reuse it.
    const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void write(QByteArray &out, const QJsonValue &v, const QStringList &order, int depth)
{
    const QByteArray indent(2 * (depth + 1), ' ');
    const QByteArray closing(2 * depth, ' ');
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += indent;
            write(out, a.at(i), order, depth + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += closing + ']';
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys;
        for (const QString &k : order)
            if (o.contains(k))
                keys.append(k);
        for (const QString &k : o.keys()) // sorted
            if (!order.contains(k))
                keys.append(k);
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent + scalar(QJsonValue(keys.at(i))) + ": ";
            write(out, o.value(keys.at(i)), order, depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
    } else {
        out += scalar(v);
    }
}
} // namespace

QByteArray prettyJson(const QJsonValue &value, const QStringList &keyOrder)
{
    QByteArray out;
    write(out, value, keyOrder, 0);
    out += '\n';
    return out;
}

QStringList enclaveKeyOrder()
{
    // src/common/json_output.rs: EnclaveRunInfo, EnclaveDescribeInfo, EnclaveTerminateInfo and
    // EifDescribeInfo share these names; Measurements is a sorted map.
    return { QStringLiteral("EnclaveName"), QStringLiteral("EnclaveID"), QStringLiteral("ProcessID"),
        QStringLiteral("EnclaveCID"), QStringLiteral("NumberOfCPUs"), QStringLiteral("CPUIDs"),
        QStringLiteral("MemoryMiB"), QStringLiteral("State"), QStringLiteral("Flags"),
        QStringLiteral("Terminated"), QStringLiteral("EifVersion"), QStringLiteral("Measurements"),
        QStringLiteral("IsSigned"), QStringLiteral("SigningCertificate"), QStringLiteral("CheckCRC"),
        QStringLiteral("SignatureCheck"), QStringLiteral("ImageName"), QStringLiteral("ImageVersion"),
        QStringLiteral("Metadata"), QStringLiteral("BuildTime"), QStringLiteral("BuildTool"),
        QStringLiteral("BuildToolVersion"), QStringLiteral("OperatingSystem"),
        QStringLiteral("KernelVersion"), QStringLiteral("DockerInfo") };
}

} // namespace enclave::nitrosim

#include "kmspolicyjson.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace enclave {

namespace {

int rank(const QString &key)
{
    static const QStringList order { QStringLiteral("Version"), QStringLiteral("Id"),
        QStringLiteral("Statement"), QStringLiteral("Sid"), QStringLiteral("Effect"),
        QStringLiteral("Principal"), QStringLiteral("NotPrincipal"), QStringLiteral("Action"),
        QStringLiteral("NotAction"), QStringLiteral("Resource"), QStringLiteral("NotResource"),
        QStringLiteral("Condition") };
    const qsizetype i = order.indexOf(key);
    return i < 0 ? int(order.size()) : int(i);
}

QByteArray scalar(const QJsonValue &v)
{
    // QJsonDocument escapes strings correctly; a one-element array is the cheapest way to reach it.
    QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void write(QByteArray &out, const QJsonValue &v, int indent)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray inner((indent + 1) * 2, ' ');
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = o.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const int ra = rank(a), rb = rank(b);
            return ra != rb ? ra < rb : a < b;
        });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += inner + scalar(keys.at(i)) + ": ";
            write(out, o.value(keys.at(i)), indent + 1);
            out += (i + 1 < keys.size()) ? ",\n" : "\n";
        }
        out += pad + '}';
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += inner;
            write(out, a.at(i), indent + 1);
            out += (i + 1 < a.size()) ? ",\n" : "\n";
        }
        out += pad + ']';
    } else {
        out += scalar(v);
    }
}

} // namespace

QByteArray KmsPolicyJson::toText(const QJsonValue &value)
{
    QByteArray out;
    write(out, value, 0);
    out += '\n';
    return out;
}

} // namespace enclave

#include "inspector/expectedpcrs.h"

#include <functional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "common/hex.h"

namespace enclave::ui {

namespace {

Result<QByteArray> decodeValue(int index, const QString &value)
{
    const auto bytes = hex::decode(value.trimmed());
    if (!bytes || !(bytes->size() == 32 || bytes->size() == 48 || bytes->size() == 64)) {
        return makeError(Error::Code::Malformed,
                         ExpectedPcrs::tr("PCR%1: expected 96 hex digits (SHA-384), got \"%2\"").arg(index).arg(value.left(40)));
    }
    return *bytes;
}

} // namespace

Result<QMap<int, QByteArray>> ExpectedPcrs::parse(const QString &text)
{
    QMap<int, QByteArray> out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return out;
    static const QRegularExpression keyPattern(QStringLiteral("(?:^|[^A-Za-z])PCR(\\d{1,2})$"),
                                               QRegularExpression::CaseInsensitiveOption);

    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (doc.isNull()) {
            return makeError(Error::Code::Malformed, tr("invalid JSON: %1").arg(error.errorString()),
                             error.offset);
        }
        std::optional<Error> failure;
        std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
            if (value.isObject()) {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const auto match = keyPattern.match(it.key());
                    if (match.hasMatch() && it.value().isString()) {
                        const int index = match.captured(1).toInt();
                        auto bytes = decodeValue(index, it.value().toString());
                        if (!bytes) {
                            failure = bytes.error();
                            return;
                        }
                        out.insert(index, *bytes);
                    } else {
                        walk(it.value());
                    }
                }
            } else if (value.isArray()) {
                for (const QJsonValue &v : value.toArray())
                    walk(v);
            }
        };
        walk(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        if (failure)
            return std::unexpected(*failure);
        if (out.isEmpty())
            return makeError(Error::Code::Malformed, tr("no \"PCRn\" keys in the JSON"));
        return out;
    }

    static const QRegularExpression linePattern(
        QStringLiteral("^\\s*(?:PCR)?\\s*(\\d{1,2})\\s*[:=\\s]\\s*\"?(?:0x)?([0-9A-Fa-f]+)\"?\\s*,?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto match = linePattern.match(line);
        if (!match.hasMatch()) {
            return makeError(Error::Code::Malformed,
                             tr("line %1: expected \"PCRn: <hex>\", got \"%2\"").arg(i + 1).arg(line.left(40)));
        }
        const int index = match.captured(1).toInt();
        auto bytes = decodeValue(index, match.captured(2));
        if (!bytes)
            return std::unexpected(bytes.error());
        out.insert(index, *bytes);
    }
    return out;
}

QString ExpectedPcrs::toNitroCliJson(const QMap<int, QByteArray> &pcrs, bool wrapInMeasurements)
{
    // nitro-cli prints HashAlgorithm first, then PCRs in index order; QJsonObject would sort the
    // keys alphabetically, so the text is assembled by hand.
    QStringList entries;
    const QString indent = wrapInMeasurements ? QStringLiteral("    ") : QStringLiteral("  ");
    if (wrapInMeasurements)
        entries << indent + QStringLiteral("\"HashAlgorithm\": \"Sha384 { ... }\"");
    for (auto it = pcrs.begin(); it != pcrs.end(); ++it)
        entries << indent + QStringLiteral("\"PCR%1\": \"%2\"").arg(it.key()).arg(hex::encode(it.value()));
    const QString body = entries.join(QStringLiteral(",\n"));
    if (!wrapInMeasurements)
        return QStringLiteral("{\n%1\n}\n").arg(body);
    return QStringLiteral("{\n  \"Measurements\": {\n%1\n  }\n}\n").arg(body);
}

} // namespace enclave::ui

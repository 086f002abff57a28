#include "measure/pcrtextparser.h"

#include <functional>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "common/hex.h"
#include "measure/measurementsjsonparser.h"

namespace enclave {

namespace {

Result<QByteArray> decodeValue(int index, const QString &value)
{
    const auto bytes = hex::decode(value.trimmed());
    if (!bytes || !Measurements::isValidValueLength(bytes->size())) {
        return makeError(Error::Code::Malformed,
            PcrTextParser::tr("PCR%1: expected 96 hex digits (SHA-384), got \"%2\"")
                .arg(index)
                .arg(value.left(40)));
    }
    return *bytes;
}

// PCRn keys anywhere in a JSON value (fragments the shape detector does not know).
Result<Measurements> walkJson(const QJsonDocument &doc, const QString &sourceName)
{
    static const QRegularExpression keyPattern(
        QStringLiteral("(?:^|[^A-Za-z])PCR(\\d{1,2})$"), QRegularExpression::CaseInsensitiveOption);
    Measurements out(Measurements::SourceType::Expectations, sourceName);
    std::optional<Error> failure;
    std::function<void(const QJsonValue &, const QString &)> walk
        = [&](const QJsonValue &value, const QString &path) {
              if (failure)
                  return;
              if (value.isObject()) {
                  const QJsonObject object = value.toObject();
                  for (auto it = object.begin(); it != object.end() && !failure; ++it) {
                      const QString where = path.isEmpty() ? it.key() : path + u'.' + it.key();
                      const auto match = keyPattern.match(it.key());
                      if (match.hasMatch() && it.value().isString()) {
                          const int index = match.captured(1).toInt();
                          auto bytes = decodeValue(index, it.value().toString());
                          if (!bytes) {
                              failure = bytes.error();
                              return;
                          }
                          if (index <= Measurements::MaxPcrIndex)
                              out.insert({ index, *bytes, {}, where });
                      } else {
                          walk(it.value(), where);
                      }
                  }
              } else if (value.isArray()) {
                  const QJsonArray array = value.toArray();
                  for (qsizetype i = 0; i < array.size(); ++i)
                      walk(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
              }
          };
    walk(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString());
    if (failure)
        return std::unexpected(*failure);
    if (out.isEmpty())
        return makeError(Error::Code::Malformed, PcrTextParser::tr("no \"PCRn\" keys in the JSON"));
    return out;
}

} // namespace

Result<Measurements> PcrTextParser::parse(const QString &text, const QString &sourceName)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Measurements(Measurements::SourceType::Expectations, sourceName);

    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        const QByteArray json = trimmed.toUtf8();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (doc.isNull())
            return makeError(
                Error::Code::Malformed, tr("invalid JSON: %1").arg(error.errorString()), error.offset);
        // A whole document of a known shape is read as the file loaders read it.
        if (MeasurementsJsonParser::detect(json) != Measurements::SourceType::Unknown)
            return MeasurementsJsonParser::parse(json, sourceName);
        return walkJson(doc, sourceName);
    }

    static const QRegularExpression linePattern(
        QStringLiteral("^\\s*(?:PCR)?\\s*(\\d{1,2})\\s*[:=\\s]\\s*\"?(?:0x)?([0-9A-Fa-f]+)\"?\\s*,?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    Measurements out(Measurements::SourceType::Expectations, sourceName);
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
        if (index > Measurements::MaxPcrIndex)
            return makeError(Error::Code::Malformed,
                tr("line %1: PCR%2 does not exist (PCR0 to PCR31)").arg(i + 1).arg(index));
        auto bytes = decodeValue(index, match.captured(2));
        if (!bytes)
            return std::unexpected(bytes.error());
        out.insert({ index, *bytes, {}, tr("line %1").arg(i + 1) });
    }
    return out;
}

} // namespace enclave

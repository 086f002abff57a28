#include "measurementsjsonparser.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "common/hex.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MeasurementsJsonParser)
};

using SourceType = Measurements::SourceType;

constexpr int MaxPcrIndex = Measurements::MaxPcrIndex;

// JSON member by name, ignoring case (policy authors and hand-written files vary).
std::optional<QString> findKey(const QJsonObject &o, QLatin1StringView key)
{
    if (o.contains(key))
        return QString(key);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return std::nullopt;
}

QJsonValue member(const QJsonObject &o, QLatin1StringView key)
{
    const auto k = findKey(o, key);
    return k ? o.value(*k) : QJsonValue(QJsonValue::Undefined);
}

// "PCR12" (any case) -> 12.
std::optional<int> pcrIndexFromKey(QStringView key, QStringView prefix = u"PCR")
{
    if (!key.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    const QStringView digits = key.mid(prefix.size());
    if (digits.isEmpty() || digits.size() > 2)
        return std::nullopt;
    int n = 0;
    for (QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
        n = n * 10 + c.digitValue();
    }
    if (n > MaxPcrIndex)
        return std::nullopt;
    return n;
}

Result<QByteArray> pcrValue(const QJsonValue &v, const QString &where)
{
    if (!v.isString())
        return makeError(Error::Code::Malformed, Tr::tr("%1: expected a hex string").arg(where));
    const auto bytes = hex::decode(v.toString());
    if (!bytes)
        return makeError(
            Error::Code::Malformed, Tr::tr("%1: '%2' is not hexadecimal").arg(where, v.toString().left(120)));
    // SHA-384 registers are what Nitro uses; eif_build can be asked for SHA-256/512.
    if (!Measurements::isValidValueLength(bytes->size()))
        return makeError(Error::Code::Malformed,
            Tr::tr("%1: %2 bytes is not a PCR value (48 for SHA-384)").arg(where).arg(bytes->size()));
    return *bytes;
}

bool isOurDescribeEif(const QJsonObject &root)
{
    // enclave-tool describe-eif adds what nitro-cli does not print: Architecture, Sections, Warnings.
    for (auto key :
        { QLatin1StringView("Sections"), QLatin1StringView("Header"), QLatin1StringView("InnerDigests"),
            QLatin1StringView("Warnings"), QLatin1StringView("Architecture") }) {
        if (findKey(root, key))
            return true;
    }
    return false;
}

bool looksLikeExpectations(const QJsonObject &root)
{
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (pcrIndexFromKey(it.key()))
            return true;
    }
    return member(root, QLatin1StringView("pcrs")).isObject();
}

struct Detected {
    SourceType type = SourceType::Unknown;
    QJsonObject object; // the object holding the measurements
    QString detail;
};

Detected detectDocument(const QJsonDocument &doc)
{
    Detected d;
    if (doc.isArray()) {
        // nitro-cli describe-enclaves: an array of running enclaves, each with Measurements.
        const QJsonArray a = doc.array();
        if (!a.isEmpty() && a.at(0).isObject()
            && member(a.at(0).toObject(), QLatin1StringView("Measurements")).isObject()) {
            d.type = SourceType::NitroCliJson;
            d.detail = QStringLiteral("nitro-cli describe-enclaves");
        }
        return d;
    }
    const QJsonObject root = doc.object();
    if (member(root, QLatin1StringView("Statement")).isArray()
        || member(root, QLatin1StringView("Statement")).isObject()) {
        d.type = SourceType::KmsKeyPolicy;
        d.object = root;
        d.detail = Tr::tr("KMS key policy");
        return d;
    }
    if (member(root, QLatin1StringView("Measurements")).isObject()) {
        d.object = root;
        if (isOurDescribeEif(root)) {
            d.type = SourceType::DescribeEifJson;
            d.detail = QStringLiteral("enclave-tool describe-eif");
        } else {
            d.type = SourceType::NitroCliJson;
            if (findKey(root, QLatin1StringView("EifVersion")))
                d.detail = QStringLiteral("nitro-cli describe-eif");
            else if (findKey(root, QLatin1StringView("EnclaveID")))
                d.detail = QStringLiteral("nitro-cli describe-enclaves");
            else
                d.detail = QStringLiteral("nitro-cli build-enclave / sign-eif");
        }
        return d;
    }
    if (looksLikeExpectations(root)) {
        d.type = SourceType::Expectations;
        d.object = root;
        d.detail = Tr::tr("expected PCR values");
    }
    return d;
}

} // namespace

Measurements::SourceType MeasurementsJsonParser::detect(const QByteArray &json)
{
    if (json.size() > MaxJsonSize)
        return SourceType::Unknown;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return SourceType::Unknown;
    return detectDocument(doc).type;
}

Result<Measurements> MeasurementsJsonParser::parse(const QByteArray &json, const QString &sourceName)
{
    if (json.size() > MaxJsonSize)
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("%1 bytes is too large for a measurements JSON file (limit %2)")
                .arg(json.size())
                .arg(MaxJsonSize));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            Error::Code::Malformed, Tr::tr("not valid JSON: %1").arg(error.errorString()), error.offset);
    Detected d = detectDocument(doc);
    Result<Measurements> r = makeError(Error::Code::Unsupported,
        Tr::tr("JSON without measurements: expected nitro-cli output ({\"Measurements\": "
               "...}), a KMS key policy or {\"PCR0\": \"...\"}"));
    switch (d.type) {
    case SourceType::NitroCliJson:
    case SourceType::DescribeEifJson:
        if (doc.isArray()) {
            const QJsonArray a = doc.array();
            if (a.size() != 1)
                return makeError(Error::Code::Usage,
                    Tr::tr("describe-enclaves output lists %1 enclaves: keep the one to compare")
                        .arg(a.size()));
            d.object = a.at(0).toObject();
        }
        r = fromMeasurementsObject(d.object, sourceName);
        if (r)
            r->setSourceType(d.type);
        break;
    case SourceType::KmsKeyPolicy:
        r = fromKmsPolicy(d.object, sourceName);
        break;
    case SourceType::Expectations:
        r = fromExpectations(d.object, sourceName);
        break;
    default:
        break;
    }
    if (r)
        r->setSourceDetail(d.detail);
    return r;
}

Result<Measurements> MeasurementsJsonParser::fromMeasurementsObject(
    const QJsonObject &root, const QString &sourceName)
{
    Measurements m(SourceType::NitroCliJson, sourceName);
    const QJsonObject meas = member(root, QLatin1StringView("Measurements")).toObject();
    const QJsonValue algo = member(meas, QLatin1StringView("HashAlgorithm"));
    if (algo.isString()) {
        // A Debug print of the hasher: "Sha384 { ... }" (sha2 0.9) or "Sha512_48 { .. }" (sha2 0.10).
        // Opaque, but it must name SHA-384 for the values to be Nitro PCRs.
        m.setHashAlgorithm(algo.toString());
        const QString label = algo.toString();
        if (!label.contains(QLatin1StringView("Sha384"), Qt::CaseInsensitive)
            && !label.contains(QLatin1StringView("Sha512_48"), Qt::CaseInsensitive)
            && !label.contains(QLatin1StringView("SHA-384"), Qt::CaseInsensitive))
            m.addNote(Tr::tr("unrecognised HashAlgorithm '%1': Nitro PCRs are SHA-384").arg(label));
    }
    for (auto it = meas.begin(); it != meas.end(); ++it) {
        const auto index = pcrIndexFromKey(it.key());
        if (!index)
            continue;
        const QString where = QStringLiteral("Measurements.%1").arg(it.key());
        auto value = pcrValue(it.value(), where);
        if (!value)
            return std::unexpected(value.error());
        m.insert({ *index, *value, {}, where });
    }
    if (m.isEmpty())
        return makeError(Error::Code::Malformed, Tr::tr("Measurements holds no PCR values"));
    // nitro-cli prints PCR8 only for signed images: absent means never extended.
    m.setImpliedZero({ 8 });
    return m;
}

Result<Measurements> MeasurementsJsonParser::fromExpectations(
    const QJsonObject &root, const QString &sourceName)
{
    Measurements m(SourceType::Expectations, sourceName);
    QJsonObject obj = root;
    QString prefix;
    bool numericKeys = false;
    if (const QJsonValue pcrs = member(root, QLatin1StringView("pcrs")); pcrs.isObject()) {
        obj = pcrs.toObject();
        prefix = *findKey(root, QLatin1StringView("pcrs")) + u'.';
        numericKeys = true;
    }
    QStringList ignored;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        std::optional<int> index = pcrIndexFromKey(it.key());
        if (!index && numericKeys)
            index = pcrIndexFromKey(it.key(), u"");
        if (!index) {
            ignored.append(it.key());
            continue;
        }
        const QString where = prefix + it.key();
        auto value = pcrValue(it.value(), where);
        if (!value)
            return std::unexpected(value.error());
        m.insert({ *index, *value, {}, where });
    }
    if (m.isEmpty())
        return makeError(Error::Code::Malformed, Tr::tr("no PCR values (keys PCR0..PCR31)"));
    if (!ignored.isEmpty())
        m.addNote(Tr::tr("keys ignored (not PCRn): %1").arg(ignored.join(QStringLiteral(", "))));
    return m;
}

Result<Measurements> MeasurementsJsonParser::fromKmsPolicy(const QJsonObject &root, const QString &sourceName)
{
    Measurements m(SourceType::KmsKeyPolicy, sourceName);
    QJsonArray statements;
    const QJsonValue st = member(root, QLatin1StringView("Statement"));
    if (st.isArray())
        statements = st.toArray();
    else
        statements.append(st);

    struct Found {
        QList<QByteArray> values;
        QStringList origins;
        bool caseSensitive = false;
    };
    std::map<int, Found> found;
    QByteArray imageSha384;
    QStringList ignored;

    for (qsizetype si = 0; si < statements.size(); ++si) {
        const QJsonObject s = statements.at(si).toObject();
        const QString sid = member(s, QLatin1StringView("Sid")).toString();
        const QString stmtName = sid.isEmpty() ? QStringLiteral("Statement[%1]").arg(si)
                                               : QStringLiteral("Statement[%1] (%2)").arg(si).arg(sid);
        const bool deny = member(s, QLatin1StringView("Effect"))
                              .toString()
                              .compare(QLatin1StringView("Deny"), Qt::CaseInsensitive)
            == 0;
        const QJsonObject conditions = member(s, QLatin1StringView("Condition")).toObject();
        for (auto op = conditions.begin(); op != conditions.end(); ++op) {
            // Operators: [ForAnyValue:|ForAllValues:]StringEquals[IgnoreCase][IfExists].
            QString base = op.key();
            if (const qsizetype colon = base.indexOf(u':'); colon >= 0)
                base = base.mid(colon + 1);
            if (base.endsWith(QLatin1StringView("IfExists"), Qt::CaseInsensitive))
                base.chop(8);
            const bool ignoreCase = base.endsWith(QLatin1StringView("IgnoreCase"), Qt::CaseInsensitive);
            if (ignoreCase)
                base.chop(10);
            // Allow + StringEquals and Deny + StringNotEquals both require the value.
            const bool requires_
                = (!deny && base.compare(QLatin1StringView("StringEquals"), Qt::CaseInsensitive) == 0)
                || (deny && base.compare(QLatin1StringView("StringNotEquals"), Qt::CaseInsensitive) == 0);
            const QJsonObject keys = op.value().toObject();
            for (auto k = keys.begin(); k != keys.end(); ++k) {
                const QString key = k.key();
                static const QLatin1StringView prefix("kms:RecipientAttestation:");
                if (!key.startsWith(prefix, Qt::CaseInsensitive))
                    continue;
                const QStringView name = QStringView(key).mid(prefix.size());
                std::optional<int> index;
                bool isImage = false;
                if (name.compare(u"ImageSha384", Qt::CaseInsensitive) == 0) {
                    index = 0;
                    isImage = true;
                } else {
                    index = pcrIndexFromKey(name);
                }
                const QString where = QStringLiteral("%1 Condition.%2.%3").arg(stmtName, op.key(), key);
                if (!index || !requires_) {
                    ignored.append(where);
                    continue;
                }
                QJsonArray values;
                if (k.value().isArray())
                    values = k.value().toArray();
                else
                    values.append(k.value());
                Found &f = found[*index];
                for (qsizetype vi = 0; vi < values.size(); ++vi) {
                    auto v = pcrValue(values.at(vi), where);
                    if (!v)
                        return std::unexpected(v.error());
                    if (!ignoreCase && values.at(vi).toString() != values.at(vi).toString().toLower())
                        m.addNote(Tr::tr(
                            "%1: StringEquals compares case-sensitively and attestation PCRs are lower "
                            "case: this upper-case value never matches")
                                      .arg(where));
                    if (isImage && imageSha384.isEmpty())
                        imageSha384 = *v;
                    if (!f.values.contains(*v))
                        f.values.append(*v);
                }
                f.origins.append(where);
            }
        }
    }
    if (found.empty())
        return makeError(Error::Code::Unsupported,
            Tr::tr("the key policy has no kms:RecipientAttestation:ImageSha384 or PCRn condition that "
                   "requires a value"));
    for (auto &[index, f] : found) {
        PcrMeasurement p;
        p.index = index;
        p.accepted = f.values;
        p.value = f.values.constFirst();
        p.origin = f.origins.join(QStringLiteral("; "));
        if (f.values.size() > 1)
            m.addNote(Tr::tr("PCR%1: the policy accepts any of %2 values").arg(index).arg(f.values.size()));
        if (index == 0 && f.values.size() > 1 && !imageSha384.isEmpty() && f.origins.size() > 1)
            m.addNote(Tr::tr("ImageSha384 and PCR0 name the same register (PCR0) with different values"));
        if (p.value == QByteArray(p.value.size(), '\0') && index <= 2)
            m.addNote(Tr::tr("PCR%1 is all zeros: it matches any debug-mode enclave").arg(index));
        m.insert(std::move(p));
    }
    if (!ignored.isEmpty())
        m.addNote(
            Tr::tr("conditions not read as required values: %1").arg(ignored.join(QStringLiteral("; "))));
    return m;
}

} // namespace enclave

#include "kmssource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "common/hex.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

Result<KmsSource> loadKmsSource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, f.errorString());
    if (f.size() > (4 << 20))
        return makeError(Error::Code::LimitExceeded, u"larger than 4 MiB; not a measurement file"_s);
    const QByteArray bytes = f.readAll();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Code::Unsupported, u"not a measurement source this build reads (JSON with PCRn keys)"_s);
    QJsonObject o = doc.object();
    if (o.value(u"Measurements").isObject())
        o = o.value(u"Measurements").toObject();
    KmsSource src;
    src.path = path;
    src.kind = u"nitro-cli-json"_s;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.key().startsWith(u"PCR"))
            continue;
        bool ok = false;
        const int index = it.key().mid(3).toInt(&ok);
        const auto v = hex::decode(it.value().toString());
        if (!ok || !v || v->size() != 48)
            return makeError(Error::Code::Malformed, u"%1 is not a 96-digit hex PCR value"_s.arg(it.key()));
        src.pcrs.insert(index, *v);
        src.accepted.insert(index, {*v});
    }
    if (src.pcrs.isEmpty())
        return makeError(Error::Code::Malformed, u"no PCR values found"_s);
    return src;
}

Result<QByteArray> readPassphraseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, f.errorString());
    QByteArray line = f.readLine(4097);
    if (line.size() > 4096)
        return makeError(Error::Code::LimitExceeded, u"passphrase line longer than 4096 bytes"_s);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return makeError(Error::Code::Malformed, u"the passphrase (first line) is empty"_s);
    return line;
}

Result<QList<int>> parsePcrList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        QString p = part.trimmed();
        if (p.startsWith(u"PCR", Qt::CaseInsensitive))
            p = p.mid(3);
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0 || n > 31)
            return makeError(Error::Code::Usage, u"'%1' is not a PCR index (0-31)"_s.arg(part));
        if (!out.contains(n))
            out.append(n);
    }
    if (out.isEmpty())
        return makeError(Error::Code::Usage, u"no PCR index given"_s);
    return out;
}

} // namespace enclave::cli

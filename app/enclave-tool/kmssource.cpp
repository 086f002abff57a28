#include "kmssource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "common/hex.h"
#include "measure/measurementsloader.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

Result<Measurements> loadKmsSource(const QString &path)
{
    auto m = MeasurementsLoader::load(path);
    if (!m)
        return std::unexpected(m.error());
    // An unsigned image's implied-zero PCR8 counts: the checker compares it as 48 zero bytes.
    if (m->isEmpty() && m->impliedZero().isEmpty())
        return makeError(Error::Code::Malformed, u"no PCR values found"_s);
    return m;
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

#include "kmssource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "common/hex.h"
#include "measure/measurementsloader.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

Result<KmsSource> loadKmsSource(const QString &path)
{
    auto m = MeasurementsLoader::load(path);
    if (!m)
        return std::unexpected(m.error());
    KmsSource src;
    src.path = path;
    src.kind = Measurements::sourceTypeId(m->sourceType());
    src.notes = m->notes();
    for (int index : m->indexes()) {
        const PcrMeasurement *pcr = m->find(index);
        if (!pcr)
            continue;
        src.pcrs.insert(index, pcr->value);
        src.accepted.insert(
            index, pcr->accepted.isEmpty() ? QList<QByteArray> { pcr->value } : pcr->accepted);
    }
    // An unsigned image's attestation reports PCR8 as 48 zero bytes: a definite value to check
    // against, but never one to put in a policy.
    for (int index : m->impliedZero()) {
        if (!src.pcrs.contains(index))
            src.pcrs.insert(index, QByteArray(48, '\0'));
    }
    if (src.pcrs.isEmpty())
        return makeError(Error::Code::Malformed, u"no PCR values found"_s);
    return src;
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

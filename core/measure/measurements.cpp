#include "measurements.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "common/hex.h"

namespace enclave {

QList<int> Measurements::indexes() const
{
    QList<int> out;
    out.reserve(qsizetype(m_pcrs.size()));
    for (const auto &[index, pcr] : m_pcrs)
        out.append(index);
    return out;
}

const PcrMeasurement *Measurements::find(int index) const
{
    const auto it = m_pcrs.find(index);
    return it == m_pcrs.end() ? nullptr : &it->second;
}

QByteArray Measurements::value(int index) const
{
    const PcrMeasurement *p = find(index);
    return p ? p->value : QByteArray();
}

void Measurements::insert(PcrMeasurement pcr)
{
    if (pcr.accepted.isEmpty())
        pcr.accepted.append(pcr.value);
    else if (pcr.value.isEmpty())
        pcr.value = pcr.accepted.constFirst();
    const int index = pcr.index;
    m_pcrs.insert_or_assign(index, std::move(pcr));
}

QJsonObject Measurements::toJson() const
{
    QJsonObject pcrs;
    for (const auto &[index, pcr] : m_pcrs) {
        QJsonObject o;
        o.insert(QStringLiteral("value"), hex::encode(pcr.value));
        if (pcr.accepted.size() > 1) {
            QJsonArray all;
            for (const QByteArray &v : pcr.accepted)
                all.append(hex::encode(v));
            o.insert(QStringLiteral("accepted"), all);
        }
        o.insert(QStringLiteral("origin"), pcr.origin);
        pcrs.insert(QStringLiteral("PCR%1").arg(index), o);
    }
    QJsonObject out;
    out.insert(QStringLiteral("source"), m_sourceName);
    out.insert(QStringLiteral("type"), sourceTypeId(m_type));
    if (!m_sourceDetail.isEmpty())
        out.insert(QStringLiteral("detail"), m_sourceDetail);
    if (!m_hashAlgorithm.isEmpty())
        out.insert(QStringLiteral("hashAlgorithm"), m_hashAlgorithm);
    out.insert(QStringLiteral("pcrs"), pcrs);
    if (!m_notes.isEmpty())
        out.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m_notes));
    return out;
}

QString Measurements::sourceTypeId(SourceType type)
{
    switch (type) {
    case SourceType::Eif:
        return QStringLiteral("eif");
    case SourceType::AttestationDocument:
        return QStringLiteral("attestation-document");
    case SourceType::NitroCliJson:
        return QStringLiteral("nitro-cli-json");
    case SourceType::DescribeEifJson:
        return QStringLiteral("describe-eif-json");
    case SourceType::KmsKeyPolicy:
        return QStringLiteral("kms-key-policy");
    case SourceType::Expectations:
        return QStringLiteral("expectations");
    case SourceType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Measurements::sourceTypeName(SourceType type)
{
    const char *text = "unknown source";
    switch (type) {
    case SourceType::Eif:
        text = QT_TRANSLATE_NOOP("enclave::Measurements", "EIF (PCRs computed)");
        break;
    case SourceType::AttestationDocument:
        text = QT_TRANSLATE_NOOP("enclave::Measurements", "attestation document");
        break;
    case SourceType::NitroCliJson:
        text = QT_TRANSLATE_NOOP("enclave::Measurements", "nitro-cli JSON output");
        break;
    case SourceType::DescribeEifJson:
        text = QT_TRANSLATE_NOOP("enclave::Measurements", "enclave-tool describe-eif JSON");
        break;
    case SourceType::KmsKeyPolicy:
        text = QT_TRANSLATE_NOOP("enclave::Measurements", "KMS key policy");
        break;
    case SourceType::Expectations:
        text = QT_TRANSLATE_NOOP("enclave::Measurements", "expected PCR values");
        break;
    case SourceType::Unknown:
        break;
    }
    return QCoreApplication::translate("enclave::Measurements", text);
}

} // namespace enclave

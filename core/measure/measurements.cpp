#include "measurements.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "attestation/attestationdocument.h"
#include "common/hex.h"
#include "eif/eifmeasurements.h"

namespace enclave {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enclave::Measurements", text);
}
} // namespace

Measurements::Measurements(std::initializer_list<std::pair<int, QByteArray>> values)
{
    for (const auto &[index, value] : values)
        insert(index, value);
}

Measurements Measurements::fromEif(const EifMeasurements &m, bool isSigned, const QString &sourceName)
{
    Measurements out(SourceType::Eif, sourceName);
    out.setHashAlgorithm(QStringLiteral("SHA-384"));
    out.insert({ 0, m.pcr0, {}, tr("computed: kernel, cmdline and every ramdisk") });
    out.insert({ 1, m.pcr1, {}, tr("computed: kernel, cmdline and ramdisk 0") });
    out.insert({ 2, m.pcr2, {}, tr("computed: ramdisks 1..n") });
    if (!m.pcr8.isEmpty())
        out.insert({ 8, m.pcr8, {}, tr("computed: SHA-384 of the signing certificate (DER)") });
    if (!isSigned)
        out.setImpliedZero({ 8 });
    else if (m.pcr8.isEmpty())
        out.addNote(tr("signed, but PCR8 could not be computed: %1").arg(m.pcr8Error));
    if (!m.crcMatches())
        out.addNote(tr("CRC mismatch: stored %1, computed %2")
                        .arg(m.storedCrc, 8, 16, QLatin1Char('0'))
                        .arg(m.computedCrc, 8, 16, QLatin1Char('0')));
    return out;
}

Measurements Measurements::fromAttestationDocument(const AttestationDocument &doc, const QString &sourceName)
{
    Measurements out(SourceType::AttestationDocument, sourceName);
    out.setHashAlgorithm(doc.digest());
    for (const AttestationPcr &p : doc.pcrs())
        out.insert({ p.index, p.value, {}, tr("payload pcrs[%1]").arg(p.index) });
    return out;
}

QString Measurements::pcrMeaning(int index)
{
    switch (index) {
    case 0:
        return tr("enclave image");
    case 1:
        return tr("Linux kernel and bootstrap");
    case 2:
        return tr("application");
    case 3:
        return tr("IAM role of the parent instance");
    case 4:
        return tr("parent instance ID");
    case 8:
        return tr("signing certificate");
    default:
        return tr("custom (extended at run time)");
    }
}

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

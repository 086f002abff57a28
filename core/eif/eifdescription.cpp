#include "eifdescription.h"

#include <QJsonArray>

#include "common/hex.h"

namespace enclave {

namespace {
QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}
} // namespace

Result<EifDescription> EifDescription::describe(const QString &path)
{
    auto reader = EifReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    PcrCalculator calculator(*reader);
    return describe(*reader, calculator);
}

Result<EifDescription> EifDescription::describe(const EifReader &reader, PcrCalculator &calculator)
{
    EifDescription d;
    d.m_reader = reader;
    auto measured = calculator.compute();
    if (!measured)
        return std::unexpected(measured.error());
    d.m_measurements = *measured;
    if (!d.m_measurements.crcMatches()) {
        d.m_problems.append({ Error::Code::Crypto, EifHeader::CrcOffset,
            QStringLiteral("CRC mismatch: eif_crc32 is %1, the file's CRC-32 is %2")
                .arg(d.m_measurements.storedCrc, 8, 16, QLatin1Char('0'))
                .arg(d.m_measurements.computedCrc, 8, 16, QLatin1Char('0')) });
    }

    auto cmdline = reader.readCmdline();
    if (cmdline)
        d.m_cmdline = *cmdline;
    else
        d.m_problems.append(cmdline.error());

    if (const auto section = reader.firstSection(EifSectionType::Metadata)) {
        auto bytes = reader.readMetadataBytes();
        auto metadata = bytes ? EifMetadata::parse(*bytes, section->dataOffset())
                              : Result<EifMetadata>(std::unexpected(bytes.error()));
        if (metadata)
            d.m_metadata = *metadata;
        else
            d.m_problems.append(metadata.error());
    }

    if (const auto section = reader.firstSection(EifSectionType::Signature)) {
        d.m_signatureCheck = false;
        auto bytes = reader.readSignatureBytes();
        auto signature = bytes ? EifSignature::parse(*bytes, section->dataOffset())
                               : Result<EifSignature>(std::unexpected(bytes.error()));
        if (!signature) {
            d.m_problems.append(signature.error());
        } else {
            d.m_signature = *signature;
            auto verified = signature->verify(d.m_measurements.pcr0);
            if (!verified) {
                d.m_problems.append(verified.error());
            } else {
                d.m_signatureCheck = *verified;
                if (!*verified) {
                    d.m_problems.append({ Error::Code::Crypto, section->dataOffset(),
                        QStringLiteral("the signature is valid but signs a different PCR0 than "
                                       "this image's") });
                }
            }
        }
    }
    return d;
}

QJsonObject EifDescription::measurementsJson(const EifMeasurements &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("HashAlgorithm"), hashAlgorithmLabel());
    o.insert(QLatin1StringView("PCR0"), hex::encode(m.pcr0));
    o.insert(QLatin1StringView("PCR1"), hex::encode(m.pcr1));
    o.insert(QLatin1StringView("PCR2"), hex::encode(m.pcr2));
    if (!m.pcr8.isEmpty())
        o.insert(QLatin1StringView("PCR8"), hex::encode(m.pcr8));
    return o;
}

QJsonObject EifDescription::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1StringView("EifVersion"), int(m_reader.header().version()));
    o.insert(QLatin1StringView("Measurements"), measurementsJson(m_measurements));
    o.insert(QLatin1StringView("IsSigned"), isSigned());
    if (isSigned() && m_signature.isValid()) {
        const X509Certificate &cert = m_signature.certificate();
        QJsonObject issuer;
        const QMap<QString, QString> names = cert.issuerNameMap();
        for (auto it = names.begin(); it != names.end(); ++it)
            issuer.insert(it.key(), it.value());
        QJsonObject c;
        c.insert(QLatin1StringView("IssuerName"), issuer);
        c.insert(QLatin1StringView("Algorithm"), cert.signatureAlgorithm());
        c.insert(QLatin1StringView("NotBefore"), cert.notBeforeText());
        c.insert(QLatin1StringView("NotAfter"), cert.notAfterText());
        c.insert(QLatin1StringView("Signature"), colonHex(cert.signatureValue()));
        o.insert(QLatin1StringView("SigningCertificate"), c);
    }
    o.insert(QLatin1StringView("CheckCRC"), m_measurements.crcMatches());
    if (m_signatureCheck)
        o.insert(QLatin1StringView("SignatureCheck"), *m_signatureCheck);
    if (m_metadata) {
        o.insert(QLatin1StringView("ImageName"), m_metadata->imageName());
        o.insert(QLatin1StringView("ImageVersion"), m_metadata->imageVersion());
        o.insert(QLatin1StringView("Metadata"), m_metadata->describeMetadata());
    }

    o.insert(QLatin1StringView("Architecture"), m_reader.header().architectureName());
    QJsonArray sections;
    for (const EifSection &s : m_reader.sections()) {
        QJsonObject js;
        js.insert(QLatin1StringView("Index"), s.index());
        js.insert(QLatin1StringView("Type"), s.typeName());
        js.insert(QLatin1StringView("Offset"), s.headerOffset());
        js.insert(QLatin1StringView("DataOffset"), s.dataOffset());
        js.insert(QLatin1StringView("Size"), s.size());
        sections.append(js);
    }
    o.insert(QLatin1StringView("Sections"), sections);
    QJsonArray warnings;
    for (const EifWarning &w : m_reader.warnings())
        warnings.append(w.toString());
    o.insert(QLatin1StringView("Warnings"), warnings);
    if (!m_problems.isEmpty()) {
        QJsonArray errors;
        for (const Error &e : m_problems)
            errors.append(e.toString());
        o.insert(QLatin1StringView("Errors"), errors);
    }
    return o;
}

} // namespace enclave

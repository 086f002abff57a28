#include "eifdescription.h"

#include <QJsonArray>

#include "measure/nitroclijson.h"

namespace enclave {

namespace {
QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}
} // namespace

QString EifDescription::hashAlgorithmLabel()
{
    return NitroCliJson::hashAlgorithmLabel();
}

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
    auto measured = calculator.compute();
    if (!measured)
        return std::unexpected(measured.error());
    EifDescription d = inspect(reader);
    d.complete(*measured);
    return d;
}

EifDescription EifDescription::inspect(const EifReader &reader)
{
    EifDescription d;
    d.m_reader = reader;

    auto cmdline = reader.readCmdline();
    if (cmdline)
        d.m_cmdline = *cmdline;
    else
        d.m_cmdlineProblem = cmdline.error();

    if (const auto section = reader.firstSection(EifSectionType::Metadata)) {
        auto bytes = reader.readMetadataBytes();
        if (bytes)
            d.m_metadataBytes = *bytes;
        auto metadata = bytes ? EifMetadata::parse(*bytes, section->dataOffset())
                              : Result<EifMetadata>(std::unexpected(bytes.error()));
        if (metadata)
            d.m_metadata = *metadata;
        else
            d.m_metadataProblem = metadata.error();
    }

    if (reader.isSigned()) {
        auto signature = reader.signature();
        if (signature) {
            d.m_signature = *signature;
        } else {
            d.m_signatureCheck = false;
            d.m_signatureProblem = signature.error();
        }
    }
    return d;
}

void EifDescription::complete(const EifMeasurements &measurements)
{
    m_complete = true;
    m_measurements = measurements;
    m_pcrs = Measurements::fromEif(measurements, isSigned(), m_reader.path());
    m_crcProblem.reset();
    if (!measurements.crcMatches()) {
        m_crcProblem = Error { Error::Code::Crypto, EifHeader::CrcOffset,
            tr("CRC mismatch: eif_crc32 is %1, the file's CRC-32 is %2")
                .arg(measurements.storedCrc, 8, 16, QLatin1Char('0'))
                .arg(measurements.computedCrc, 8, 16, QLatin1Char('0')) };
    }
    if (!m_signature.isValid())
        return; // unsigned, or the decode error is already the signature's problem
    m_signatureCheck = false;
    m_signatureVerifies = false;
    m_signatureProblem.reset();
    auto verified = m_signature.verify(measurements.pcr0);
    if (!verified) {
        m_signatureProblem = verified.error();
    } else {
        m_signatureVerifies = true;
        m_signatureCheck = *verified;
        if (!*verified) {
            const auto section = m_reader.firstSection(EifSectionType::Signature);
            m_signatureProblem = Error { Error::Code::Crypto, section ? section->dataOffset() : -1,
                tr("the signature is valid but signs a different PCR0 than this image's") };
        }
    }
}

QList<Error> EifDescription::problems() const
{
    QList<Error> out;
    for (const auto *p : { &m_crcProblem, &m_cmdlineProblem, &m_metadataProblem, &m_signatureProblem }) {
        if (*p)
            out.append(**p);
    }
    return out;
}

std::optional<Error> EifDescription::certificateProblem(const QDateTime &now) const
{
    if (!m_signature.isValid())
        return std::nullopt;
    const X509Certificate &c = m_signature.certificate();
    if (c.isValidAt(now))
        return std::nullopt;
    const auto section = m_reader.firstSection(EifSectionType::Signature);
    return Error { Error::Code::Crypto, section ? section->dataOffset() : -1,
        now < c.notBefore() ? tr("the signing certificate is not valid yet (until %1)")
                                  .arg(c.notBefore().toString(Qt::ISODate))
                            : tr("the signing certificate expired on %1 (nitro-cli refuses to run "
                                 "the image: E36/E39)")
                                  .arg(c.notAfter().toString(Qt::ISODate)) };
}

QJsonObject EifDescription::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1StringView("EifVersion"), int(m_reader.header().version()));
    o.insert(QLatin1StringView("Measurements"), NitroCliJson::measurementsObject(m_pcrs));
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
    const QList<Error> errors = problems();
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const Error &e : errors)
            list.append(e.toString());
        o.insert(QLatin1StringView("Errors"), list);
    }
    return o;
}

} // namespace enclave

#include "eifimagesigner.h"

#include "crypto/cosesign1.h"
#include "crypto/signingkey.h"
#include "crypto/x509certificate.h"
#include "eif/eifheader.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/pcrcalculator.h"
#include "signing/eifsignaturewriter.h"

namespace enclave {

namespace {

bool cancelled(const EifSigningOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

Result<QByteArray> EifImageSigner::coseSign1(
    const QByteArray &payload, const QByteArray &privateKeyPem, const QByteArray &passphrase)
{
    auto key = SigningKey::fromPem(privateKeyPem, passphrase);
    if (!key)
        return std::unexpected(key.error());
    return CoseSign1::sign(payload, *key);
}

Result<QByteArray> EifImageSigner::signatureSection(
    const QByteArray &pcr0, const SigningKey &key, const QByteArray &certificatePem)
{
    auto cose = CoseSign1::sign(EifSignature::encodePcrInfo(0, pcr0), key);
    if (!cose)
        return std::unexpected(cose.error());
    const QByteArray sectionData = EifSignature::encodeSection(certificatePem, *cose);
    if (sectionData.size() > EifReader::MaxSignatureSize)
        return makeError(Error::Code::LimitExceeded,
            tr("the signature section would be %1 bytes; at most %2")
                .arg(sectionData.size())
                .arg(EifReader::MaxSignatureSize));
    return sectionData;
}

Result<EifSigningReport> EifImageSigner::sign(const QString &inputPath, const QString &outputPath,
    const QByteArray &privateKeyPem, const QByteArray &certificatePem, const EifSigningOptions &options)
{
    EifSigningReport report;

    // Key and certificate first: refusing them must not depend on the image.
    if (certificatePem.size() > EifReader::MaxSignatureSize / 3)
        return makeError(Error::Code::LimitExceeded,
            tr("the certificate file is %1 bytes: too large for a signature section")
                .arg(certificatePem.size()));
    auto cert = X509Certificate::fromPem(certificatePem);
    if (!cert)
        return makeError(cert.error().code, tr("signing certificate: %1").arg(cert.error().message));
    if (cert->publicKeyType() == u"RSA" || cert->publicKeyType() == u"RSA-PSS")
        return makeError(Error::Code::Unsupported,
            tr("the signing certificate holds an RSA key: EIF signatures are ECDSA (P-256, P-384, P-521)"));
    auto key = SigningKey::fromPem(privateKeyPem, options.passphrase);
    if (!key)
        return makeError(key.error().code, tr("private key: %1").arg(key.error().message));
    if (!key->matches(*cert))
        return makeError(
            Error::Code::Crypto, tr("the private key does not match the signing certificate's public key"));
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    if (!cert->isValidAt(now)) {
        const bool expired = now > cert->notAfter();
        const QString what = expired
            ? tr("the signing certificate expired on %1").arg(cert->notAfterText())
            : tr("the signing certificate is not valid before %1").arg(cert->notBeforeText());
        if (!options.force)
            return makeError(Error::Code::Crypto,
                what + tr("; nitro-cli run-enclave refuses such an image (use --force to sign anyway)"));
        report.warnings.append(what + tr(" (signed because of --force)"));
    }

    auto reader = EifReader::open(inputPath);
    if (!reader)
        return std::unexpected(reader.error());
    for (const EifWarning &w : reader->warnings())
        report.warnings.append(w.toString());
    if (auto slot = EifSignatureWriter::signatureSlot(*reader); !slot)
        return std::unexpected(slot.error());

    PcrCalculator calculator(*reader);
    const qint64 total = 2 * reader->sectionsEnd();
    calculator.setProgressCallback([&](qint64 done, qint64) {
        if (cancelled(options))
            calculator.cancel();
        if (options.progress)
            options.progress(done, total);
    });
    if (cancelled(options))
        return makeError(Error::Code::Cancelled, tr("signing cancelled"));
    auto measured = calculator.compute();
    if (!measured)
        return std::unexpected(measured.error());
    if (!measured->crcMatches()) {
        const QString what = tr("the input's CRC is wrong (stored %1, computed %2): the image is damaged")
                                 .arg(measured->storedCrc, 8, 16, QLatin1Char('0'))
                                 .arg(measured->computedCrc, 8, 16, QLatin1Char('0'));
        if (!options.force)
            return makeError(
                Error::Code::Malformed, what + tr(" (use --force to sign anyway)"), EifHeader::CrcOffset);
        report.warnings.append(what + tr(" (signed because of --force)"));
    }
    report.pcr0 = measured->pcr0;
    report.pcr1 = measured->pcr1;
    report.pcr2 = measured->pcr2;

    auto sectionData = signatureSection(measured->pcr0, *key, certificatePem);
    if (!sectionData)
        return std::unexpected(sectionData.error());
    report.algorithm = coseAlgorithmName(key->coseAlgorithm());

    // Before the new file replaces anything: the input did not change between the two passes (a
    // file changed in between must not get a signature over its old PCR0), and the stored
    // signature verifies over PCR0 with the stored certificate.
    auto verifyWritten = [&](const QString &temporaryPath, const EifSignatureWrite &written) -> Result<void> {
        if (written.pcr0 != report.pcr0)
            return makeError(
                Error::Code::Io, tr("PCR0 changed while signing (was the input modified meanwhile?)"));
        auto check = EifReader::open(temporaryPath);
        if (!check)
            return std::unexpected(check.error());
        auto sigBytes = check->readSignatureBytes();
        if (!sigBytes)
            return std::unexpected(sigBytes.error());
        auto sig
            = EifSignature::parse(*sigBytes, check->firstSection(EifSectionType::Signature)->dataOffset());
        if (!sig)
            return std::unexpected(sig.error());
        auto verified = sig->verify(report.pcr0);
        if (!verified || !*verified)
            return makeError(Error::Code::Crypto, tr("the new signature does not verify over PCR0"));
        auto pcr8 = PcrCalculator::pcr8FromCertificatePem(sig->certificatePem());
        if (!pcr8)
            return std::unexpected(pcr8.error());
        report.pcr8 = *pcr8;
        return {};
    };
    auto written = EifSignatureWriter::write(
        *reader, inputPath, outputPath, *sectionData, options, verifyWritten, reader->sectionsEnd(), total);
    if (!written)
        return std::unexpected(written.error());
    report.replacedSignature = written->replaced;
    report.outputSize = written->outputSize;
    report.crc = written->crc;
    return report;
}

} // namespace enclave

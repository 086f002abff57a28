#include "eifimagesigner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "crypto/digest.h"
#include "crypto/x509certificate.h"
#include "eif/crc32.h"
#include "eif/eifheader.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/pcrcalculator.h"
#include "common/atomicfilewriter.h"
#include "crypto/signingkey.h"

namespace enclave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EifImageSigner", text);
}

QByteArray sectionHeaderBytes(quint16 type, quint64 size)
{
    QByteArray h(EifSection::HeaderSize, '\0');
    h[0] = char(type >> 8);
    h[1] = char(type & 0xff);
    for (int i = 0; i < 8; ++i)
        h[4 + i] = char((size >> (56 - 8 * i)) & 0xff);
    return h;
}

struct CopyProgress {
    const EifSigningOptions *options = nullptr;
    qint64 base = 0; // bytes done before the copy pass
    qint64 total = 0;
};

bool cancelled(const EifSigningOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

// Copies [offset, offset+length) of `in` to the writer, feeding the CRC (and the PCR0 digest when
// given), in bounded chunks.
Result<void> copyRange(QFile &in, qint64 offset, qint64 length, AtomicFileWriter &out, Crc32 &crc,
    const CopyProgress &progress, Digest *pcr0 = nullptr)
{
    constexpr qint64 Chunk = 1 << 20;
    if (!in.seek(offset))
        return makeError(Error::Code::Io, in.errorString(), offset);
    QByteArray buf(qMin(Chunk, qMax<qint64>(length, 1)), Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 want = qMin<qint64>(left, buf.size());
        const qint64 got = in.read(buf.data(), want);
        if (got <= 0)
            return makeError(Error::Code::Io, tr("input shrank or cannot be read while signing"), in.pos());
        const QByteArrayView chunk(buf.constData(), got);
        crc.update(chunk);
        if (pcr0)
            pcr0->update(chunk);
        if (auto w = out.write(chunk); !w)
            return w;
        left -= got;
        if (cancelled(*progress.options))
            return makeError(Error::Code::Cancelled, tr("signing cancelled"));
        if (progress.options->progress)
            progress.options->progress(progress.base + in.pos(), progress.total);
    }
    return {};
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

Result<EifSigningReport> EifImageSigner::sign(const QString &inputPath, const QString &requestedOutput,
    const QByteArray &privateKeyPem, const QByteArray &certificatePem, const EifSigningOptions &options)
{
    // Signing through a symlink updates the file it points to (as nitro-cli's in-place write does)
    // instead of replacing the link with a regular file.
    const QFileInfo outInfo(requestedOutput);
    const QString outputPath
        = outInfo.isSymLink() && outInfo.exists() ? outInfo.canonicalFilePath() : requestedOutput;
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
    const QList<EifSection> sections = reader->sections();
    int signatureIndex = -1;
    for (const EifSection &s : sections) {
        if (s.type() != EifSectionType::Signature)
            continue;
        if (signatureIndex >= 0)
            return makeError(Error::Code::Malformed, tr("more than one signature section"), s.headerOffset());
        signatureIndex = s.index();
    }
    if (signatureIndex < 0 && sections.size() >= EifHeader::MaxSections)
        return makeError(Error::Code::LimitExceeded,
            tr("the image already has 32 sections; no room for a signature"), EifHeader::NumSectionsOffset);

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

    auto cose = CoseSign1::sign(EifSignature::encodePcrInfo(0, measured->pcr0), *key);
    if (!cose)
        return std::unexpected(cose.error());
    const QByteArray sectionData = EifSignature::encodeSection(certificatePem, *cose);
    if (sectionData.size() > EifReader::MaxSignatureSize)
        return makeError(Error::Code::LimitExceeded,
            tr("the signature section would be %1 bytes; at most %2")
                .arg(sectionData.size())
                .arg(EifReader::MaxSignatureSize));
    report.algorithm = coseAlgorithmName(key->coseAlgorithm());
    report.replacedSignature = signatureIndex >= 0;

    // New layout: every section back to back in file order, the signature replacing the old one in
    // place or appended; the tables describe exactly that.
    EifHeader header = reader->header();
    const int count = int(sections.size()) + (signatureIndex < 0 ? 1 : 0);
    header.setNumSections(count);
    qint64 offset = EifHeader::Size;
    for (int i = 0; i < EifHeader::MaxSections; ++i) {
        if (i >= count) {
            header.setSection(i, 0, 0);
            continue;
        }
        const bool isSig = i == signatureIndex || (signatureIndex < 0 && i == count - 1);
        const qint64 size = isSig ? sectionData.size() : sections.at(i).size();
        header.setSection(i, quint64(offset), quint64(size));
        offset += EifSection::HeaderSize + size;
    }
    const qint64 outputSize = offset;
    header.setCrc32(0);
    const QByteArray headerBytes = header.serialize();

    QFile in(inputPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, in.errorString());
    // Keep the input's permissions when replacing it; a new file gets rw-r--r--.
    int mode = 0644;
    if (QFileInfo::exists(outputPath)) {
        const QFileDevice::Permissions p = QFileInfo(outputPath).permissions();
        mode = ((p & QFileDevice::ReadOwner) ? 0400 : 0) | ((p & QFileDevice::WriteOwner) ? 0200 : 0)
            | ((p & QFileDevice::ExeOwner) ? 0100 : 0) | ((p & QFileDevice::ReadGroup) ? 040 : 0)
            | ((p & QFileDevice::WriteGroup) ? 020 : 0) | ((p & QFileDevice::ExeGroup) ? 010 : 0)
            | ((p & QFileDevice::ReadOther) ? 04 : 0) | ((p & QFileDevice::WriteOther) ? 02 : 0)
            | ((p & QFileDevice::ExeOther) ? 01 : 0);
    }
    AtomicFileWriter out(outputPath, mode);
    if (auto o = out.open(); !o)
        return makeError(o.error().code, outputPath + u": " + o.error().message);
    Crc32 crc;
    crc.update(QByteArrayView(headerBytes).first(EifHeader::CrcOffset));
    if (auto w = out.write(headerBytes); !w)
        return std::unexpected(w.error());
    auto writeSignature = [&]() -> Result<void> {
        const QByteArray h
            = sectionHeaderBytes(quint16(EifSectionType::Signature), quint64(sectionData.size()));
        crc.update(h);
        crc.update(sectionData);
        if (auto w = out.write(h); !w)
            return w;
        return out.write(sectionData);
    };
    // PCR0 is hashed again from the bytes actually copied: the input is read twice, and a file
    // changed in between must not get a signature over its old PCR0.
    Digest copiedPcr0(Digest::Algorithm::Sha384);
    const CopyProgress copyProgress { &options, reader->sectionsEnd(), total };
    for (const EifSection &s : sections) {
        Result<void> r;
        if (s.index() == signatureIndex) {
            r = writeSignature();
        } else {
            const bool hashed = s.type() == EifSectionType::Kernel || s.type() == EifSectionType::Cmdline
                || s.type() == EifSectionType::Ramdisk;
            r = copyRange(in, s.headerOffset(), EifSection::HeaderSize, out, crc, copyProgress);
            if (r)
                r = copyRange(
                    in, s.dataOffset(), s.size(), out, crc, copyProgress, hashed ? &copiedPcr0 : nullptr);
        }
        if (!r)
            return std::unexpected(r.error());
    }
    if (signatureIndex < 0) {
        if (auto r = writeSignature(); !r)
            return std::unexpected(r.error());
    }
    const quint32 crcValue = crc.value();
    const char crcBytes[4] = { char(crcValue >> 24), char((crcValue >> 16) & 0xff),
        char((crcValue >> 8) & 0xff), char(crcValue & 0xff) };
    if (auto w = out.writeAt(EifHeader::CrcOffset, QByteArrayView(crcBytes, 4)); !w)
        return std::unexpected(w.error());
    in.close();

    if (pcr::fromInnerDigest(copiedPcr0.finalize()) != report.pcr0)
        return makeError(
            Error::Code::Io, tr("PCR0 changed while signing (was the input modified meanwhile?)"));

    // Verify the temporary file before it replaces anything: its structure reads back (sizes and
    // tables), and the stored signature verifies over PCR0 with the stored certificate.
    auto check = EifReader::open(out.temporaryPath());
    if (!check)
        return makeError(check.error().code,
            tr("the signed image does not read back: %1").arg(check.error().message), check.error().offset);
    const EifHeader &written = check->header();
    bool tablesRight = written.numSections() == check->sections().size() && check->sections().size() == count
        && check->sectionsEnd() == outputSize;
    for (const EifSection &s : check->sections()) {
        tablesRight = tablesRight && qint64(written.sectionOffset(s.index())) == s.headerOffset()
            && qint64(written.sectionSize(s.index())) == s.size();
    }
    if (!tablesRight)
        return makeError(Error::Code::Io, tr("the signed image's section table does not read back"));
    auto sig = check->signature();
    if (!sig)
        return std::unexpected(sig.error());
    auto verified = sig->verify(report.pcr0);
    if (!verified || !*verified)
        return makeError(Error::Code::Crypto, tr("the new signature does not verify over PCR0"));
    auto pcr8 = PcrCalculator::pcr8FromCertificatePem(sig->certificatePem());
    if (!pcr8)
        return std::unexpected(pcr8.error());
    report.pcr8 = *pcr8;
    report.outputSize = outputSize;
    report.crc = crcValue;
    if (auto c = out.commit(AtomicFileWriter::Commit::Replace); !c)
        return makeError(c.error().code, outputPath + u": " + c.error().message);
    return report;
}

} // namespace enclave

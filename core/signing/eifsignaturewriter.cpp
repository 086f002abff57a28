#include "eifsignaturewriter.h"

#include <QFile>
#include <QFileInfo>

#include "common/atomicfilewriter.h"
#include "crypto/digest.h"
#include "eif/crc32.h"
#include "eif/eifheader.h"
#include "eif/eifreader.h"

namespace enclave {

namespace {

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
            return makeError(Error::Code::Io,
                EifSignatureWriter::tr("input shrank or cannot be read while signing"), in.pos());
        const QByteArrayView chunk(buf.constData(), got);
        crc.update(chunk);
        if (pcr0)
            pcr0->update(chunk);
        if (auto w = out.write(chunk); !w)
            return w;
        left -= got;
        if (cancelled(*progress.options))
            return makeError(Error::Code::Cancelled, EifSignatureWriter::tr("signing cancelled"));
        if (progress.options->progress)
            progress.options->progress(progress.base + in.pos(), progress.total);
    }
    return {};
}

// rw-r--r-- for a new file; a replaced file keeps its permission bits.
int permissionsFor(const QString &outputPath)
{
    if (!QFileInfo::exists(outputPath))
        return 0644;
    const QFileDevice::Permissions p = QFileInfo(outputPath).permissions();
    return ((p & QFileDevice::ReadOwner) ? 0400 : 0) | ((p & QFileDevice::WriteOwner) ? 0200 : 0)
        | ((p & QFileDevice::ExeOwner) ? 0100 : 0) | ((p & QFileDevice::ReadGroup) ? 040 : 0)
        | ((p & QFileDevice::WriteGroup) ? 020 : 0) | ((p & QFileDevice::ExeGroup) ? 010 : 0)
        | ((p & QFileDevice::ReadOther) ? 04 : 0) | ((p & QFileDevice::WriteOther) ? 02 : 0)
        | ((p & QFileDevice::ExeOther) ? 01 : 0);
}

} // namespace

Result<int> EifSignatureWriter::signatureSlot(const EifReader &reader)
{
    int signatureIndex = -1;
    for (const EifSection &s : reader.sections()) {
        if (s.type() != EifSectionType::Signature)
            continue;
        if (signatureIndex >= 0)
            return makeError(Error::Code::Malformed,
                EifSignatureWriter::tr("more than one signature section"), s.headerOffset());
        signatureIndex = s.index();
    }
    if (signatureIndex < 0 && reader.sections().size() >= EifHeader::MaxSections)
        return makeError(Error::Code::LimitExceeded,
            EifSignatureWriter::tr("the image already has 32 sections; no room for a signature"),
            EifHeader::NumSectionsOffset);
    return signatureIndex;
}

Result<EifSignatureWrite> EifSignatureWriter::write(
    const QString &inputPath, const QString &outputPath, const QByteArray &sectionData)
{
    auto reader = EifReader::open(inputPath);
    if (!reader)
        return std::unexpected(reader.error());
    return write(*reader, inputPath, outputPath, sectionData);
}

Result<EifSignatureWrite> EifSignatureWriter::write(const EifReader &reader, const QString &inputPath,
    const QString &requestedOutput, const QByteArray &sectionData, const EifSigningOptions &options,
    const Check &check, qint64 progressBase, qint64 progressTotal)
{
    if (sectionData.size() > EifReader::MaxSignatureSize)
        return makeError(Error::Code::LimitExceeded,
            EifSignatureWriter::tr("the signature section would be %1 bytes; at most %2")
                .arg(sectionData.size())
                .arg(EifReader::MaxSignatureSize));
    auto slot = signatureSlot(reader);
    if (!slot)
        return std::unexpected(slot.error());
    const int signatureIndex = *slot;
    // Writing through a symlink updates the file it points to (as nitro-cli's in-place write does)
    // instead of replacing the link with a regular file.
    const QFileInfo outInfo(requestedOutput);
    const QString outputPath
        = outInfo.isSymLink() && outInfo.exists() ? outInfo.canonicalFilePath() : requestedOutput;
    const QList<EifSection> sections = reader.sections();
    EifSignatureWrite result;
    result.replaced = signatureIndex >= 0;

    // New layout: every section back to back in file order, the signature replacing the old one in
    // place or appended; the tables describe exactly that.
    EifHeader header = reader.header();
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
    result.outputSize = offset;
    header.setCrc32(0);
    const QByteArray headerBytes = header.serialize();

    QFile in(inputPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, in.errorString());
    AtomicFileWriter out(outputPath, permissionsFor(outputPath));
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
    // PCR0 is hashed again from the bytes actually copied, so a signer can tell whether the input
    // changed between measuring and copying.
    Digest copiedPcr0(Digest::Algorithm::Sha384);
    const CopyProgress copyProgress { &options, progressBase, progressTotal };
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
    result.crc = crc.value();
    const char crcBytes[4] = { char(result.crc >> 24), char((result.crc >> 16) & 0xff),
        char((result.crc >> 8) & 0xff), char(result.crc & 0xff) };
    if (auto w = out.writeAt(EifHeader::CrcOffset, QByteArrayView(crcBytes, 4)); !w)
        return std::unexpected(w.error());
    in.close();
    result.pcr0 = pcr::fromInnerDigest(copiedPcr0.finalize());

    // The temporary file's structure must read back (sizes and tables) before it replaces anything.
    auto written = EifReader::open(out.temporaryPath());
    if (!written)
        return makeError(written.error().code,
            EifSignatureWriter::tr("the signed image does not read back: %1").arg(written.error().message),
            written.error().offset);
    const EifHeader &writtenHeader = written->header();
    bool tablesRight = writtenHeader.numSections() == written->sections().size()
        && written->sections().size() == count && written->sectionsEnd() == result.outputSize;
    for (const EifSection &s : written->sections()) {
        tablesRight = tablesRight && qint64(writtenHeader.sectionOffset(s.index())) == s.headerOffset()
            && qint64(writtenHeader.sectionSize(s.index())) == s.size();
    }
    if (!tablesRight)
        return makeError(
            Error::Code::Io, EifSignatureWriter::tr("the signed image's section table does not read back"));
    if (check) {
        if (auto c = check(out.temporaryPath(), result); !c)
            return std::unexpected(c.error());
    }
    if (auto c = out.commit(AtomicFileWriter::Commit::Replace); !c)
        return makeError(c.error().code, outputPath + u": " + c.error().message);
    return result;
}

} // namespace enclave

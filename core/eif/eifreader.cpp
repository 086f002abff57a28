#include "eifreader.h"

#include <limits>

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EifReader)
};
constexpr quint64 kInt64Max = quint64(std::numeric_limits<qint64>::max());
constexpr int kMaxWalkSections = EifHeader::MaxSections;
} // namespace

Result<EifReader> EifReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()));
    EifReader r;
    r.m_fileSize = file.size();
    if (r.m_fileSize == 0)
        return makeError(Error::Code::Truncated, Tr::tr("empty file, not an EIF"), 0);
    const QByteArray headerBytes = file.read(EifHeader::Size);
    if (headerBytes.size() < qMin<qint64>(r.m_fileSize, EifHeader::Size))
        return makeError(Error::Code::Io, Tr::tr("read error: %1").arg(file.errorString()), 0);
    auto header = EifHeader::parse(headerBytes);
    if (!header)
        return std::unexpected(header.error());
    r.m_header = *header;
    r.m_path = path;

    if (auto w = r.walk(file); !w)
        return std::unexpected(w.error());
    if (auto c = r.crossCheckTable(); !c)
        return std::unexpected(c.error());
    if (auto s = r.checkSemantics(); !s)
        return std::unexpected(s.error());
    return r;
}

// nitro-cli's EifReader::from_eif: section headers back to back from 548 until EOF.
Result<void> EifReader::walk(QFile &file)
{
    qint64 pos = EifHeader::Size;
    while (pos < m_fileSize) {
        const qint64 remaining = m_fileSize - pos;
        if (remaining < EifSection::HeaderSize) {
            warn(pos,
                QStringLiteral("%1 trailing bytes after the last section: nitro-cli ignores them and "
                               "they are outside the CRC")
                    .arg(remaining));
            break;
        }
        const int index = int(m_sections.size());
        if (index >= kMaxWalkSections) {
            return makeError(
                Error::Code::LimitExceeded, Tr::tr("more than %1 sections").arg(kMaxWalkSections), pos);
        }
        if (!file.seek(pos))
            return makeError(Error::Code::Io, Tr::tr("seek failed: %1").arg(file.errorString()), pos);
        char raw[EifSection::HeaderSize];
        if (file.read(raw, sizeof raw) != qint64(sizeof raw))
            return makeError(Error::Code::Io, Tr::tr("read error: %1").arg(file.errorString()), pos);
        const quint16 type = qFromBigEndian<quint16>(raw);
        const quint16 flags = qFromBigEndian<quint16>(raw + 2);
        const quint64 size = qFromBigEndian<quint64>(raw + 4);
        if (type == quint16(EifSectionType::Invalid) || type > quint16(EifSectionType::Metadata)) {
            return makeError(Error::Code::Malformed,
                Tr::tr("section %1: unknown section type %2").arg(index).arg(type), pos);
        }
        const QString name = eifSectionTypeName(type);
        const quint64 dataStart = quint64(pos) + EifSection::HeaderSize;
        if (size > std::numeric_limits<quint64>::max() - dataStart) {
            return makeError(Error::Code::Malformed,
                Tr::tr("section %1 (%2): size %3 overflows 64-bit offsets").arg(index).arg(name).arg(size),
                pos + 4);
        }
        if (size > kInt64Max || dataStart + size > quint64(m_fileSize)) {
            return makeError(Error::Code::Truncated,
                Tr::tr("section %1 (%2): size %3 goes past end of file (%4 bytes left)")
                    .arg(index)
                    .arg(name)
                    .arg(size)
                    .arg(m_fileSize - qint64(dataStart)),
                pos + 4);
        }
        // The hypervisor and QEMU's EIF loader refuse to boot an image with non-zero section flags,
        // so such an image is malformed, not merely odd (issue 13).
        if (flags != 0) {
            return makeError(Error::Code::Malformed,
                Tr::tr("section %1 (%2): flags 0x%3 are reserved, the hypervisor requires 0")
                    .arg(index)
                    .arg(name)
                    .arg(flags, 0, 16),
                pos + 2);
        }
        // QEMU's loader refuses zero-size sections and nitro-cli never writes one; nitro-cli and
        // the hypervisor's walk accept it, so it stays describable.
        if (size == 0)
            warn(pos + 4,
                Tr::tr("section %1 (%2) is empty: QEMU's EIF loader refuses zero-size sections")
                    .arg(index)
                    .arg(name));
        m_sections.append(EifSection(index, type, flags, pos, size));
        pos = qint64(dataStart + size);
    }
    return {};
}

// The hypervisor (and QEMU) trust the tables instead: they must describe the same sections.
Result<void> EifReader::crossCheckTable()
{
    const int n = m_header.numSections();
    for (int i = 0; i < n; ++i) {
        const quint64 off = m_header.sectionOffset(i);
        const quint64 size = m_header.sectionSize(i);
        if (off > std::numeric_limits<quint64>::max() - EifSection::HeaderSize
            || size > std::numeric_limits<quint64>::max() - off - EifSection::HeaderSize) {
            return makeError(Error::Code::Malformed,
                QStringLiteral("header table: section_offsets[%1] %2 + 12 + section_sizes[%1] %3 "
                               "overflows 64 bits")
                    .arg(i)
                    .arg(off)
                    .arg(size),
                EifHeader::sectionOffsetSpan(i).offset);
        }
    }
    if (n != m_sections.size()) {
        return makeError(Error::Code::Malformed,
            Tr::tr("header says num_sections %1 but walking the file finds %2 sections")
                .arg(n)
                .arg(m_sections.size()),
            EifHeader::NumSectionsOffset);
    }
    for (int i = 0; i < n; ++i) {
        const EifSection &s = m_sections.at(i);
        const quint64 off = m_header.sectionOffset(i);
        const quint64 size = m_header.sectionSize(i);
        if (off != quint64(s.headerOffset())) {
            return makeError(Error::Code::Malformed,
                Tr::tr("header table: section_offsets[%1] is %2 but section %1 (%3) starts at %4")
                    .arg(i)
                    .arg(off)
                    .arg(s.typeName())
                    .arg(s.headerOffset()),
                EifHeader::sectionOffsetSpan(i).offset);
        }
        if (size != quint64(s.size())) {
            const bool lastSignature = s.type() == EifSectionType::Signature && i == n - 1;
            if (lastSignature) {
                // image-format's EifSigner::write_signature replaces the section but not its size entry.
                warn(EifHeader::sectionSizeSpan(i).offset,
                    QStringLiteral("header table: section_sizes[%1] is %2 but the signature section holds %3 "
                                   "bytes (stale entry left by re-signing; nitro-cli reads it, a strict "
                                   "hypervisor may not)")
                        .arg(i)
                        .arg(size)
                        .arg(s.size()));
            } else {
                return makeError(Error::Code::Malformed,
                    Tr::tr("header table: section_sizes[%1] is %2 but section %1 (%3) holds %4 bytes")
                        .arg(i)
                        .arg(size)
                        .arg(s.typeName())
                        .arg(s.size()),
                    EifHeader::sectionSizeSpan(i).offset);
            }
        }
    }
    for (int i = n; i < EifHeader::MaxSections; ++i) {
        if (m_header.sectionOffset(i) != 0 || m_header.sectionSize(i) != 0) {
            warn(EifHeader::sectionOffsetSpan(i).offset,
                Tr::tr("header table: unused slot %1 is not zero").arg(i));
            break;
        }
    }
    return {};
}

Result<void> EifReader::checkSemantics()
{
    const auto firstOf = [this](EifSectionType t, int nth) -> const EifSection * {
        int seen = 0;
        for (const EifSection &s : m_sections) {
            if (s.type() == t && seen++ == nth)
                return &s;
        }
        return nullptr;
    };
    for (EifSectionType t : { EifSectionType::Kernel, EifSectionType::Cmdline, EifSectionType::Signature,
             EifSectionType::Metadata }) {
        if (const EifSection *second = firstOf(t, 1)) {
            return makeError(Error::Code::Malformed,
                Tr::tr("section %1: a second %2 section (at most one allowed)")
                    .arg(second->index())
                    .arg(second->typeName()),
                second->headerOffset());
        }
    }
    if (!firstOf(EifSectionType::Kernel, 0))
        return makeError(Error::Code::Malformed, Tr::tr("no kernel section"), EifHeader::Size);
    if (!firstOf(EifSectionType::Cmdline, 0))
        return makeError(Error::Code::Malformed, Tr::tr("no cmdline section"), EifHeader::Size);
    if (!firstOf(EifSectionType::Ramdisk, 0))
        return makeError(Error::Code::Malformed, Tr::tr("no ramdisk section"), EifHeader::Size);

    const EifSection *kernel = firstOf(EifSectionType::Kernel, 0);
    for (const EifSection &s : m_sections) {
        if (s.type() == EifSectionType::Ramdisk && s.index() < kernel->index()) {
            warn(s.headerOffset(),
                QStringLiteral("section %1: ramdisk before the kernel (the format wants every "
                               "ramdisk after it)")
                    .arg(s.index()));
        }
    }
    const quint16 version = m_header.version();
    if (const EifSection *sig = firstOf(EifSectionType::Signature, 0); sig && version < 3) {
        warn(sig->headerOffset(),
            QStringLiteral("signature section in a version %1 image (signatures came with "
                           "version 3)")
                .arg(version));
    }
    const EifSection *metadata = firstOf(EifSectionType::Metadata, 0);
    if (metadata && version < 4) {
        warn(metadata->headerOffset(),
            Tr::tr("metadata section in a version %1 image (metadata came with version 4)").arg(version));
    }
    if (!metadata && version >= 4) {
        warn(EifHeader::VersionOffset,
            QStringLiteral(
                "version 4 image without the mandatory metadata section (the hypervisor refuses it)"));
    }
    if (m_header.flags() & ~EifHeader::ArchAarch64Flag) {
        warn(EifHeader::FlagsOffset,
            Tr::tr("header flags 0x%1 set reserved bits").arg(m_header.flags(), 0, 16));
    }
    if (m_header.reserved() != 0)
        warn(EifHeader::ReservedOffset,
            Tr::tr("header reserved field is %1, expected 0").arg(m_header.reserved()));
    if (m_header.unused() != 0)
        warn(EifHeader::UnusedOffset, Tr::tr("header unused field is %1, expected 0").arg(m_header.unused()));
    return {};
}

std::optional<EifSection> EifReader::firstSection(EifSectionType type) const
{
    for (const EifSection &s : m_sections) {
        if (s.type() == type)
            return s;
    }
    return std::nullopt;
}

QList<EifSection> EifReader::sectionsOfType(EifSectionType type) const
{
    QList<EifSection> out;
    for (const EifSection &s : m_sections) {
        if (s.type() == type)
            out.append(s);
    }
    return out;
}

qint64 EifReader::sectionsEnd() const
{
    return m_sections.isEmpty() ? EifHeader::Size : m_sections.last().endOffset();
}

Result<QByteArray> EifReader::readRange(qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0 || offset > m_fileSize || length > m_fileSize - offset)
        return makeError(Error::Code::Truncated, Tr::tr("%1 bytes go past end of file").arg(length), offset);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()));
    if (!file.seek(offset))
        return makeError(Error::Code::Io, Tr::tr("seek failed: %1").arg(file.errorString()), offset);
    QByteArray data = file.read(length);
    if (data.size() != length)
        return makeError(Error::Code::Io, Tr::tr("short read: file changed while reading?"), offset);
    return data;
}

Result<QByteArray> EifReader::readSectionData(const EifSection &section, qint64 maxSize) const
{
    if (section.size() > maxSize) {
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("section %1 (%2) is %3 bytes, more than the %4 bytes accepted")
                .arg(section.index())
                .arg(section.typeName())
                .arg(section.size())
                .arg(maxSize),
            section.headerOffset() + 4);
    }
    return readRange(section.dataOffset(), section.size());
}

Result<QByteArray> EifReader::readCmdline() const
{
    const auto s = firstSection(EifSectionType::Cmdline);
    if (!s)
        return QByteArray();
    return readSectionData(*s, MaxCmdlineSize);
}

Result<QByteArray> EifReader::readMetadataBytes() const
{
    const auto s = firstSection(EifSectionType::Metadata);
    if (!s)
        return QByteArray();
    return readSectionData(*s, MaxMetadataSize);
}

Result<QByteArray> EifReader::readSignatureBytes() const
{
    const auto s = firstSection(EifSectionType::Signature);
    if (!s)
        return QByteArray();
    return readSectionData(*s, MaxSignatureSize);
}

Result<EifSignature> EifReader::signature() const
{
    const auto s = firstSection(EifSectionType::Signature);
    if (!s)
        return EifSignature();
    auto bytes = readSectionData(*s, MaxSignatureSize);
    if (!bytes)
        return std::unexpected(bytes.error());
    return EifSignature::parse(*bytes, s->dataOffset());
}

} // namespace enclave

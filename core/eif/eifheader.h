#pragma once

#include <array>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "common/error.h"
#include "eif/eiffield.h"

namespace enclave {

// The 548-byte big-endian EIF header (aws-nitro-enclaves-image-format EifHeader).
class EifHeader final {
public:
    static constexpr qint64 Size = 548;
    static constexpr int MaxSections = 32;
    static constexpr quint16 CurrentVersion = 4;
    static constexpr quint16 ArchAarch64Flag = 0x1;

    // Field offsets, named as in the spec; the CRC covers everything but [CrcOffset, CrcOffset+4).
    static constexpr qint64 MagicOffset = 0x000;
    static constexpr qint64 VersionOffset = 0x004;
    static constexpr qint64 FlagsOffset = 0x006;
    static constexpr qint64 DefaultMemOffset = 0x008;
    static constexpr qint64 DefaultCpusOffset = 0x010;
    static constexpr qint64 ReservedOffset = 0x018;
    static constexpr qint64 NumSectionsOffset = 0x01A;
    static constexpr qint64 SectionOffsetsOffset = 0x01C;
    static constexpr qint64 SectionSizesOffset = 0x11C;
    static constexpr qint64 UnusedOffset = 0x21C;
    static constexpr qint64 CrcOffset = 0x220;

    enum class Architecture { X86_64, Aarch64 };

    EifHeader() = default;

    // Decodes exactly Size bytes. Checks the magic, the version (2..4; legacy little-endian
    // version 2 is recognised and refused) and 1 <= num_sections <= 32. Table entries are
    // checked by EifReader, which knows the file size.
    static Result<EifHeader> parse(QByteArrayView bytes);
    // The Size bytes of this header, big-endian (the CRC field as stored in crc32()).
    QByteArray serialize() const;

    static QByteArray magicBytes() { return QByteArrayLiteral(".eif"); }

    QByteArray magic() const { return m_magic; }
    quint16 version() const { return m_version; }
    quint16 flags() const { return m_flags; }
    Architecture architecture() const
    {
        return (m_flags & ArchAarch64Flag) ? Architecture::Aarch64 : Architecture::X86_64;
    }
    QString architectureName() const;
    quint64 defaultMemory() const { return m_defaultMem; }
    quint64 defaultCpus() const { return m_defaultCpus; }
    quint16 reserved() const { return m_reserved; }
    int numSections() const { return m_numSections; }
    quint64 sectionOffset(int i) const { return m_offsets.at(size_t(i)); }
    quint64 sectionSize(int i) const { return m_sizes.at(size_t(i)); }
    quint32 unused() const { return m_unused; }
    quint32 crc32() const { return m_crc; }

    void setVersion(quint16 v) { m_version = v; }
    void setFlags(quint16 f) { m_flags = f; }
    void setArchitecture(Architecture a);
    void setDefaultMemory(quint64 bytes) { m_defaultMem = bytes; }
    void setDefaultCpus(quint64 cpus) { m_defaultCpus = cpus; }
    void setNumSections(int n) { m_numSections = quint16(n); }
    void setSection(int i, quint64 offset, quint64 size)
    {
        m_offsets.at(size_t(i)) = offset;
        m_sizes.at(size_t(i)) = size;
    }
    void setCrc32(quint32 crc) { m_crc = crc; }

    // Byte spans of the table entries (for error messages and the hex view).
    static ByteSpan sectionOffsetSpan(int i) { return { SectionOffsetsOffset + 8 * i, 8 }; }
    static ByteSpan sectionSizeSpan(int i) { return { SectionSizesOffset + 8 * i, 8 }; }

    // Every field with its span: magic, version, flags, default_mem, default_cpus, reserved,
    // num_sections, section_offsets[i] and section_sizes[i] for i < num_sections (the unused
    // slots as one field each), unused, eif_crc32.
    EifFieldList fields() const;

private:
    QByteArray m_magic = magicBytes();
    quint16 m_version = CurrentVersion;
    quint16 m_flags = 0;
    quint64 m_defaultMem = quint64(1) << 30; // what EifBuilder writes
    quint64 m_defaultCpus = 2;
    quint16 m_reserved = 0;
    quint16 m_numSections = 0;
    std::array<quint64, MaxSections> m_offsets {};
    std::array<quint64, MaxSections> m_sizes {};
    quint32 m_unused = 0;
    quint32 m_crc = 0;
};

} // namespace enclave

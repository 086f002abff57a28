#pragma once

#include <QString>

#include "eif/eiffield.h"

namespace enclave {

// Section types of aws-nitro-enclaves-image-format (EifSectionType, u16 big-endian).
enum class EifSectionType : quint16 {
    Invalid = 0,
    Kernel = 1,
    Cmdline = 2,
    Ramdisk = 3,
    Signature = 4,
    Metadata = 5,
};

// "Kernel", "Cmdline", ...; "Unknown(N)" for values outside the enum.
QString eifSectionTypeName(quint16 type);

// One section as found by the sequential walk: its 12-byte header and where its data is.
// A value type: it refers to the file by offsets only.
class EifSection final {
public:
    static constexpr qint64 HeaderSize = 12;

    EifSection() = default;
    EifSection(int index, quint16 type, quint16 flags, qint64 headerOffset, quint64 size)
        : m_index(index)
        , m_type(type)
        , m_flags(flags)
        , m_headerOffset(headerOffset)
        , m_size(size)
    {
    }

    int index() const { return m_index; }
    EifSectionType type() const { return EifSectionType(m_type); }
    quint16 rawType() const { return m_type; }
    QString typeName() const { return eifSectionTypeName(m_type); }
    quint16 flags() const { return m_flags; }
    qint64 headerOffset() const { return m_headerOffset; }
    qint64 dataOffset() const { return m_headerOffset + HeaderSize; }
    qint64 size() const { return qint64(m_size); }
    qint64 endOffset() const { return dataOffset() + size(); }

    ByteSpan headerSpan() const { return { m_headerOffset, HeaderSize }; }
    ByteSpan dataSpan() const { return { dataOffset(), size() }; }
    ByteSpan span() const { return { m_headerOffset, HeaderSize + size() }; }

    // section_type, flags, section_size and data, each with its span.
    EifFieldList fields() const;

    friend bool operator==(const EifSection &, const EifSection &) = default;

private:
    int m_index = -1;
    quint16 m_type = 0;
    quint16 m_flags = 0;
    qint64 m_headerOffset = 0;
    quint64 m_size = 0;
};

} // namespace enclave

#include "eifheader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EifHeader)
};

template <typename T> T be(QByteArrayView bytes, qint64 offset)
{
    return qFromBigEndian<T>(bytes.data() + offset);
}
template <typename T> T le(QByteArrayView bytes, qint64 offset)
{
    return qFromLittleEndian<T>(bytes.data() + offset);
}
template <typename T> void putBe(QByteArray &out, qint64 offset, T value)
{
    qToBigEndian<T>(value, out.data() + offset);
}
QString hexValue(quint64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}
} // namespace

Result<EifHeader> EifHeader::parse(QByteArrayView bytes)
{
    if (bytes.size() < Size) {
        return makeError(Error::Code::Truncated,
            Tr::tr("file is %1 bytes, shorter than the %2-byte EIF header").arg(bytes.size()).arg(Size),
            bytes.size());
    }
    EifHeader h;
    h.m_magic = bytes.first(4).toByteArray();
    if (h.m_magic != magicBytes()) {
        return makeError(Error::Code::Malformed,
            Tr::tr("bad magic %1, expected 2e656966 (\".eif\")").arg(QString::fromLatin1(h.m_magic.toHex())),
            MagicOffset);
    }
    h.m_version = be<quint16>(bytes, VersionOffset);
    const quint16 leVersion = le<quint16>(bytes, VersionOffset);
    if (h.m_version >= 0x100 && leVersion <= 4) {
        // nitro-cli v0.1.0 wrote packed structs in native (little-endian) byte order.
        return makeError(Error::Code::Unsupported,
            QStringLiteral("legacy little-endian EIF (version %1, nitro-cli v0.1.0 era): "
                           "its header and PCRs follow an obsolete layout and are not supported")
                .arg(leVersion),
            VersionOffset);
    }
    if (h.m_version < 2 || h.m_version > CurrentVersion) {
        return makeError(Error::Code::Unsupported,
            Tr::tr("unknown EIF version %1 (supported: 2, 3, 4)").arg(h.m_version), VersionOffset);
    }
    h.m_flags = be<quint16>(bytes, FlagsOffset);
    h.m_defaultMem = be<quint64>(bytes, DefaultMemOffset);
    h.m_defaultCpus = be<quint64>(bytes, DefaultCpusOffset);
    h.m_reserved = be<quint16>(bytes, ReservedOffset);
    h.m_numSections = be<quint16>(bytes, NumSectionsOffset);
    if (h.m_numSections == 0 || h.m_numSections > MaxSections) {
        return makeError(h.m_numSections == 0 ? Error::Code::Malformed : Error::Code::LimitExceeded,
            Tr::tr("num_sections is %1, must be 1..%2").arg(h.m_numSections).arg(MaxSections),
            NumSectionsOffset);
    }
    for (int i = 0; i < MaxSections; ++i) {
        h.m_offsets[size_t(i)] = be<quint64>(bytes, SectionOffsetsOffset + 8 * i);
        h.m_sizes[size_t(i)] = be<quint64>(bytes, SectionSizesOffset + 8 * i);
    }
    h.m_unused = be<quint32>(bytes, UnusedOffset);
    h.m_crc = be<quint32>(bytes, CrcOffset);
    return h;
}

QByteArray EifHeader::serialize() const
{
    QByteArray out(Size, '\0');
    out.replace(0, 4, m_magic.left(4));
    putBe<quint16>(out, VersionOffset, m_version);
    putBe<quint16>(out, FlagsOffset, m_flags);
    putBe<quint64>(out, DefaultMemOffset, m_defaultMem);
    putBe<quint64>(out, DefaultCpusOffset, m_defaultCpus);
    putBe<quint16>(out, ReservedOffset, m_reserved);
    putBe<quint16>(out, NumSectionsOffset, m_numSections);
    for (int i = 0; i < MaxSections; ++i) {
        putBe<quint64>(out, SectionOffsetsOffset + 8 * i, m_offsets[size_t(i)]);
        putBe<quint64>(out, SectionSizesOffset + 8 * i, m_sizes[size_t(i)]);
    }
    putBe<quint32>(out, UnusedOffset, m_unused);
    putBe<quint32>(out, CrcOffset, m_crc);
    return out;
}

QString EifHeader::architectureName() const
{
    return architecture() == Architecture::Aarch64 ? QStringLiteral("aarch64") : QStringLiteral("x86_64");
}

void EifHeader::setArchitecture(Architecture a)
{
    if (a == Architecture::Aarch64)
        m_flags |= ArchAarch64Flag;
    else
        m_flags &= quint16(~ArchAarch64Flag);
}

EifFieldList EifHeader::fields() const
{
    EifFieldList f;
    f.append({ QStringLiteral("magic"), { MagicOffset, 4 },
        QStringLiteral("%1 (\"%2\")")
            .arg(QString::fromLatin1(m_magic.toHex(' ')), QString::fromLatin1(m_magic)) });
    f.append({ QStringLiteral("version"), { VersionOffset, 2 }, QString::number(m_version) });
    f.append({ QStringLiteral("flags"), { FlagsOffset, 2 },
        QStringLiteral("%1 (%2)").arg(hexValue(m_flags), architectureName()) });
    f.append({ QStringLiteral("default_mem"), { DefaultMemOffset, 8 },
        QStringLiteral("%1 (%2 MiB)").arg(hexValue(m_defaultMem)).arg(m_defaultMem >> 20) });
    f.append({ QStringLiteral("default_cpus"), { DefaultCpusOffset, 8 }, QString::number(m_defaultCpus) });
    f.append({ QStringLiteral("reserved"), { ReservedOffset, 2 }, QString::number(m_reserved) });
    f.append({ QStringLiteral("num_sections"), { NumSectionsOffset, 2 }, QString::number(m_numSections) });
    const int n = qMin<int>(m_numSections, MaxSections);
    for (int i = 0; i < n; ++i) {
        f.append({ QStringLiteral("section_offsets[%1]").arg(i), sectionOffsetSpan(i),
            QString::number(m_offsets[size_t(i)]) });
    }
    if (n < MaxSections) {
        f.append({ QStringLiteral("section_offsets[%1..%2] (unused)").arg(n).arg(MaxSections - 1),
            { SectionOffsetsOffset + 8 * n, 8 * (MaxSections - n) }, QString() });
    }
    for (int i = 0; i < n; ++i) {
        f.append({ QStringLiteral("section_sizes[%1]").arg(i), sectionSizeSpan(i),
            QString::number(m_sizes[size_t(i)]) });
    }
    if (n < MaxSections) {
        f.append({ QStringLiteral("section_sizes[%1..%2] (unused)").arg(n).arg(MaxSections - 1),
            { SectionSizesOffset + 8 * n, 8 * (MaxSections - n) }, QString() });
    }
    f.append({ QStringLiteral("unused"), { UnusedOffset, 4 }, QString::number(m_unused) });
    f.append({ QStringLiteral("eif_crc32"), { CrcOffset, 4 },
        QStringLiteral("%1").arg(m_crc, 8, 16, QLatin1Char('0')) });
    return f;
}

} // namespace enclave

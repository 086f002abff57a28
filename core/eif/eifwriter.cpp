#include "eifwriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include "eif/crc32.h"
#include "eif/eifreader.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EifWriter)
};

constexpr qint64 kCopyChunk = 1 << 20;

int rank(quint16 type)
{
    switch (EifSectionType(type)) {
    case EifSectionType::Kernel:
        return 0;
    case EifSectionType::Cmdline:
        return 1;
    case EifSectionType::Metadata:
        return 2;
    case EifSectionType::Ramdisk:
        return 3;
    case EifSectionType::Signature:
        return 4;
    case EifSectionType::Invalid:
        break;
    }
    return 5;
}

QByteArray sectionHeader(quint16 type, quint64 size)
{
    QByteArray h(EifSection::HeaderSize, '\0');
    qToBigEndian<quint16>(type, h.data());
    qToBigEndian<quint64>(size, h.data() + 4);
    return h;
}

Result<void> writeAll(QIODevice &out, const char *data, qint64 size, const QString &what)
{
    if (out.write(data, size) != size)
        return makeError(Error::Code::Io, Tr::tr("cannot write %1: %2").arg(what, out.errorString()));
    return {};
}

// Streams `size` bytes of `in` from its current position to `out`, feeding the CRC.
Result<void> copyStream(QIODevice &in, QIODevice &out, qint64 size, Crc32 *crc)
{
    std::unique_ptr<char[]> buffer(new char[kCopyChunk]);
    while (size > 0) {
        const qint64 r = in.read(buffer.get(), qMin(size, kCopyChunk));
        if (r <= 0)
            return makeError(Error::Code::Io, Tr::tr("read failed: %1").arg(in.errorString()));
        if (crc)
            crc->update(buffer.get(), r);
        if (auto w = writeAll(out, buffer.get(), r, QStringLiteral("output")); !w)
            return w;
        size -= r;
    }
    return {};
}

} // namespace

void EifWriter::add(EifSectionType type, const QByteArray &data, const QString &path)
{
    // Single-instance sections are replaced, ramdisks accumulate.
    if (type != EifSectionType::Ramdisk) {
        m_sections.removeIf([type](const Source &s) { return s.type == quint16(type); });
    }
    m_sections.append({ quint16(type), data, path });
}

QList<EifWriter::Source> EifWriter::ordered() const
{
    QList<Source> out = m_sections;
    if (!m_keepOrder) {
        std::stable_sort(out.begin(), out.end(),
            [](const Source &a, const Source &b) { return rank(a.type) < rank(b.type); });
    }
    return out;
}

Result<void> EifWriter::write(const QString &path) const
{
    const QList<Source> sections = ordered();
    if (sections.size() > EifHeader::MaxSections) {
        return makeError(Error::Code::LimitExceeded,
            Tr::tr("%1 sections, at most %2").arg(sections.size()).arg(EifHeader::MaxSections));
    }
    EifHeader header = m_header;
    header.setNumSections(int(sections.size()));
    QList<qint64> sizes;
    qint64 offset = EifHeader::Size;
    for (int i = 0; i < sections.size(); ++i) {
        const Source &s = sections.at(i);
        qint64 size = s.data.size();
        if (!s.path.isEmpty()) {
            QFileInfo info(s.path);
            if (!info.exists() || !info.isFile())
                return makeError(Error::Code::Io, Tr::tr("%1: no such file").arg(s.path));
            size = info.size();
        }
        // QEMU's EIF loader refuses zero-size sections and nitro-cli never writes an empty kernel
        // or ramdisk: such an image would not boot, so it is not written.
        if (size == 0
            && (s.type == quint16(EifSectionType::Kernel) || s.type == quint16(EifSectionType::Ramdisk))) {
            const QString what = s.type == quint16(EifSectionType::Kernel) ? QStringLiteral("kernel")
                                                                           : QStringLiteral("ramdisk");
            return makeError(Error::Code::Malformed,
                s.path.isEmpty()
                    ? Tr::tr("empty %1: an EIF section must not be empty").arg(what)
                    : Tr::tr("%1: empty %2 file: an EIF section must not be empty").arg(s.path, what));
        }
        sizes.append(size);
        header.setSection(i, quint64(offset), quint64(size));
        offset += EifSection::HeaderSize + size;
    }

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Tr::tr("cannot create %1: %2").arg(path, out.errorString()));

    // The CRC covers the header up to the CRC field, so the header goes first with a
    // placeholder and is patched at the end.
    const QByteArray headerBytes = header.serialize();
    Crc32 crc;
    crc.update(QByteArrayView(headerBytes).first(EifHeader::CrcOffset));
    if (auto w = writeAll(out, headerBytes.constData(), headerBytes.size(), path); !w)
        return w;
    for (int i = 0; i < sections.size(); ++i) {
        const Source &s = sections.at(i);
        const QByteArray h = sectionHeader(s.type, quint64(sizes.at(i)));
        crc.update(h);
        if (auto w = writeAll(out, h.constData(), h.size(), path); !w)
            return w;
        if (s.path.isEmpty()) {
            crc.update(s.data);
            if (auto w = writeAll(out, s.data.constData(), s.data.size(), path); !w)
                return w;
        } else {
            QFile in(s.path);
            if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                return makeError(Error::Code::Io, Tr::tr("%1: %2").arg(s.path, in.errorString()));
            if (auto c = copyStream(in, out, sizes.at(i), &crc); !c)
                return makeError(Error::Code::Io, Tr::tr("%1: %2").arg(s.path, c.error().message));
        }
    }
    char crcBytes[4];
    qToBigEndian<quint32>(crc.value(), crcBytes);
    if (!out.seek(EifHeader::CrcOffset) || out.write(crcBytes, 4) != 4)
        return makeError(Error::Code::Io, Tr::tr("cannot write the CRC: %1").arg(out.errorString()));
    if (!out.commit())
        return makeError(Error::Code::Io, Tr::tr("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace enclave

#include "agent/eifpeek.h"

#include <QFile>
#include <QJsonArray>
#include <QtEndian>

namespace enclave::agent {

namespace {
constexpr qint64 kHeaderSize = 548;
constexpr qint64 kSectionHeaderSize = 12;
constexpr int kMaxSections = 32;
constexpr qint64 kMaxCmdline = 4096;
} // namespace

QString EifPeek::Section::typeName() const
{
    switch (type) {
    case 1:
        return QStringLiteral("kernel");
    case 2:
        return QStringLiteral("cmdline");
    case 3:
        return QStringLiteral("ramdisk");
    case 4:
        return QStringLiteral("signature");
    case 5:
        return QStringLiteral("metadata");
    default:
        return QStringLiteral("invalid");
    }
}

Result<EifPeek> EifPeek::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, f.errorString());
    EifPeek peek;
    peek.fileSize = f.size();
    const QByteArray h = f.read(kHeaderSize);
    if (h.size() < kHeaderSize)
        return makeError(Error::Code::Truncated,
            QStringLiteral("EIF header needs 548 bytes, file has %1").arg(h.size()), h.size());
    if (!h.startsWith(".eif"))
        return makeError(Error::Code::Malformed, QStringLiteral("bad magic (not an EIF)"), 0);
    const auto *p = reinterpret_cast<const uchar *>(h.constData());
    peek.version = qFromBigEndian<quint16>(p + 4);
    peek.flags = qFromBigEndian<quint16>(p + 6);
    qint64 offset = kHeaderSize;
    while (offset + kSectionHeaderSize <= peek.fileSize) {
        if (peek.sections.size() == kMaxSections)
            return makeError(Error::Code::LimitExceeded, QStringLiteral("more than 32 sections"), offset);
        if (!f.seek(offset))
            return makeError(Error::Code::Io, f.errorString(), offset);
        const QByteArray sh = f.read(kSectionHeaderSize);
        if (sh.size() != kSectionHeaderSize)
            return makeError(Error::Code::Truncated, QStringLiteral("section header cut short"), offset);
        const auto *s = reinterpret_cast<const uchar *>(sh.constData());
        Section section;
        section.type = qFromBigEndian<quint16>(s);
        section.offset = offset;
        const quint64 size = qFromBigEndian<quint64>(s + 4);
        if (section.type == 0 || section.type > 5)
            return makeError(
                Error::Code::Malformed, QStringLiteral("invalid section type %1").arg(section.type), offset);
        if (size > quint64(peek.fileSize - offset - kSectionHeaderSize))
            return makeError(Error::Code::Truncated,
                QStringLiteral("section of %1 bytes runs past the end of the file").arg(size), offset + 4);
        section.size = qint64(size);
        if (section.type == 2 && peek.cmdline.isEmpty())
            peek.cmdline = QString::fromUtf8(f.read(qMin(section.size, kMaxCmdline)));
        peek.sections.append(section);
        offset += kSectionHeaderSize + section.size;
    }
    return peek;
}

QJsonObject EifPeek::toJson() const
{
    QJsonArray list;
    for (const Section &s : sections)
        list.append(QJsonObject { { QStringLiteral("type"), s.typeName() },
            { QStringLiteral("offset"), s.offset }, { QStringLiteral("size"), s.size } });
    return QJsonObject { { QStringLiteral("EifVersion"), int(version) },
        { QStringLiteral("Arch"), architecture() }, { QStringLiteral("FileSize"), fileSize },
        { QStringLiteral("Cmdline"), cmdline }, { QStringLiteral("Sections"), list } };
}

} // namespace enclave::agent

#include "eifdiff.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "common/hex.h"
#include "cpio/ramdisklister.h"
#include "crypto/digest.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/pcrcalculator.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EifDiff)
};

constexpr qint64 Chunk = 1 << 20;
constexpr int MaxMetadataChanges = 200;

using Kind = EifDiff::SectionKind;
using Status = EifDiff::Status;

QList<int> pcrsMovedBy(Kind kind, int ordinal)
{
    switch (kind) {
    case Kind::Kernel:
    case Kind::Cmdline:
        return { 0, 1 };
    case Kind::Ramdisk:
        return ordinal == 0 ? QList<int> { 0, 1 } : QList<int> { 0, 2 };
    case Kind::Signature:
        return { 8 };
    case Kind::Metadata:
        break;
    }
    return {};
}

QString compressionId(CpioReader::Compression c)
{
    switch (c) {
    case CpioReader::Compression::None:
        return QStringLiteral("none");
    case CpioReader::Compression::Gzip:
        return QStringLiteral("gzip");
    case CpioReader::Compression::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString compact(const QJsonValue &v)
{
    QString s;
    switch (v.type()) {
    case QJsonValue::Object:
        s = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        s = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::String:
        s = u'"' + v.toString() + u'"';
        break;
    case QJsonValue::Double:
        s = QString::number(v.toDouble(), 'g', 17);
        break;
    case QJsonValue::Bool:
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Null:
        s = QStringLiteral("null");
        break;
    case QJsonValue::Undefined:
        s = QStringLiteral("(absent)");
        break;
    }
    if (s.size() > 120)
        s = s.left(117) + QStringLiteral("...");
    return s;
}

void jsonDiff(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out)
{
    if (a == b || out.size() >= MaxMetadataChanges)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys()) {
            if (!oa.contains(k))
                keys.append(k);
        }
        for (const QString &k : keys) {
            const QString sub = path.isEmpty() ? k : path + u'.' + k;
            if (!oa.contains(k))
                out.append(QStringLiteral("+ %1: %2").arg(sub, compact(ob.value(k))));
            else if (!ob.contains(k))
                out.append(QStringLiteral("- %1: %2").arg(sub, compact(oa.value(k))));
            else
                jsonDiff(oa.value(k), ob.value(k), sub, out);
        }
        return;
    }
    out.append(QStringLiteral("%1: %2 -> %3")
                   .arg(path.isEmpty() ? QStringLiteral("(root)") : path, compact(a), compact(b)));
}

QStringList arguments(const QByteArray &cmdline)
{
    return QString::fromUtf8(cmdline).simplified().split(u' ', Qt::SkipEmptyParts);
}

// Arguments in `a` that `b` lacks, counting repeats.
QStringList minus(const QStringList &a, const QStringList &b)
{
    QHash<QString, int> counts;
    for (const QString &s : b)
        ++counts[s];
    QStringList out;
    for (const QString &s : a) {
        if (counts.value(s) > 0)
            --counts[s];
        else
            out.append(s);
    }
    return out;
}

struct Side {
    EifReader reader;
    QString path;
};

class Hasher {
public:
    Hasher(qint64 total, const EifDiff::ProgressCallback &progress, const std::atomic_bool *cancel)
        : m_total(total)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    Result<QByteArray> sha384(const QString &path, qint64 offset, qint64 size)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return makeError(
                Error::Code::Io, Tr::tr("%1: cannot read: %2").arg(path, f.errorString()), offset);
        Digest d(Digest::Algorithm::Sha384);
        QByteArray buf(std::min(Chunk, std::max<qint64>(size, 1)), Qt::Uninitialized);
        qint64 left = size;
        while (left > 0) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                return makeError(Error::Code::Cancelled, Tr::tr("cancelled"));
            const qint64 n = f.read(buf.data(), std::min<qint64>(left, buf.size()));
            if (n <= 0)
                return makeError(Error::Code::Truncated,
                    Tr::tr("%1: the file ends inside a section").arg(path), offset + size - left);
            d.update(buf.constData(), n);
            left -= n;
            m_done += n;
            if (m_progress)
                m_progress(m_done, m_total);
        }
        return d.finalize();
    }

private:
    qint64 m_total;
    qint64 m_done = 0;
    const EifDiff::ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
};

Result<QList<CpioEntry>> listRamdisk(
    const EifReader &eif, int ordinal, CpioReader::Compression *compression, const std::atomic_bool *cancel)
{
    RamdiskLister lister(eif);
    lister.setOnly(ordinal);
    lister.setCancelFlag(cancel);
    auto listed = lister.list();
    if (!listed)
        return std::unexpected(listed.error());
    RamdiskListing &l = listed->first();
    *compression = l.compression;
    if (l.error)
        return std::unexpected(*l.error);
    return std::move(l.entries);
}

std::optional<EifSection> nth(const EifReader &r, EifSectionType type, int n)
{
    const QList<EifSection> all = r.sectionsOfType(type);
    return n < all.size() ? std::optional<EifSection>(all.at(n)) : std::nullopt;
}

QByteArray pcr8Of(const EifReader &r)
{
    auto sig = r.signature();
    if (!sig || !sig->isValid())
        return {};
    auto pcr8 = PcrCalculator::pcr8FromCertificatePem(sig->certificatePem());
    return pcr8 ? *pcr8 : QByteArray();
}

} // namespace

QString EifDiff::Section::name() const
{
    switch (kind) {
    case Kind::Kernel:
        return QStringLiteral("kernel");
    case Kind::Cmdline:
        return QStringLiteral("cmdline");
    case Kind::Metadata:
        return QStringLiteral("metadata");
    case Kind::Ramdisk:
        return QStringLiteral("ramdisk %1").arg(ordinal);
    case Kind::Signature:
        return QStringLiteral("signature");
    }
    return {};
}

QString EifDiff::statusId(Status status)
{
    switch (status) {
    case Status::Equal:
        return QStringLiteral("equal");
    case Status::Changed:
        return QStringLiteral("changed");
    case Status::OnlyLeft:
        return QStringLiteral("only-left");
    case Status::OnlyRight:
        return QStringLiteral("only-right");
    }
    return {};
}

Result<EifDiff> EifDiff::compare(const QString &leftPath, const QString &rightPath,
    const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    auto lr = EifReader::open(leftPath);
    if (!lr)
        return makeError(
            lr.error().code, leftPath + QStringLiteral(": ") + lr.error().message, lr.error().offset);
    auto rr = EifReader::open(rightPath);
    if (!rr)
        return makeError(
            rr.error().code, rightPath + QStringLiteral(": ") + rr.error().message, rr.error().offset);
    const Side sides[2] = { { *lr, leftPath }, { *rr, rightPath } };

    qint64 total = 0;
    for (const Side &s : sides) {
        for (const EifSection &sec : s.reader.sections())
            total += sec.size();
    }
    Hasher hasher(total, progress, cancel);

    EifDiff diff;
    diff.m_left = leftPath;
    diff.m_right = rightPath;

    struct Wanted {
        Kind kind;
        EifSectionType type;
        int ordinal;
    };
    QList<Wanted> wanted = { { Kind::Kernel, EifSectionType::Kernel, 0 },
        { Kind::Cmdline, EifSectionType::Cmdline, 0 }, { Kind::Metadata, EifSectionType::Metadata, 0 } };
    const int ramdisks = int(std::max(sides[0].reader.sectionsOfType(EifSectionType::Ramdisk).size(),
        sides[1].reader.sectionsOfType(EifSectionType::Ramdisk).size()));
    for (int i = 0; i < ramdisks; ++i)
        wanted.append({ Kind::Ramdisk, EifSectionType::Ramdisk, i });
    wanted.append({ Kind::Signature, EifSectionType::Signature, 0 });

    for (const Wanted &w : wanted) {
        const std::optional<EifSection> a = nth(sides[0].reader, w.type, w.ordinal);
        const std::optional<EifSection> b = nth(sides[1].reader, w.type, w.ordinal);
        if (!a && !b)
            continue;
        Section s;
        s.kind = w.kind;
        s.ordinal = w.ordinal;
        if (a) {
            s.leftOffset = a->dataOffset();
            s.leftSize = a->size();
            auto h = hasher.sha384(leftPath, a->dataOffset(), a->size());
            if (!h)
                return std::unexpected(h.error());
            s.leftSha384 = *h;
        }
        if (b) {
            s.rightOffset = b->dataOffset();
            s.rightSize = b->size();
            auto h = hasher.sha384(rightPath, b->dataOffset(), b->size());
            if (!h)
                return std::unexpected(h.error());
            s.rightSha384 = *h;
        }
        s.status = !a                       ? Status::OnlyRight
            : !b                            ? Status::OnlyLeft
            : s.leftSha384 == s.rightSha384 ? Status::Equal
                                            : Status::Changed;
        if (s.status == Status::Equal) {
            diff.m_sections.append(s);
            continue;
        }
        s.pcrs = pcrsMovedBy(w.kind, w.ordinal);

        switch (w.kind) {
        case Kind::Cmdline: {
            auto lt = sides[0].reader.readCmdline();
            auto rt = sides[1].reader.readCmdline();
            if (lt && rt) {
                s.leftText = *lt;
                s.rightText = *rt;
                const QStringList la = arguments(*lt);
                const QStringList ra = arguments(*rt);
                s.removedArguments = minus(la, ra);
                s.addedArguments = minus(ra, la);
                if (s.removedArguments.isEmpty() && s.addedArguments.isEmpty())
                    s.notes.append(la == ra ? Tr::tr("same arguments, different spacing")
                                            : Tr::tr("same arguments in a different order"));
            }
            break;
        }
        case Kind::Metadata: {
            s.notes.append(Tr::tr("metadata is not measured: no PCR changes because of it"));
            auto lm = a ? sides[0].reader.readMetadataBytes() : Result<QByteArray>(QByteArray());
            auto rm = b ? sides[1].reader.readMetadataBytes() : Result<QByteArray>(QByteArray());
            if (lm && rm) {
                QJsonParseError le, re;
                const QJsonDocument ld = QJsonDocument::fromJson(*lm, &le);
                const QJsonDocument rd = QJsonDocument::fromJson(*rm, &re);
                if ((a && le.error != QJsonParseError::NoError)
                    || (b && re.error != QJsonParseError::NoError))
                    s.notes.append(Tr::tr("metadata is not valid JSON on one side: compared as bytes only"));
                else
                    jsonDiff(a ? QJsonValue(ld.object()) : QJsonValue(QJsonValue::Undefined),
                        b ? QJsonValue(rd.object()) : QJsonValue(QJsonValue::Undefined), QString(),
                        s.metadataChanges);
            }
            break;
        }
        case Kind::Signature: {
            const QByteArray l8 = a ? pcr8Of(sides[0].reader) : QByteArray();
            const QByteArray r8 = b ? pcr8Of(sides[1].reader) : QByteArray();
            if (a && b && !l8.isEmpty() && l8 == r8) {
                s.pcrs.clear();
                s.notes.append(
                    Tr::tr("same signing certificate (PCR8 unchanged); only the signature bytes differ"));
            } else if (a && b) {
                s.notes.append(Tr::tr("different signing certificate: PCR8 changes"));
            }
            break;
        }
        case Kind::Ramdisk: {
            QList<CpioEntry> le, re;
            if (a) {
                auto l = listRamdisk(sides[0].reader, w.ordinal, &s.leftCompression, cancel);
                if (!l) {
                    if (l.error().code == Error::Code::Cancelled)
                        return std::unexpected(l.error());
                    s.listError = leftPath + QStringLiteral(": ") + l.error().toString();
                } else {
                    le = *l;
                }
            }
            if (b && s.listError.isEmpty()) {
                auto r = listRamdisk(sides[1].reader, w.ordinal, &s.rightCompression, cancel);
                if (!r) {
                    if (r.error().code == Error::Code::Cancelled)
                        return std::unexpected(r.error());
                    s.listError = rightPath + QStringLiteral(": ") + r.error().toString();
                } else {
                    re = *r;
                }
            }
            if (!s.listError.isEmpty())
                break;
            s.ramdisk = RamdiskDiff::compare(le, re);
            if (a && b && s.ramdisk.changes().isEmpty() && !s.ramdisk.entryOrderDiffers()
                && s.ramdisk.inodeOnlyDifferences() == 0) {
                if (s.leftCompression != s.rightCompression)
                    s.notes.append(
                        Tr::tr("same files, but one ramdisk is gzip-compressed and the other is not"));
                else if (s.leftCompression == CpioReader::Compression::Gzip)
                    s.notes.append(
                        Tr::tr("same files; the gzip streams differ (header timestamp, compression level or "
                               "tool)"));
                else
                    s.notes.append(
                        Tr::tr("same files with the same metadata; the archives differ in padding or "
                               "trailer bytes"));
            }
            break;
        }
        case Kind::Kernel:
            break;
        }
        diff.m_sections.append(s);
    }
    return diff;
}

bool EifDiff::measuredContentIdentical() const
{
    return movedPcrs().isEmpty();
}

QList<int> EifDiff::movedPcrs() const
{
    QList<int> out;
    for (const Section &s : m_sections) {
        for (int p : s.pcrs) {
            if (!out.contains(p))
                out.append(p);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList EifDiff::summary() const
{
    QStringList out;
    for (const Section &s : m_sections) {
        if (s.status == Status::Equal)
            continue;
        QStringList pcrNames;
        for (int p : s.pcrs)
            pcrNames.append(QStringLiteral("PCR%1").arg(p));
        QString line = s.name();
        if (s.status == Status::OnlyLeft)
            line += Tr::tr(" only in the left image");
        else if (s.status == Status::OnlyRight)
            line += Tr::tr(" only in the right image");
        else
            line += Tr::tr(" differs");
        line += pcrNames.isEmpty() ? Tr::tr(" (moves no PCR)")
                                   : Tr::tr(" (moves %1)").arg(pcrNames.join(QStringLiteral(", ")));
        if (s.kind == Kind::Ramdisk && s.listError.isEmpty()) {
            int added = 0, removed = 0, changed = 0;
            for (const FileChange &c : s.ramdisk.changes()) {
                added += c.kind == FileChange::Kind::Added;
                removed += c.kind == FileChange::Kind::Removed;
                changed += c.kind == FileChange::Kind::Changed;
            }
            line += Tr::tr(": %1 added, %2 removed, %3 changed").arg(added).arg(removed).arg(changed);
            if (const int meta = s.ramdisk.mtimeOrOwnerOnlyChanges())
                line += Tr::tr(" (%1 mtime/owner only)").arg(meta);
        } else if (s.kind == Kind::Cmdline && s.status == Status::Changed) {
            QStringList args;
            for (const QString &r : s.removedArguments)
                args.append(u'-' + r);
            for (const QString &r : s.addedArguments)
                args.append(u'+' + r);
            if (!args.isEmpty())
                line += QStringLiteral(": ") + args.join(u' ');
        } else if (s.kind == Kind::Metadata && !s.metadataChanges.isEmpty()) {
            line += Tr::tr(": %1 JSON changes").arg(s.metadataChanges.size());
        }
        out.append(line);
    }
    return out;
}

QJsonObject EifDiff::Section::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("section"), name());
    o.insert(QStringLiteral("status"), statusId(status));
    QJsonArray p;
    for (int i : pcrs)
        p.append(QStringLiteral("PCR%1").arg(i));
    o.insert(QStringLiteral("movesPcrs"), p);
    auto side = [](qint64 offset, qint64 size, const QByteArray &sha) {
        QJsonObject s;
        s.insert(QStringLiteral("offset"), offset);
        s.insert(QStringLiteral("size"), size);
        s.insert(QStringLiteral("sha384"), hex::encode(sha));
        return s;
    };
    if (leftOffset >= 0)
        o.insert(QStringLiteral("left"), side(leftOffset, leftSize, leftSha384));
    if (rightOffset >= 0)
        o.insert(QStringLiteral("right"), side(rightOffset, rightSize, rightSha384));
    if (kind == SectionKind::Cmdline && status == Status::Changed) {
        o.insert(QStringLiteral("removedArguments"), QJsonArray::fromStringList(removedArguments));
        o.insert(QStringLiteral("addedArguments"), QJsonArray::fromStringList(addedArguments));
        o.insert(QStringLiteral("leftText"), QString::fromUtf8(leftText));
        o.insert(QStringLiteral("rightText"), QString::fromUtf8(rightText));
    }
    if (!metadataChanges.isEmpty())
        o.insert(QStringLiteral("metadataChanges"), QJsonArray::fromStringList(metadataChanges));
    if (kind == SectionKind::Ramdisk && status != Status::Equal) {
        o.insert(QStringLiteral("leftCompression"), compressionId(leftCompression));
        o.insert(QStringLiteral("rightCompression"), compressionId(rightCompression));
        if (!listError.isEmpty()) {
            o.insert(QStringLiteral("error"), listError);
        } else {
            QJsonArray files;
            for (const FileChange &c : ramdisk.changes())
                files.append(c.toJson());
            o.insert(QStringLiteral("files"), files);
            o.insert(QStringLiteral("entryOrderDiffers"), ramdisk.entryOrderDiffers());
        }
    }
    QStringList allNotes = notes;
    allNotes += ramdisk.notes();
    if (!allNotes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(allNotes));
    return o;
}

QJsonObject EifDiff::toJson() const
{
    QJsonArray sections;
    for (const Section &s : m_sections)
        sections.append(s.toJson());
    QJsonArray moved;
    for (int p : movedPcrs())
        moved.append(QStringLiteral("PCR%1").arg(p));
    QJsonObject o;
    o.insert(QStringLiteral("movedPcrs"), moved);
    o.insert(QStringLiteral("sections"), sections);
    o.insert(QStringLiteral("summary"), QJsonArray::fromStringList(summary()));
    return o;
}

Result<std::optional<CpioReader::Content>> EifDiff::readFile(int sectionIndex, Image image,
    const QByteArray &rawPath, qint64 maxBytes, const std::atomic_bool *cancel) const
{
    if (sectionIndex < 0 || sectionIndex >= m_sections.size())
        return makeError(Error::Code::Usage, Tr::tr("no section %1 in this comparison").arg(sectionIndex));
    const Section &s = m_sections.at(sectionIndex);
    if (s.kind != SectionKind::Ramdisk)
        return makeError(Error::Code::Usage, Tr::tr("%1 is not a ramdisk").arg(s.name()));
    const bool left = image == Image::Left;
    const qint64 offset = left ? s.leftOffset : s.rightOffset;
    const qint64 size = left ? s.leftSize : s.rightSize;
    if (offset < 0)
        return std::optional<CpioReader::Content>();
    const QString path = left ? m_left : m_right;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("%1: cannot open: %2").arg(path, f.errorString()));
    return CpioReader::readEntryByPath(&f, offset, size, rawPath, maxBytes, {}, cancel);
}

} // namespace enclave

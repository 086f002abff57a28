#include "ramdiskdiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include "common/hex.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RamdiskDiff)
};

using Aspect = FileChange::Aspect;

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString octal(quint32 v)
{
    return QStringLiteral("%1").arg(v, 4, 8, QLatin1Char('0'));
}

QString shortHash(const QByteArray &h)
{
    return hex::encode(h).left(16);
}

QJsonObject entryJson(const CpioEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), CpioEntry::typeName(e.type));
    o.insert(QStringLiteral("mode"), octal(e.permissions()));
    o.insert(QStringLiteral("uid"), qint64(e.uid));
    o.insert(QStringLiteral("gid"), qint64(e.gid));
    o.insert(QStringLiteral("mtime"), e.mtime);
    o.insert(QStringLiteral("size"), e.size);
    if (!e.sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), hex::encode(e.sha256));
    if (e.type == CpioEntry::Type::Symlink)
        o.insert(QStringLiteral("linkTarget"), QString::fromUtf8(e.linkTarget));
    return o;
}

FileChange::Aspects compareEntries(const CpioEntry &a, const CpioEntry &b)
{
    FileChange::Aspects x;
    if (a.type != b.type)
        x |= Aspect::Type;
    if (a.size != b.size || a.sha256 != b.sha256)
        x |= Aspect::Content;
    if (a.permissions() != b.permissions())
        x |= Aspect::Mode;
    if (a.uid != b.uid || a.gid != b.gid)
        x |= Aspect::Owner;
    if (a.mtime != b.mtime)
        x |= Aspect::Mtime;
    if (a.linkTarget != b.linkTarget)
        x |= Aspect::LinkTarget;
    if (a.rdevMajor != b.rdevMajor || a.rdevMinor != b.rdevMinor)
        x |= Aspect::Device;
    if (a.inode != b.inode || a.nlink != b.nlink || a.devMajor != b.devMajor || a.devMinor != b.devMinor)
        x |= Aspect::Inode;
    return x;
}

} // namespace

bool FileChange::isMtimeOrOwnerOnly() const
{
    if (kind != Kind::Changed || !aspects)
        return false;
    const Aspects metadata = Aspect::Mtime | Aspect::Owner | Aspect::Inode;
    return (aspects & ~metadata) == Aspects();
}

QStringList FileChange::aspectIds(Aspects aspects)
{
    QStringList out;
    static const QPair<Aspect, const char *> names[]
        = { { Aspect::Content, "content" }, { Aspect::Type, "type" }, { Aspect::Mode, "mode" },
              { Aspect::Owner, "owner" }, { Aspect::Mtime, "mtime" }, { Aspect::LinkTarget, "link-target" },
              { Aspect::Device, "device" }, { Aspect::Inode, "inode" } };
    for (const auto &[a, name] : names) {
        if (aspects.testFlag(a))
            out.append(QString::fromLatin1(name));
    }
    return out;
}

QString FileChange::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString FileChange::describe() const
{
    if (kind == Kind::Added && right)
        return Tr::tr("added %1 %2, %3 bytes")
            .arg(CpioEntry::typeName(right->type), octal(right->permissions()))
            .arg(right->size);
    if (kind == Kind::Removed && left)
        return Tr::tr("removed %1 %2, %3 bytes")
            .arg(CpioEntry::typeName(left->type), octal(left->permissions()))
            .arg(left->size);
    if (!left || !right)
        return {};
    QStringList parts;
    if (aspects.testFlag(Aspect::Type))
        parts.append(
            Tr::tr("type %1 -> %2").arg(CpioEntry::typeName(left->type), CpioEntry::typeName(right->type)));
    if (aspects.testFlag(Aspect::Content))
        parts.append(Tr::tr("content %1 -> %2 (%3 -> %4 bytes)")
                         .arg(shortHash(left->sha256), shortHash(right->sha256))
                         .arg(left->size)
                         .arg(right->size));
    if (aspects.testFlag(Aspect::LinkTarget))
        parts.append(Tr::tr("link target %1 -> %2")
                         .arg(QString::fromUtf8(left->linkTarget), QString::fromUtf8(right->linkTarget)));
    if (aspects.testFlag(Aspect::Mode))
        parts.append(Tr::tr("mode %1 -> %2").arg(octal(left->permissions()), octal(right->permissions())));
    if (aspects.testFlag(Aspect::Owner))
        parts.append(
            Tr::tr("owner %1:%2 -> %3:%4").arg(left->uid).arg(left->gid).arg(right->uid).arg(right->gid));
    if (aspects.testFlag(Aspect::Mtime))
        parts.append(Tr::tr("mtime %1 -> %2").arg(isoTime(left->mtime), isoTime(right->mtime)));
    if (aspects.testFlag(Aspect::Device))
        parts.append(Tr::tr("device %1:%2 -> %3:%4")
                         .arg(left->rdevMajor)
                         .arg(left->rdevMinor)
                         .arg(right->rdevMajor)
                         .arg(right->rdevMinor));
    if (aspects.testFlag(Aspect::Inode))
        parts.append(Tr::tr("inode/link count"));
    return parts.join(QStringLiteral("; "));
}

QJsonObject FileChange::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path());
    o.insert(QStringLiteral("change"), kindId(kind));
    if (kind == Kind::Changed) {
        o.insert(QStringLiteral("aspects"), QJsonArray::fromStringList(aspectIds(aspects)));
        o.insert(QStringLiteral("mtimeOrOwnerOnly"), isMtimeOrOwnerOnly());
    }
    if (left)
        o.insert(QStringLiteral("left"), entryJson(*left));
    if (right)
        o.insert(QStringLiteral("right"), entryJson(*right));
    return o;
}

RamdiskDiff RamdiskDiff::compare(const QList<CpioEntry> &left, const QList<CpioEntry> &right)
{
    RamdiskDiff d;
    // Last entry of a path wins, as when the kernel unpacks the archive.
    auto index = [&d](const QList<CpioEntry> &entries, const QString &side) {
        QHash<QByteArray, qsizetype> map;
        int duplicates = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (map.contains(entries[i].rawPath))
                ++duplicates;
            map.insert(entries[i].rawPath, i);
        }
        if (duplicates)
            d.m_notes.append(Tr::tr("%1: %2 paths appear more than once (the last one wins when unpacked)")
                                 .arg(side)
                                 .arg(duplicates));
        return map;
    };
    const auto l = index(left, Tr::tr("left"));
    const auto r = index(right, Tr::tr("right"));

    // Changes and removals in the left archive's order, then additions in the right's.
    QList<QByteArray> commonOrderLeft;
    int inodeOnly = 0;
    for (qsizetype i = 0; i < left.size(); ++i) {
        const CpioEntry &a = left[i];
        if (l.value(a.rawPath) != i)
            continue; // superseded duplicate
        const auto it = r.constFind(a.rawPath);
        if (it == r.cend()) {
            d.m_changes.append({ FileChange::Kind::Removed, a.rawPath, a, std::nullopt, {} });
            continue;
        }
        commonOrderLeft.append(a.rawPath);
        const CpioEntry &b = right[*it];
        FileChange::Aspects aspects = compareEntries(a, b);
        // Inode numbers shift for every entry after an insertion: count them, do not list them.
        if (aspects.testFlag(Aspect::Inode)) {
            ++inodeOnly;
            aspects &= ~FileChange::Aspects(Aspect::Inode);
        }
        if (aspects)
            d.m_changes.append({ FileChange::Kind::Changed, a.rawPath, a, b, aspects });
    }
    QList<QByteArray> commonOrderRight;
    for (qsizetype i = 0; i < right.size(); ++i) {
        const CpioEntry &b = right[i];
        if (r.value(b.rawPath) != i)
            continue;
        if (!l.contains(b.rawPath))
            d.m_changes.append({ FileChange::Kind::Added, b.rawPath, std::nullopt, b, {} });
        else
            commonOrderRight.append(b.rawPath);
    }
    d.m_orderDiffers = commonOrderLeft != commonOrderRight;
    if (d.m_orderDiffers)
        d.m_notes.append(
            Tr::tr("the entries common to both archives are stored in a different order: the archive bytes "
                   "(and the PCRs) differ even where the files do not"));
    if (inodeOnly > 0)
        d.m_notes.append(
            Tr::tr("%1 entries differ in inode number or link count only (archive bookkeeping: it changes "
                   "the archive bytes, not the unpacked files)")
                .arg(inodeOnly));
    d.m_inodeOnly = inodeOnly;
    const int onlyMeta = d.mtimeOrOwnerOnlyChanges();
    if (d.onlyMtimeOrOwner())
        d.m_notes.append(
            Tr::tr("every difference is an mtime or owner change (%1 entries): the usual cause of "
                   "non-reproducible builds; pin timestamps (SOURCE_DATE_EPOCH) and file ownership")
                .arg(onlyMeta));
    else if (onlyMeta > 0)
        d.m_notes.append(Tr::tr("%1 of %2 differences are mtime or owner changes only (a usual cause of "
                                "non-reproducible builds)")
                             .arg(onlyMeta)
                             .arg(d.m_changes.size()));
    return d;
}

int RamdiskDiff::contentChanges() const
{
    return int(m_changes.size()) - mtimeOrOwnerOnlyChanges();
}

int RamdiskDiff::mtimeOrOwnerOnlyChanges() const
{
    int n = 0;
    for (const FileChange &c : m_changes)
        n += c.isMtimeOrOwnerOnly() ? 1 : 0;
    return n;
}

} // namespace enclave

#include "measure/comparereport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "common/hex.h"

using namespace Qt::StringLiterals;

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CompareReport)
};

bool allZero(const QByteArray &v)
{
    return v.count('\0') == v.size();
}

// One table cell: pipes escaped, line breaks as <br>, so a value never breaks the table.
QString cell(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'|', u"\\|"_s);
    text.replace(u"\r\n"_s, u"<br>"_s);
    text.replace(u'\n', u"<br>"_s);
    return text;
}

QString code(const QString &text)
{
    return text.isEmpty() ? QString() : u'`' + QString(text).replace(u'`', u'\'') + u'`';
}

QString sourceName(const Measurements &m, bool fullPaths)
{
    return fullPaths ? m.sourceName() : QFileInfo(m.sourceName()).fileName();
}

QString pcrStatus(const PcrDiff::Row &row)
{
    if (!row.compared)
        return row.status == PcrDiff::Status::OnlyLeft ? Tr::tr("left only (not compared)")
                                                       : Tr::tr("right only (not compared)");
    return row.status == PcrDiff::Status::Different ? Tr::tr("**different**") : Tr::tr("equal");
}

QString sectionStatus(EifDiff::Status s)
{
    switch (s) {
    case EifDiff::Status::Equal:
        return Tr::tr("identical");
    case EifDiff::Status::Changed:
        return Tr::tr("**differs**");
    case EifDiff::Status::OnlyLeft:
        return Tr::tr("only in left");
    case EifDiff::Status::OnlyRight:
        return Tr::tr("only in right");
    }
    return {};
}

QString changeKind(const FileChange &c)
{
    switch (c.kind) {
    case FileChange::Kind::Added:
        return Tr::tr("added");
    case FileChange::Kind::Removed:
        return Tr::tr("removed");
    case FileChange::Kind::Changed:
        return FileChange::aspectIds(c.aspects).join(u", "_s);
    }
    return {};
}

} // namespace

bool CompareReport::isUnusedZero(const PcrDiff::Row &row)
{
    static const QList<int> used { 0, 1, 2, 3, 4, 8 };
    if (used.contains(row.index) || (row.compared && row.status == PcrDiff::Status::Different))
        return false;
    if (row.left.isEmpty() && row.right.isEmpty())
        return false;
    return (row.left.isEmpty() || allZero(row.left)) && (row.right.isEmpty() || allZero(row.right));
}

QString CompareReport::pcrRanges(const QList<int> &indexes)
{
    QStringList parts;
    for (qsizetype i = 0; i < indexes.size();) {
        qsizetype j = i;
        while (j + 1 < indexes.size() && indexes.at(j + 1) == indexes.at(j) + 1)
            ++j;
        if (j - i >= 2)
            parts.append(u"PCR%1-%2"_s.arg(indexes.at(i)).arg(indexes.at(j)));
        else
            for (qsizetype k = i; k <= j; ++k)
                parts.append(u"PCR%1"_s.arg(indexes.at(k)));
        i = j + 1;
    }
    return parts.join(u", "_s);
}

QString CompareReport::markdown(const Measurements &left, const Measurements &right, const PcrDiff &pcrs,
    const std::optional<EifDiff> &eif, const Options &options)
{
    QString md;
    md += Tr::tr("# Measurement comparison") + u"\n\n"_s;
    md += u"| | "_s + Tr::tr("Left") + u" | "_s + Tr::tr("Right") + u" |\n|---|---|---|\n"_s;
    md += u"| "_s + Tr::tr("Source") + u" | "_s + cell(sourceName(left, options.fullPaths)) + u" | "_s
        + cell(sourceName(right, options.fullPaths)) + u" |\n"_s;
    md += u"| "_s + Tr::tr("Kind") + u" | "_s + cell(Measurements::sourceTypeName(left.sourceType()))
        + u" | "_s + cell(Measurements::sourceTypeName(right.sourceType())) + u" |\n\n"_s;

    QString verdict;
    if (pcrs.identical())
        verdict = Tr::tr("Identical measurements: %1 PCRs compared, all equal.").arg(pcrs.comparedCount());
    else if (pcrs.comparedCount() == 0)
        verdict = Tr::tr("Not comparable: the two sources have no PCR in common.");
    else
        verdict = Tr::tr("Measurements differ: %1.").arg(pcrRanges(pcrs.differentIndexes()));
    md += u"**"_s + Tr::tr("Verdict") + u":** "_s + verdict + u"\n\n"_s;

    md += u"## PCRs\n\n| PCR | "_s + Tr::tr("Status") + u" | "_s + Tr::tr("Left") + u" | "_s + Tr::tr("Right")
        + u" |\n|---|---|---|---|\n"_s;
    QList<int> folded;
    for (const PcrDiff::Row &row : pcrs.rows()) {
        if (isUnusedZero(row)) {
            folded.append(row.index);
            continue;
        }
        md += u"| PCR%1 | "_s.arg(row.index) + pcrStatus(row) + u" | "_s
            + (row.left.isEmpty() ? Tr::tr("(absent)") : code(hex::encode(row.left))) + u" | "_s
            + (row.right.isEmpty() ? Tr::tr("(absent)") : code(hex::encode(row.right))) + u" |\n"_s;
    }
    if (!folded.isEmpty())
        md += u"\n"_s + Tr::tr("%1: all zero (unused registers), not listed.").arg(pcrRanges(folded))
            + u"\n"_s;

    QStringList notes;
    for (const QString &n : left.notes())
        notes.append(Tr::tr("Left: %1").arg(n));
    for (const QString &n : right.notes())
        notes.append(Tr::tr("Right: %1").arg(n));
    for (const PcrDiff::Row &row : pcrs.rows()) {
        if (!row.note.isEmpty() && !isUnusedZero(row))
            notes.append(u"PCR%1: %2"_s.arg(row.index).arg(row.note));
    }
    if (!notes.isEmpty()) {
        md += u"\n"_s;
        for (const QString &n : notes)
            md += u"- "_s + n + u"\n"_s;
    }

    if (!eif)
        return md;
    md += u"\n## "_s + Tr::tr("Sections") + u"\n\n| "_s + Tr::tr("Section") + u" | "_s + Tr::tr("Status")
        + u" | "_s + Tr::tr("PCRs moved") + u" |\n|---|---|---|\n"_s;
    for (const EifDiff::Section &s : eif->sections()) {
        QStringList moved;
        for (int p : s.pcrs)
            moved.append(u"PCR%1"_s.arg(p));
        const bool equal = s.status == EifDiff::Status::Equal;
        md += u"| "_s + cell(s.name()) + u" | "_s + sectionStatus(s.status) + u" | "_s
            + (equal                  ? QString()
                    : moved.isEmpty() ? Tr::tr("none (not measured)")
                                      : moved.join(u", "_s))
            + u" |\n"_s;
    }
    for (const EifDiff::Section &s : eif->sections()) {
        if (s.status == EifDiff::Status::Equal)
            continue;
        QString body;
        for (const QString &a : s.removedArguments)
            body += u"- "_s + Tr::tr("argument removed: %1").arg(code(a)) + u"\n"_s;
        for (const QString &a : s.addedArguments)
            body += u"- "_s + Tr::tr("argument added: %1").arg(code(a)) + u"\n"_s;
        for (const QString &c : s.metadataChanges)
            body += u"- "_s + code(c) + u"\n"_s;
        if (!s.listError.isEmpty())
            body += u"- "_s + Tr::tr("cannot list: %1").arg(s.listError) + u"\n"_s;
        if (!s.ramdisk.changes().isEmpty()) {
            body += u"\n| "_s + Tr::tr("Path") + u" | "_s + Tr::tr("Change") + u" | "_s + Tr::tr("Details")
                + u" |\n|---|---|---|\n"_s;
            for (const FileChange &c : s.ramdisk.changes())
                body += u"| "_s + cell(code(c.path())) + u" | "_s + cell(changeKind(c)) + u" | "_s
                    + cell(c.describe()) + u" |\n"_s;
        }
        const QStringList sectionNotes = s.notes + s.ramdisk.notes();
        if (!sectionNotes.isEmpty()) {
            body += u"\n"_s;
            for (const QString &n : sectionNotes)
                body += u"- "_s + n + u"\n"_s;
        }
        if (!body.isEmpty())
            md += u"\n### "_s + s.name() + u"\n\n"_s + body;
    }
    return md;
}

} // namespace enclave

// enclave-tool diff: compare the measurements of any two sources and, for two EIFs, say which
// sections and which files inside the ramdisks make the PCRs differ.

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "common/hex.h"
#include "measure/eifdiff.h"
#include "measure/measurementsloader.h"
#include "measure/pcrdiff.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

// Stored names can hold anything, escape sequences included: never send them raw to a terminal.
QString printable(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString side(const Measurements &m)
{
    QString s = u"%1  (%2"_s.arg(m.sourceName(), Measurements::sourceTypeName(m.sourceType()));
    if (!m.sourceDetail().isEmpty())
        s += u": "_s + m.sourceDetail();
    return s + u')';
}

QString textReport(const Measurements &l, const Measurements &r, const PcrDiff &pcrs, const EifDiff *eif)
{
    QString out;
    out += u"left:  "_s + side(l) + u'\n';
    out += u"right: "_s + side(r) + u"\n\n"_s;
    for (const PcrDiff::Row &row : pcrs.rows()) {
        const QString name = u"PCR%1"_s.arg(row.index).leftJustified(6);
        if (!row.compared) {
            out += name + (row.status == PcrDiff::Status::OnlyLeft ? u"only left    "_s : u"only right   "_s)
                + hex::encode(row.status == PcrDiff::Status::OnlyLeft ? row.left : row.right)
                + u"  (not compared)\n"_s;
            continue;
        }
        if (row.status == PcrDiff::Status::Equal) {
            out += name + u"equal        "_s + hex::encode(row.left.isEmpty() ? row.right : row.left);
        } else {
            out += name + u"DIFFERENT    left  "_s
                + (row.left.isEmpty() ? u"(absent)"_s : hex::encode(row.left)) + u'\n';
            out += u"                   right "_s
                + (row.right.isEmpty() ? u"(absent)"_s : hex::encode(row.right));
        }
        if (!row.note.isEmpty())
            out += u"  ("_s + row.note + u')';
        out += u'\n';
    }
    for (const QString &n : l.notes())
        out += u"note (left): "_s + printable(n) + u'\n';
    for (const QString &n : r.notes())
        out += u"note (right): "_s + printable(n) + u'\n';

    if (eif) {
        out += u"\nSections:\n"_s;
        bool any = false;
        for (const EifDiff::Section &s : eif->sections()) {
            if (s.status == EifDiff::Status::Equal)
                continue;
            any = true;
            QStringList pcrNames;
            for (int p : s.pcrs)
                pcrNames.append(u"PCR%1"_s.arg(p));
            QString what = s.status == EifDiff::Status::Changed ? u"differs"_s
                : s.status == EifDiff::Status::OnlyLeft         ? u"only in left"_s
                                                                : u"only in right"_s;
            out += u"  %1 %2 (moves %3)\n"_s.arg(
                s.name(), what, pcrNames.isEmpty() ? u"no PCR"_s : pcrNames.join(u", "_s));
            if (!s.removedArguments.isEmpty() || !s.addedArguments.isEmpty()) {
                for (const QString &a : s.removedArguments)
                    out += u"    - "_s + printable(a) + u'\n';
                for (const QString &a : s.addedArguments)
                    out += u"    + "_s + printable(a) + u'\n';
            }
            for (const QString &c : s.metadataChanges)
                out += u"    "_s + printable(c) + u'\n';
            if (!s.listError.isEmpty())
                out += u"    cannot list: "_s + printable(s.listError) + u'\n';
            for (const FileChange &c : s.ramdisk.changes()) {
                const QChar mark = c.kind == FileChange::Kind::Added ? u'+'
                    : c.kind == FileChange::Kind::Removed            ? u'-'
                                                                     : u'~';
                out += u"    %1 %2  %3%4\n"_s.arg(mark).arg(printable(c.path()), printable(c.describe()),
                    c.isMtimeOrOwnerOnly() ? u"  [mtime/owner only]"_s : QString());
            }
            for (const QString &n : s.notes + s.ramdisk.notes())
                out += u"    note: "_s + printable(n) + u'\n';
        }
        if (!any)
            out += u"  every section is byte-identical\n"_s;
    }

    out += u'\n';
    if (pcrs.identical()) {
        out += u"identical: %1 PCRs compared, all equal\n"_s.arg(pcrs.comparedCount());
    } else if (pcrs.comparedCount() == 0) {
        out += u"not comparable: the two sources have no PCR in common\n"_s;
    } else {
        QStringList names;
        for (int i : pcrs.differentIndexes())
            names.append(u"PCR%1"_s.arg(i));
        out += u"measurements differ: %1\n"_s.arg(names.join(u", "_s));
    }
    return out;
}

int runDiff(const QStringList &args)
{
    CommandLine cli(u"diff"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Compare the PCRs of two measurement sources, each an EIF, an attestation document (CBOR, hex or "
        u"base64), nitro-cli JSON output (build-enclave, describe-eif, describe-enclaves), enclave-tool "
        u"describe-eif JSON, a KMS key policy or {\"PCR0\": ...}; the kind is recognised by content. For two "
        u"EIFs, also list the sections and ramdisk files that differ and the PCRs each moves. "
        u"Exit 0 identical measurements, 1 different (or nothing in common), 2 usage or unreadable input."_s);
    parser.addPositionalArgument(u"A"_s, u"first source"_s);
    parser.addPositionalArgument(u"B"_s, u"second source"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print JSON instead of text."_s);
    const QCommandLineOption pcrsOnlyOpt(
        u"pcrs-only"_s, u"For two EIFs, skip the section and file comparison."_s);
    parser.addOptions({ jsonOpt, pcrsOnlyOpt });

    if (const auto exit = cli.parse(args, true))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return cli.usageError(u"expected two sources, got %1"_s.arg(files.size()));

    Measurements loaded[2];
    for (int i = 0; i < 2; ++i) {
        auto m = MeasurementsLoader::load(files[i]);
        if (!m) {
            printError(files[i], m.error());
            return ExitUsage;
        }
        loaded[i] = *m;
    }
    const PcrDiff pcrs = PcrDiff::compare(loaded[0], loaded[1]);

    std::optional<EifDiff> eif;
    if (!parser.isSet(pcrsOnlyOpt) && loaded[0].sourceType() == Measurements::SourceType::Eif
        && loaded[1].sourceType() == Measurements::SourceType::Eif) {
        auto d = EifDiff::compare(files[0], files[1]);
        if (!d) {
            printError(QString(), d.error());
            return ExitUsage;
        }
        eif = *d;
    }

    if (parser.isSet(jsonOpt)) {
        QJsonObject o;
        o.insert(u"left"_s, loaded[0].toJson());
        o.insert(u"right"_s, loaded[1].toJson());
        const QJsonObject p = pcrs.toJson();
        for (auto it = p.begin(); it != p.end(); ++it)
            o.insert(it.key(), it.value());
        if (eif)
            o.insert(u"eif"_s, eif->toJson());
        printJson(QJsonDocument(o));
    } else {
        printText(textReport(loaded[0], loaded[1], pcrs, eif ? &*eif : nullptr));
    }
    return pcrs.identical() ? ExitOk : ExitInvalid;
}

} // namespace

ENCLAVE_COMMAND("diff",
    "compare the PCRs of two sources (EIF, attestation, nitro-cli/KMS JSON); file-level for EIFs", &runDiff);

} // namespace enclave::cli

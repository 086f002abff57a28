// enclave-tool list-ramdisk: the files inside an EIF's ramdisks (cpio newc, plain or gzip), with
// mode, owner, size, mtime and SHA-256, streamed without extracting anything.

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "common/hex.h"
#include "cpio/cpioreader.h"
#include "cpio/ramdisklister.h"
#include "eif/eifreader.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

// Names are shown as stored, with control bytes escaped so a hostile name cannot drive the terminal.
QString printable(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QString out;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString compressionName(CpioReader::Compression c)
{
    return c == CpioReader::Compression::Gzip ? u"gzip"_s
        : c == CpioReader::Compression::None  ? u"none"_s
                                              : u"unknown"_s;
}

QJsonObject entryJson(const CpioEntry &e)
{
    QJsonObject o;
    o.insert(u"index"_s, e.index);
    o.insert(u"path"_s, e.path());
    o.insert(u"type"_s, CpioEntry::typeName(e.type));
    o.insert(u"mode"_s, u"%1"_s.arg(e.permissions(), 4, 8, QLatin1Char('0')));
    o.insert(u"uid"_s, qint64(e.uid));
    o.insert(u"gid"_s, qint64(e.gid));
    o.insert(u"mtime"_s, e.mtime);
    o.insert(u"size"_s, e.size);
    o.insert(u"sha256"_s, hex::encode(e.sha256));
    if (e.type == CpioEntry::Type::Symlink)
        o.insert(u"linkTarget"_s, QString::fromUtf8(e.linkTarget));
    if (e.type == CpioEntry::Type::CharDevice || e.type == CpioEntry::Type::BlockDevice)
        o.insert(u"rdev"_s, u"%1:%2"_s.arg(e.rdevMajor).arg(e.rdevMinor));
    return o;
}

QString entryLine(const CpioEntry &e)
{
    QString line = CpioEntry::modeString(e.mode) + u' ';
    line += u"%1/%2"_s.arg(e.uid).arg(e.gid).leftJustified(11) + u' ';
    line += QString::number(e.size).rightJustified(10) + u' ';
    line += QDateTime::fromSecsSinceEpoch(e.mtime, Qt::UTC).toString(Qt::ISODate) + u' ';
    line += (e.type == CpioEntry::Type::Regular ? hex::encode(e.sha256) : QString(64, u'-')) + u' ';
    line += printable(e.rawPath);
    if (e.type == CpioEntry::Type::Symlink)
        line += u" -> "_s + printable(e.linkTarget);
    return line + u'\n';
}

int runListRamdisk(const QStringList &args)
{
    CommandLine cli(u"list-ramdisk"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"List the files of an EIF's ramdisks (cpio newc, plain or gzip): mode, owner, size, mtime (UTC), "
        u"SHA-256 and path as stored. Exit 0 listed, 1 malformed image or archive, 2 usage."_s);
    const QCommandLineOption eifOpt(u"eif-path"_s, u"The EIF file."_s, u"FILE"_s);
    const QCommandLineOption ramdiskOpt(
        u"ramdisk"_s, u"Only ramdisk N (0 = the bootstrap ramdisk)."_s, u"N"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print JSON instead of text."_s);
    parser.addOptions({ eifOpt, ramdiskOpt, jsonOpt });

    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(eifOpt))
        return cli.usageError(u"--eif-path FILE is required"_s);
    int only = -1;
    if (parser.isSet(ramdiskOpt)) {
        bool ok = false;
        only = parser.value(ramdiskOpt).toInt(&ok);
        if (!ok || only < 0)
            return cli.usageError(
                u"--ramdisk must be a number >= 0, got '%1'"_s.arg(parser.value(ramdiskOpt)));
    }
    const QString path = parser.value(eifOpt);
    const bool json = parser.isSet(jsonOpt);

    auto reader = EifReader::open(path);
    if (!reader) {
        printError(path, reader.error());
        return reader.error().code == Error::Code::Io ? ExitUsage : ExitInvalid;
    }
    RamdiskLister lister(*reader);
    if (only >= lister.ramdiskCount())
        return cli.usageError(
            u"--ramdisk %1: the image has %2 ramdisks"_s.arg(only).arg(lister.ramdiskCount()));
    lister.setOnly(only);
    lister.setStopOnError(true);

    QJsonArray jsonRamdisks;
    QJsonArray entries;
    int headerFor = -1;
    // The header names the compression, known once the first entry (or the end, or an error
    // after the compression was recognised) has been read.
    const auto printHeader = [&](const RamdiskListing &l) {
        if (json || headerFor == l.ordinal)
            return;
        printText(u"%1ramdisk %2 (section %3, data at offset %4, %5 bytes, compression %6)\n"_s
                      .arg(l.ordinal == (only >= 0 ? only : 0) ? QString() : u"\n"_s)
                      .arg(l.ordinal)
                      .arg(l.sectionIndex)
                      .arg(l.offset)
                      .arg(l.size)
                      .arg(compressionName(l.compression)));
        headerFor = l.ordinal;
    };
    lister.setEntryCallback([&](const RamdiskListing &l, const CpioEntry &e) {
        printHeader(l);
        if (json)
            entries.append(entryJson(e));
        else
            printText(entryLine(e)); // streamed: memory stays bounded whatever the ramdisk holds
    });
    lister.setRamdiskCallback([&](const RamdiskListing &l) {
        if (!l.error || l.compression != CpioReader::Compression::Unknown)
            printHeader(l);
        if (l.error)
            return;
        if (json) {
            QJsonObject o;
            o.insert(u"ramdisk"_s, l.ordinal);
            o.insert(u"section"_s, l.sectionIndex);
            o.insert(u"offset"_s, l.offset);
            o.insert(u"size"_s, l.size);
            o.insert(u"compression"_s, compressionName(l.compression));
            o.insert(u"entries"_s, entries);
            jsonRamdisks.append(o);
            entries = QJsonArray();
        } else {
            printText(u"%1 entries\n"_s.arg(l.entryCount));
        }
    });
    const auto listed = lister.list();
    if (!listed) {
        printError(path, Error { listed.error().code, -1, listed.error().message });
        return ExitUsage;
    }
    if (!listed->isEmpty() && listed->last().error) {
        printError(path, *listed->last().error);
        return ExitInvalid;
    }
    if (json) {
        QJsonObject o;
        o.insert(u"file"_s, path);
        o.insert(u"ramdisks"_s, jsonRamdisks);
        printJson(QJsonDocument(o));
    }
    return ExitOk;
}

} // namespace

ENCLAVE_COMMAND("list-ramdisk", "list the files inside an EIF's ramdisks (cpio, plain or gzip) with SHA-256",
    &runListRamdisk);

} // namespace enclave::cli

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
#include "eif/eifreader.h"
#include "cpio/cpioreader.h"

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
    return c == CpioReader::Compression::Gzip ? u"gzip"_s : c == CpioReader::Compression::None ? u"none"_s : u"unknown"_s;
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
    const QCommandLineOption ramdiskOpt(u"ramdisk"_s, u"Only ramdisk N (0 = the bootstrap ramdisk)."_s, u"N"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print JSON instead of text."_s);
    parser.addOptions({eifOpt, ramdiskOpt, jsonOpt});

    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(eifOpt))
        return cli.usageError(u"--eif-path FILE is required"_s);
    int only = -1;
    if (parser.isSet(ramdiskOpt)) {
        bool ok = false;
        only = parser.value(ramdiskOpt).toInt(&ok);
        if (!ok || only < 0)
            return cli.usageError(u"--ramdisk must be a number >= 0, got '%1'"_s.arg(parser.value(ramdiskOpt)));
    }
    const QString path = parser.value(eifOpt);
    const bool json = parser.isSet(jsonOpt);

    auto reader = EifReader::open(path);
    if (!reader) {
        printError(path, reader.error());
        return reader.error().code == Error::Code::Io ? ExitUsage : ExitInvalid;
    }
    const QList<EifSection> ramdisks = reader->sectionsOfType(EifSectionType::Ramdisk);
    if (only >= ramdisks.size())
        return cli.usageError(u"--ramdisk %1: the image has %2 ramdisks"_s.arg(only).arg(ramdisks.size()));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(path, Error{Error::Code::Io, -1, file.errorString()});
        return ExitUsage;
    }
    QJsonArray jsonRamdisks;
    for (int i = 0; i < ramdisks.size(); ++i) {
        if (only >= 0 && i != only)
            continue;
        const EifSection &s = ramdisks[i];
        CpioReader cpio(&file, s.dataOffset(), s.size());
        QJsonArray entries;
        int count = 0;
        bool headerPrinted = false;
        for (;;) {
            auto e = cpio.next();
            if (!json && !headerPrinted && (e || cpio.compression() != CpioReader::Compression::Unknown)) {
                printText(u"%1ramdisk %2 (section %3, data at offset %4, %5 bytes, compression %6)\n"_s
                              .arg(i == (only >= 0 ? only : 0) ? QString() : u"\n"_s)
                              .arg(i)
                              .arg(s.index())
                              .arg(s.dataOffset())
                              .arg(s.size())
                              .arg(compressionName(cpio.compression())));
                headerPrinted = true;
            }
            if (!e) {
                printError(path, e.error());
                return ExitInvalid;
            }
            if (!e->has_value())
                break;
            ++count;
            if (json)
                entries.append(entryJson(**e));
            else
                printText(entryLine(**e)); // streamed: memory stays bounded whatever the ramdisk holds
        }
        if (json) {
            QJsonObject o;
            o.insert(u"ramdisk"_s, i);
            o.insert(u"section"_s, s.index());
            o.insert(u"offset"_s, s.dataOffset());
            o.insert(u"size"_s, s.size());
            o.insert(u"compression"_s, compressionName(cpio.compression()));
            o.insert(u"entries"_s, entries);
            jsonRamdisks.append(o);
        } else {
            printText(u"%1 entries\n"_s.arg(count));
        }
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

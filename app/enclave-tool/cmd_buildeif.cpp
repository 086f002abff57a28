// enclave-tool build-eif: an EIF from a kernel, a cmdline and ramdisks, in nitro-cli's layout.
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "common/readfile.h"
#include "eif/eifdescription.h"
#include "eif/eifmetadata.h"
#include "eif/eifreader.h"
#include "eif/eifwriter.h"
#include "eif/pcrcalculator.h"
#include "measure/nitroclijson.h"

using namespace enclave;
using namespace enclave::cli;

namespace {

constexpr qint64 kMaxCustomMetadata = 4096; // identity.rs MAX_META_FILE_SIZE

int runBuildEif(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build an EIF (sections: kernel, cmdline, metadata, ramdisks)."));
    const QCommandLineOption kernel(
        QStringLiteral("kernel"), QStringLiteral("Kernel image (bzImage or Image)."), QStringLiteral("FILE"));
    const QCommandLineOption cmdline(
        QStringLiteral("cmdline"), QStringLiteral("Kernel command line."), QStringLiteral("TEXT"));
    const QCommandLineOption ramdisk(
        QStringLiteral("ramdisk"), QStringLiteral("Ramdisk (repeatable, in order)."), QStringLiteral("FILE"));
    const QCommandLineOption metadata(QStringLiteral("metadata"),
        QStringLiteral("Custom metadata JSON file (<= 4096 bytes)."), QStringLiteral("JSON"));
    const QCommandLineOption arch(QStringLiteral("arch"), QStringLiteral("x86_64 (default) or aarch64."),
        QStringLiteral("ARCH"), QStringLiteral("x86_64"));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("ImageName in the metadata."), QStringLiteral("NAME"));
    const QCommandLineOption version(QStringLiteral("version"),
        QStringLiteral("ImageVersion in the metadata."), QStringLiteral("VERSION"), QStringLiteral("1.0"));
    const QCommandLineOption output(
        QStringLiteral("output"), QStringLiteral("The EIF to write."), QStringLiteral("OUT"));
    parser.addOptions({ kernel, cmdline, ramdisk, metadata, arch, name, version, output });
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(parser.helpText());
        return ExitOk;
    }
    const QString archName = parser.value(arch);
    if (!parser.isSet(kernel) || !parser.isSet(cmdline) || !parser.isSet(ramdisk) || !parser.isSet(output)
        || (archName != u"x86_64" && archName != u"aarch64") || !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral(
            "usage: enclave-tool build-eif --kernel K --cmdline TEXT --ramdisk R [--ramdisk R2 ...] "
            "[--metadata JSON] [--arch x86_64|aarch64] [--name N] [--version V] --output OUT.eif"));
        return ExitUsage;
    }

    QJsonValue custom = QJsonValue::Null;
    if (parser.isSet(metadata)) {
        const QString path = parser.value(metadata);
        const auto bytes = readFileLimited(path, kMaxCustomMetadata);
        if (!bytes) {
            printError(path, bytes.error());
            return ExitInvalid;
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
        if (err.error != QJsonParseError::NoError) {
            printError(path,
                Error { Error::Code::Malformed, err.offset,
                    QStringLiteral("invalid JSON: %1").arg(err.errorString()) });
            return ExitInvalid;
        }
        custom = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }

    // Named here with the file at fault; EifWriter refuses the same for every other caller.
    QStringList inputs { parser.value(kernel) };
    inputs += parser.values(ramdisk);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QFileInfo info(inputs.at(i));
        if (info.isFile() && info.size() == 0) {
            printError(inputs.at(i),
                Error { Error::Code::Malformed, -1,
                    QStringLiteral(
                        "empty %1 file: QEMU's EIF loader refuses zero-size sections and nitro-cli "
                        "never writes one")
                        .arg(i == 0 ? QStringLiteral("kernel") : QStringLiteral("ramdisk")) });
            return ExitInvalid;
        }
    }

    const QString out = parser.value(output);
    EifWriter writer;
    writer.setArchitecture(
        archName == u"aarch64" ? EifHeader::Architecture::Aarch64 : EifHeader::Architecture::X86_64);
    writer.setKernelFile(parser.value(kernel));
    writer.setCmdline(parser.value(cmdline).toUtf8());
    for (const QString &r : parser.values(ramdisk))
        writer.addRamdiskFile(r);
    QJsonObject build;
    build.insert(QLatin1StringView("BuildTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    build.insert(QLatin1StringView("BuildTool"), QStringLiteral("enclave-tool"));
    build.insert(QLatin1StringView("BuildToolVersion"), QStringLiteral(ENCLAVE_VERSION));
    build.insert(QLatin1StringView("OperatingSystem"), QStringLiteral("Linux"));
    build.insert(QLatin1StringView("KernelVersion"), QStringLiteral("unknown"));
    const QString imageName = parser.isSet(name) ? parser.value(name) : QFileInfo(out).completeBaseName();
    writer.setMetadata(EifMetadata::build(imageName, parser.value(version), build, QJsonValue::Null, custom));
    if (auto w = writer.write(out); !w) {
        printError(out, w.error());
        return ExitInvalid;
    }
    auto reader = EifReader::open(out);
    if (!reader) {
        printError(out, reader.error());
        return ExitInvalid;
    }
    PcrCalculator calculator(*reader);
    auto measured = calculator.compute();
    if (!measured) {
        printError(out, measured.error());
        return ExitInvalid;
    }
    printText(QString::fromUtf8(
        NitroCliJson::buildInfo(Measurements::fromEif(*measured, reader->isSigned(), out))));
    return ExitOk;
}

} // namespace

ENCLAVE_COMMAND("build-eif", "build an EIF from a kernel, a cmdline and ramdisks", &runBuildEif);

// enclave-tool describe-eif --eif-path FILE: nitro-cli describe-eif's JSON plus Architecture,
// Sections, Warnings (and Errors). Exit 1 when the image is malformed, its CRC is wrong or its
// signature does not check; the JSON is still printed whenever the structure could be read.
#include <QCommandLineParser>
#include <QJsonDocument>

#include "command.h"
#include "eif/eifdescription.h"
#include "measure/nitroclijson.h"

using namespace enclave;
using namespace enclave::cli;

namespace {

int runDescribeEif(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Describe an EIF like nitro-cli describe-eif."));
    const QCommandLineOption eifPath(
        QStringLiteral("eif-path"), QStringLiteral("The EIF to describe."), QStringLiteral("FILE"));
    parser.addOption(eifPath);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(parser.helpText());
        return ExitOk;
    }
    const QString path = parser.value(eifPath);
    if (path.isEmpty() || !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("usage: enclave-tool describe-eif --eif-path FILE"));
        return ExitUsage;
    }
    auto description = EifDescription::describe(path);
    if (!description) {
        printError(path, description.error());
        return ExitInvalid;
    }
    printText(QString::fromUtf8(NitroCliJson::describeEif(*description)));
    if (!description->isClean()) {
        printError(path, description->problems().first());
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace

ENCLAVE_COMMAND("describe-eif", "describe an EIF: PCRs, signature, CRC, metadata, sections", &runDescribeEif);

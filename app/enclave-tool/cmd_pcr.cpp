// enclave-tool pcr --input FILE | --signing-certificate CERT.pem (nitro-cli pcr).
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "common/hex.h"
#include "common/readfile.h"
#include "eif/pcrcalculator.h"

using namespace enclave;
using namespace enclave::cli;

namespace {

constexpr qint64 kMaxCertificateFile = 1 << 20;

int runPcr(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PCR of a file (extend of zero with its SHA-384), or PCR8 of a "
                       "signing certificate."));
    const QCommandLineOption input(
        QStringLiteral("input"), QStringLiteral("Any file."), QStringLiteral("FILE"));
    const QCommandLineOption cert(
        QStringLiteral("signing-certificate"), QStringLiteral("PEM certificate."), QStringLiteral("CERT"));
    parser.addOption(input);
    parser.addOption(cert);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(input) == parser.isSet(cert) || !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("usage: enclave-tool pcr --input FILE | --signing-certificate CERT.pem"));
        return ExitUsage;
    }
    QJsonObject out;
    if (parser.isSet(input)) {
        const QString path = parser.value(input);
        auto pcr = PcrCalculator::pcrOfFile(path);
        if (!pcr) {
            printError(path, pcr.error());
            return ExitInvalid;
        }
        out.insert(QLatin1StringView("PCR"), hex::encode(*pcr));
    } else {
        const QString path = parser.value(cert);
        const auto pem = readFileLimited(path, kMaxCertificateFile);
        if (!pem) {
            printError(path, pem.error());
            return ExitInvalid;
        }
        auto pcr = PcrCalculator::pcr8FromCertificatePem(*pem);
        if (!pcr) {
            printError(path, pcr.error());
            return ExitInvalid;
        }
        out.insert(QLatin1StringView("PCR8"), hex::encode(*pcr));
    }
    printJson(QJsonDocument(out));
    return ExitOk;
}

} // namespace

ENCLAVE_COMMAND("pcr", "PCR of a file (--input) or PCR8 of a signing certificate", &runPcr);

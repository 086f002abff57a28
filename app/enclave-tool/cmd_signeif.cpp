// enclave-tool sign-eif: nitro-cli sign-eif, atomic and checked.

#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "common/hex.h"
#include "common/readfile.h"
#include "kmssource.h"
#include "measure/nitroclijson.h"
#include "signing/eifimagesigner.h"
#include "signing/signingfiles.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

int runSignEif(const QStringList &args)
{
    CommandLine cli(u"sign-eif"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Sign an EIF as nitro-cli sign-eif does (PCR0 signed with COSE_Sign1 ES256/ES384/ES512, certificate "
        u"stored as PEM), replacing an existing signature and rewriting the header tables and CRC. The image "
        u"is "
        u"written to a temporary file, verified and renamed into place. Prints the measurements like "
        u"nitro-cli. "
        u"Exit 0 signed, 1 refused or failed, 2 usage."_s);
    const QCommandLineOption eifOpt(u"eif-path"_s, u"The EIF to sign."_s, u"FILE"_s);
    const QCommandLineOption keyOpt(
        u"private-key"_s, u"EC private key PEM (P-256, P-384 or P-521)."_s, u"KEY"_s);
    const QCommandLineOption certOpt(u"signing-certificate"_s, u"Certificate PEM of that key."_s, u"CERT"_s);
    const QCommandLineOption outOpt(
        u"output"_s, u"Write the signed image here (default: replace the input)."_s, u"OUT"_s);
    const QCommandLineOption passOpt(
        u"passphrase-file"_s, u"Passphrase of an encrypted key (first line)."_s, u"FILE"_s);
    const QCommandLineOption forceOpt(u"force"_s,
        u"Sign even with an expired or not yet valid certificate, or a "
        u"damaged (wrong CRC) input."_s);
    parser.addOptions({ eifOpt, keyOpt, certOpt, outOpt, passOpt, forceOpt });
    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(eifOpt) || !parser.isSet(keyOpt) || !parser.isSet(certOpt))
        return cli.usageError(u"--eif-path, --private-key and --signing-certificate are required"_s);

    const QString eifPath = parser.value(eifOpt);
    const QString outPath = parser.isSet(outOpt) ? parser.value(outOpt) : eifPath;
    auto key = SigningFiles::readPem(parser.value(keyOpt));
    if (!key) {
        printError(parser.value(keyOpt), key.error());
        return ExitInvalid;
    }
    auto cert = SigningFiles::readPem(parser.value(certOpt));
    if (!cert) {
        printError(parser.value(certOpt), cert.error());
        return ExitInvalid;
    }
    EifSigningOptions options;
    options.force = parser.isSet(forceOpt);
    if (parser.isSet(passOpt)) {
        auto pass = SigningFiles::readPassphrase(parser.value(passOpt));
        if (!pass) {
            printError(parser.value(passOpt), pass.error());
            return ExitInvalid;
        }
        options.passphrase = *pass;
    }
    auto report = EifImageSigner::sign(eifPath, outPath, *key, *cert, options);
    if (!report) {
        // Key/certificate problems carry no offset; image problems name the EIF.
        const Error &e = report.error();
        // Output errors already start with the output's name.
        const bool aboutImage = e.offset >= 0 || e.code == Error::Code::Truncated
            || e.code == Error::Code::Malformed
            || (e.code == Error::Code::Io && !e.message.startsWith(outPath + u": "_s));
        printError(aboutImage ? eifPath : QString(), e);
        return ExitInvalid;
    }
    for (const QString &w : report->warnings)
        std::fprintf(stderr, "enclave-tool: warning: %s\n", qPrintable(w));
    std::fprintf(stderr, "Enclave Image successfully signed.\n");
    printText(QString::fromUtf8(NitroCliJson::buildInfo(Measurements {
        { 0, report->pcr0 }, { 1, report->pcr1 }, { 2, report->pcr2 }, { 8, report->pcr8 } })));
    return ExitOk;
}

} // namespace

ENCLAVE_COMMAND("sign-eif", "sign an EIF (nitro-cli sign-eif, atomic, checked)", &runSignEif);

} // namespace enclave::cli

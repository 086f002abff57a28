// enclave-tool gen-signing-cert: an EC key and a self-signed EIF signing certificate (PCR8).

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "common/hex.h"
#include "crypto/signingkey.h"
#include "kmssource.h"
#include "signing/signingcertificategenerator.h"
#include "signing/signingfiles.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

int runGenSigningCert(const QStringList &args)
{
    CommandLine cli(u"gen-signing-cert"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Generate an EC private key (mode 0600; encrypted PKCS#8 with --passphrase-file) and a self-signed "
        u"certificate as nitro-cli's image-signing docs make them, and print the PCR8 an EIF signed with it "
        u"gets. "
        u"Exit 0 written, 1 failure, 2 usage."_s);
    const QCommandLineOption keyOpt(u"key-out"_s, u"Private key PEM to create."_s, u"K.pem"_s);
    const QCommandLineOption certOpt(u"cert-out"_s, u"Certificate PEM to create."_s, u"C.pem"_s);
    const QCommandLineOption subjectOpt(u"subject"_s, u"Subject, OpenSSL -subj syntax."_s, u"/CN=..."_s,
        SigningCertificateRequest {}.subject);
    const QCommandLineOption daysOpt(u"days"_s, u"Validity in days (default 365)."_s, u"N"_s, u"365"_s);
    const QCommandLineOption curveOpt(
        u"curve"_s, u"secp384r1 (default), prime256v1 or secp521r1."_s, u"CURVE"_s, u"secp384r1"_s);
    const QCommandLineOption passOpt(
        u"passphrase-file"_s, u"Encrypt the key with the first line of FILE."_s, u"FILE"_s);
    const QCommandLineOption forceOpt(u"force"_s, u"Overwrite existing files."_s);
    parser.addOptions({ keyOpt, certOpt, subjectOpt, daysOpt, curveOpt, passOpt, forceOpt });
    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(keyOpt) || !parser.isSet(certOpt))
        return cli.usageError(u"--key-out and --cert-out are required"_s);

    SigningCertificateRequest request;
    request.subject = parser.value(subjectOpt);
    bool ok = false;
    request.days = parser.value(daysOpt).toInt(&ok);
    if (!ok || request.days < 1 || request.days > SigningCertificateGenerator::MaxDays)
        return cli.usageError(
            u"--days must be a whole number from 1 to %1"_s.arg(SigningCertificateGenerator::MaxDays));
    request.curve = SigningKey::normalizeCurve(parser.value(curveOpt));
    if (request.curve.isEmpty())
        return cli.usageError(u"--curve must be secp384r1, prime256v1 or secp521r1"_s);
    if (auto subject = SigningCertificateGenerator::parseSubject(request.subject); !subject)
        return cli.usageError(subject.error().message);
    if (parser.isSet(passOpt)) {
        auto pass = SigningFiles::readPassphrase(parser.value(passOpt));
        if (!pass) {
            printError(parser.value(passOpt), pass.error());
            return ExitInvalid;
        }
        request.passphrase = *pass;
    }

    auto result = SigningCertificateGenerator::generate(request);
    if (!result) {
        printError(QString(), result.error());
        return ExitInvalid;
    }
    if (auto w = SigningCertificateGenerator::writeFiles(
            *result, parser.value(keyOpt), parser.value(certOpt), parser.isSet(forceOpt));
        !w) {
        printError(QString(), w.error());
        return ExitInvalid;
    }
    QJsonObject o;
    o.insert(u"PrivateKey"_s, parser.value(keyOpt));
    o.insert(u"PrivateKeyEncrypted"_s, !request.passphrase.isEmpty());
    o.insert(u"Certificate"_s, parser.value(certOpt));
    o.insert(u"Subject"_s, result->certificate.subject());
    o.insert(u"Curve"_s, request.curve);
    o.insert(u"Algorithm"_s, result->certificate.signatureAlgorithm());
    o.insert(u"NotBefore"_s, result->certificate.notBeforeText());
    o.insert(u"NotAfter"_s, result->certificate.notAfterText());
    o.insert(u"PCR8"_s, hex::encode(result->pcr8));
    printJson(QJsonDocument(o));
    return ExitOk;
}

} // namespace

ENCLAVE_COMMAND(
    "gen-signing-cert", "EC key + self-signed EIF signing certificate (prints PCR8)", &runGenSigningCert);

} // namespace enclave::cli

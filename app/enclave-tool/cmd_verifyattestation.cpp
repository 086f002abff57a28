// enclave-tool verify-attestation: strict verification of an AWS Nitro attestation document.

#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include "attestation/attestationdocument.h"
#include "attestation/attestationinput.h"
#include "attestation/attestationjson.h"
#include "attestation/attestationverifier.h"
#include "command.h"
#include "common/hex.h"
#include "common/readfile.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

// RFC 3339 needs an explicit offset ("Z" or "+hh:mm"); a local time would silently depend on TZ.
std::optional<QDateTime> parseRfc3339(const QString &text)
{
    static const QRegularExpression zone(u"(Z|z|[+-]\\d\\d:\\d\\d)$"_s);
    if (!zone.match(text).hasMatch())
        return std::nullopt;
    QString t = text;
    if (t.endsWith(u'z'))
        t[t.size() - 1] = u'Z';
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

// Where a failed check points in the file, for the one-line error.
qint64 offsetFor(const AttestationDocument &doc, const QString &checkId)
{
    const AttestationField tree = doc.tree();
    if (checkId == u"signature" && tree.children.size() == 4)
        return tree.children[3].span.offset;
    if (checkId == u"alg" && !tree.children.isEmpty())
        return tree.children[0].span.offset;
    static const QList<std::pair<QString, QString>> fieldOf = {
        { u"root"_s, u"cabundle"_s },
        { u"bundle-order"_s, u"cabundle"_s },
        { u"chain"_s, u"certificate"_s },
        { u"validity"_s, u"certificate"_s },
        { u"leaf-profile"_s, u"certificate"_s },
        { u"timestamp"_s, u"timestamp"_s },
        { u"max-age"_s, u"timestamp"_s },
        { u"pcrs"_s, u"pcrs"_s },
        { u"debug-mode"_s, u"pcrs"_s },
        { u"kind"_s, u"nitrotpm_pcrs"_s },
        { u"nonce"_s, u"nonce"_s },
        { u"user-data"_s, u"user_data"_s },
        { u"public-key"_s, u"public_key"_s },
    };
    for (const auto &[id, field] : fieldOf) {
        if (id == checkId) {
            const FieldSpan s = doc.fieldSpan(field);
            if (s.isValid())
                return s.offset;
        }
    }
    return tree.children.size() > 2 ? tree.children[2].span.offset : 0;
}

int runVerifyAttestation(const QStringList &args)
{
    CommandLine cli(u"verify-attestation"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Verify an AWS Nitro Enclaves attestation document (COSE_Sign1): structure, "
        u"certificate chain to the AWS Nitro root, ES384 signature and expectations. "
        u"Prints JSON; exit 0 valid, 1 invalid or malformed, 2 usage."_s);
    const QCommandLineOption docOpt(
        u"doc"_s, u"Attestation document: raw CBOR, base64 or hex text."_s, u"FILE"_s);
    const QCommandLineOption rootOpt(u"root"_s,
        u"Trusted root certificate (PEM) instead of the built-in AWS Nitro "
        u"Enclaves Root-G1."_s,
        u"PEM"_s);
    const QCommandLineOption timeOpt(u"time"_s,
        u"When certificates must be valid: now (default), doc (the "
        u"document's own timestamp) or an RFC 3339 time."_s,
        u"now|doc|RFC3339"_s, u"now"_s);
    const QCommandLineOption pcrOpt(u"expect-pcr"_s, u"Expected PCR value (repeatable)."_s, u"N=HEX"_s);
    const QCommandLineOption nonceOpt(u"nonce"_s, u"Expected nonce."_s, u"HEX"_s);
    const QCommandLineOption userDataOpt(u"user-data"_s, u"Expected user_data."_s, u"HEX"_s);
    const QCommandLineOption publicKeyOpt(u"public-key"_s, u"Expected public_key."_s, u"HEX"_s);
    const QCommandLineOption maxAgeOpt(
        u"max-age"_s, u"Maximum document age at the verification time."_s, u"SECONDS"_s);
    const QCommandLineOption rejectDebugOpt(u"reject-debug"_s,
        u"Fail debug-mode documents (PCR0/1/2 all zero) "
        u"instead of only flagging them."_s);
    const QCommandLineOption allowUnknownOpt(
        u"allow-unknown-keys"_s, u"Accept payload keys outside AWS's list (warn instead of fail)."_s);
    parser.addOptions({ docOpt, rootOpt, timeOpt, pcrOpt, nonceOpt, userDataOpt, publicKeyOpt, maxAgeOpt,
        rejectDebugOpt, allowUnknownOpt });

    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(docOpt))
        return cli.usageError(u"--doc FILE is required"_s);
    for (const QCommandLineOption *single :
        { &docOpt, &rootOpt, &timeOpt, &nonceOpt, &userDataOpt, &publicKeyOpt, &maxAgeOpt }) {
        if (parser.values(*single).size() > 1)
            return cli.usageError(u"--%1 given more than once"_s.arg(single->names().first()));
    }

    // Options first: a usage error must not depend on the document.
    AttestationTime time;
    const QString timeText = parser.value(timeOpt);
    if (timeText == u"now") {
        time = AttestationTime::now();
    } else if (timeText == u"doc") {
        time = AttestationTime::document();
    } else {
        const auto t = parseRfc3339(timeText);
        if (!t)
            return cli.usageError(
                u"--time must be now, doc or an RFC 3339 time such as 2023-01-18T13:07:19Z, got '%1'"_s.arg(
                    timeText));
        time = AttestationTime::at(*t);
    }

    AttestationExpectations expect;
    for (const QString &v : parser.values(pcrOpt)) {
        const qsizetype eq = v.indexOf(u'=');
        bool ok = false;
        const int index = eq > 0 ? v.left(eq).toInt(&ok) : -1;
        if (!ok || index < 0 || index > 31)
            return cli.usageError(u"--expect-pcr wants N=HEX with N in 0..31, got '%1'"_s.arg(v));
        const auto value = hex::decode(QStringView(v).mid(eq + 1));
        if (!value || (value->size() != 32 && value->size() != 48 && value->size() != 64))
            return cli.usageError(
                u"--expect-pcr %1: the value must be 32, 48 or 64 bytes of hex"_s.arg(index));
        if (expect.pcrs.contains(index) && expect.pcrs.value(index) != *value)
            return cli.usageError(u"--expect-pcr %1 given twice with different values"_s.arg(index));
        expect.pcrs.insert(index, *value);
    }
    auto hexOption = [&](const QCommandLineOption &opt, std::optional<QByteArray> &out) {
        if (!parser.isSet(opt))
            return true;
        out = hex::decode(parser.value(opt));
        return out.has_value();
    };
    if (!hexOption(nonceOpt, expect.nonce))
        return cli.usageError(u"--nonce must be hex"_s);
    if (!hexOption(userDataOpt, expect.userData))
        return cli.usageError(u"--user-data must be hex"_s);
    if (!hexOption(publicKeyOpt, expect.publicKey))
        return cli.usageError(u"--public-key must be hex"_s);
    if (parser.isSet(maxAgeOpt)) {
        bool ok = false;
        const qint64 age = parser.value(maxAgeOpt).toLongLong(&ok);
        if (!ok || age < 0 || age > qint64(100) * 365 * 24 * 3600)
            return cli.usageError(
                u"--max-age must be a number of seconds, got '%1'"_s.arg(parser.value(maxAgeOpt)));
        expect.maxAgeSeconds = age;
    }
    expect.rejectDebugMode = parser.isSet(rejectDebugOpt);
    expect.allowUnknownKeys = parser.isSet(allowUnknownOpt);

    std::optional<AttestationVerifier> verifier;
    if (parser.isSet(rootOpt)) {
        const QString rootPath = parser.value(rootOpt);
        const auto pem = readFileLimited(rootPath, 1024 * 1024);
        if (!pem)
            return cli.usageError(u"--root %1: cannot read the file"_s.arg(rootPath));
        auto root = X509Certificate::fromPem(*pem);
        if (!root)
            return cli.usageError(u"--root %1: %2"_s.arg(rootPath, root.error().message));
        verifier.emplace(*root);
    } else {
        verifier.emplace();
    }

    // The document.
    const QString path = parser.value(docOpt);
    const auto raw = readFileLimited(path, MaxAttestationInputSize);
    if (!raw) {
        printError(path, raw.error());
        return ExitInvalid;
    }
    QString encoding;
    auto bytes = decodeAttestationInput(*raw, &encoding);
    if (!bytes) {
        printError(path, bytes.error());
        return ExitInvalid;
    }
    auto doc = AttestationDocument::parse(*bytes);
    if (!doc) {
        Error e = doc.error();
        if (encoding != u"cbor")
            e.message += u" (offset in the %1-decoded document)"_s.arg(encoding);
        printError(path, e);
        return ExitInvalid;
    }

    const AttestationVerification result = verifier->verify(*doc, time, expect);
    QJsonObject out = attestationjson::report(*doc, result);
    out.insert(u"file"_s, path);
    out.insert(u"input_encoding"_s, encoding);
    printJson(QJsonDocument(out));
    if (!result.valid) {
        QString id;
        for (const AttestationCheck &c : result.checks) {
            if (c.status == AttestationCheck::Status::Failed) {
                id = c.id;
                break;
            }
        }
        printError(
            path, Error { Error::Code::Crypto, offsetFor(*doc, id), u"invalid: "_s + result.firstFailure() });
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace

ENCLAVE_COMMAND("verify-attestation", "verify an AWS Nitro attestation document (chain, signature, PCRs)",
    &runVerifyAttestation);

} // namespace enclave::cli

// enclave-tool kms-policy: a KMS key policy (or statement) bound to an enclave's PCRs.

#include <cstdio>

#include <QCommandLineParser>
#include <QJsonArray>

#include "command.h"
#include "kms/kmspolicy.h"
#include "kms/kmspolicygenerator.h"
#include "kms/kmspolicyjson.h"
#include "kms/kmspolicylinter.h"
#include "kmssource.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

int runKmsPolicy(const QStringList &args)
{
    CommandLine cli(u"kms-policy"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Generate a KMS key policy that allows an IAM role the chosen actions only with an attestation "
        u"document whose PCRs match the source (kms:RecipientAttestation:*, StringEqualsIgnoreCase). Several "
        u"--from give several allowed values per PCR (rolling upgrades). Lint findings go to stderr. "
        u"Exit 0 written, 1 source unreadable or lint error, 2 usage."_s);
    const QCommandLineOption fromOpt(u"from"_s,
        u"Measurement source (EIF, attestation document, nitro-cli JSON, "
        u"expectations file); repeatable."_s,
        u"SRC"_s);
    const QCommandLineOption principalOpt(
        u"principal"_s, u"IAM role ARN of the parent instance."_s, u"ARN"_s);
    const QCommandLineOption pcrOpt(
        u"pcr"_s, u"PCRs to bind (default: 0,1,2 and 8 when every source has it)."_s, u"LIST"_s);
    const QCommandLineOption actionOpt(u"action"_s,
        u"Allowed action (repeatable or comma list; default "
        u"kms:Decrypt): "_s
            + KmsPolicyGenerator::supportedActions().join(u", "_s),
        u"ACTION"_s);
    const QCommandLineOption statementOpt(u"statement-only"_s,
        u"Print only the Allow statement (with --deny: "
        u"an array of the statements)."_s);
    const QCommandLineOption denyOpt(u"deny"_s,
        u"Add the Deny-unless-attested statements (default for a whole "
        u"policy)."_s);
    const QCommandLineOption noDenyOpt(u"no-deny"_s, u"Leave out the Deny statements."_s);
    const QCommandLineOption pcr0KeyOpt(u"pcr0-key"_s,
        u"Condition key for PCR0: image-sha384 (default) or pcr0."_s, u"KEY"_s, u"image-sha384"_s);
    const QCommandLineOption sidOpt(u"sid"_s, u"Sid of the Allow statement."_s, u"SID"_s);
    const QCommandLineOption forceOpt(u"force"_s,
        u"Print the policy even when lint finds an error (e.g. all-zero "
        u"debug-mode PCRs); the exit code stays 1."_s);
    parser.addOptions({ fromOpt, principalOpt, pcrOpt, actionOpt, statementOpt, denyOpt, noDenyOpt,
        pcr0KeyOpt, sidOpt, forceOpt });
    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(fromOpt))
        return cli.usageError(u"--from SRC is required"_s);
    if (!parser.isSet(principalOpt))
        return cli.usageError(u"--principal ARN is required"_s);
    if (parser.isSet(denyOpt) && parser.isSet(noDenyOpt))
        return cli.usageError(u"--deny and --no-deny exclude each other"_s);

    KmsPolicyOptions options;
    options.principal = parser.value(principalOpt);
    for (const QString &a : parser.values(actionOpt)) {
        for (const QString &part : a.split(u',', Qt::SkipEmptyParts))
            options.actions.append(part.trimmed());
    }
    const QString pcr0Key = parser.value(pcr0KeyOpt);
    if (pcr0Key == u"image-sha384")
        options.pcr0Style = KmsConditionKey::Pcr0Style::ImageSha384;
    else if (pcr0Key == u"pcr0")
        options.pcr0Style = KmsConditionKey::Pcr0Style::Pcr0;
    else
        return cli.usageError(u"--pcr0-key must be image-sha384 or pcr0"_s);
    if (parser.isSet(sidOpt))
        options.sid = parser.value(sidOpt);
    const bool statementOnly = parser.isSet(statementOpt);
    options.denyStatements = statementOnly ? parser.isSet(denyOpt) : !parser.isSet(noDenyOpt);

    QList<int> pcrs;
    if (parser.isSet(pcrOpt)) {
        auto list = parsePcrList(parser.value(pcrOpt));
        if (!list)
            return cli.usageError(list.error().message);
        pcrs = *list;
    }
    // Usage is settled before any file is read.
    if (auto check = KmsPolicyGenerator::allowStatement([&] {
            KmsPolicyOptions probe = options;
            probe.pcrValues.insert(0, { QByteArray(48, '\x01') });
            return probe;
        }());
        !check)
        return cli.usageError(check.error().message);

    const QStringList sourcePaths = parser.values(fromOpt);
    QList<Measurements> sources;
    for (const QString &path : sourcePaths) {
        auto src = loadKmsSource(path);
        if (!src) {
            printError(path, src.error());
            return ExitInvalid;
        }
        sources.append(*src);
    }
    if (pcrs.isEmpty()) {
        pcrs = { 0, 1, 2 };
        bool all8 = true;
        for (const Measurements &s : sources)
            all8 = all8 && s.find(8) && !s.find(8)->accepted.contains(QByteArray(48, '\0'));
        if (all8)
            pcrs.append(8);
    }
    for (int index : pcrs) {
        QList<QByteArray> values;
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const PcrMeasurement *pcr = sources.at(i).find(index);
            if (!pcr) {
                printError(sourcePaths.at(i),
                    Error { Error::Code::Usage, -1,
                        index == 8 ? u"has no PCR8 (unsigned image); sign it or leave 8 out of --pcr"_s
                                   : u"has no PCR%1"_s.arg(index) });
                return ExitInvalid;
            }
            for (const QByteArray &v : pcr->accepted) {
                if (!values.contains(v))
                    values.append(v);
            }
        }
        options.pcrValues.insert(index, values);
    }

    QJsonValue out;
    if (statementOnly) {
        auto list = KmsPolicyGenerator::statements(options);
        if (!list) {
            printError(QString(), list.error());
            return ExitInvalid;
        }
        out = list->size() == 1 ? list->first() : QJsonValue(*list);
    } else {
        auto policy = KmsPolicyGenerator::keyPolicy(options);
        if (!policy) {
            printError(QString(), policy.error());
            return ExitInvalid;
        }
        out = *policy;
    }
    const QByteArray text = KmsPolicyJson::toText(out);

    // Lint what we generated: a debug-mode source or a PCR0-only binding deserves a word.
    const auto parsed = KmsPolicy::parse(text);
    QList<KmsLintFinding> findings;
    if (parsed)
        findings = KmsPolicyLinter::lint(*parsed);
    for (const KmsLintFinding &f : findings) {
        if (statementOnly && f.code == u"missing-deny")
            continue;
        std::fprintf(stderr, "enclave-tool: kms-policy: %s\n", qPrintable(f.toString()));
    }
    // A policy with a lint error (one that admits every debug-mode enclave, say) is not printed
    // unless asked for: `kms-policy ... > policy.json` must not leave a dangerous file behind.
    const bool errors = KmsPolicyLinter::hasErrors(findings);
    if (errors && !parser.isSet(forceOpt)) {
        printError(u"kms-policy: not printing a policy with lint errors (use --force to print it anyway)"_s);
        return ExitInvalid;
    }
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    return errors ? ExitInvalid : ExitOk;
}

} // namespace

ENCLAVE_COMMAND("kms-policy", "KMS key policy bound to an enclave's PCRs", &runKmsPolicy);

} // namespace enclave::cli

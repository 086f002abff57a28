// enclave-tool check-policy: would KMS let an enclave with these measurements use the key?

#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "common/readfile.h"
#include "kms/kmspolicy.h"
#include "kms/kmspolicychecker.h"
#include "kms/kmspolicylinter.h"
#include "kmssource.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

int runCheckPolicy(const QStringList &args)
{
    CommandLine cli(u"check-policy"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Check a KMS key policy against a measurement source: for each statement and condition, whether an "
        u"attested request from an enclave with these PCRs satisfies it, and why not; then lint the policy. "
        u"Exit 0 allowed, 1 denied (or unreadable input), 2 usage."_s);
    const QCommandLineOption policyOpt(
        u"policy"_s, u"Key policy JSON (a policy, a statement or an array)."_s, u"FILE"_s);
    const QCommandLineOption againstOpt(
        u"against"_s, u"Measurement source (EIF, attestation document, JSON)."_s, u"SRC"_s);
    const QCommandLineOption actionOpt(
        u"action"_s, u"Action of the request (default kms:Decrypt)."_s, u"ACTION"_s, u"kms:Decrypt"_s);
    const QCommandLineOption principalOpt(
        u"principal"_s, u"IAM role ARN making the request (default: any)."_s, u"ARN"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print JSON instead of text."_s);
    parser.addOptions({ policyOpt, againstOpt, actionOpt, principalOpt, jsonOpt });
    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(policyOpt) || !parser.isSet(againstOpt))
        return cli.usageError(u"--policy FILE and --against SRC are required"_s);

    const QString policyPath = parser.value(policyOpt);
    const auto policyBytes = readFileLimited(policyPath, 1 << 20);
    if (!policyBytes) {
        printError(policyPath, policyBytes.error());
        return ExitInvalid;
    }
    const auto policy = KmsPolicy::parse(*policyBytes);
    if (!policy) {
        printError(policyPath, policy.error());
        return ExitInvalid;
    }
    const QString srcPath = parser.value(againstOpt);
    const auto src = loadKmsSource(srcPath);
    if (!src) {
        printError(srcPath, src.error());
        return ExitInvalid;
    }
    KmsPolicyChecker::Options options;
    options.action = parser.value(actionOpt);
    options.principal = parser.value(principalOpt);
    const KmsPolicyCheckResult result = KmsPolicyChecker::check(*policy, *src, options);
    const QList<KmsLintFinding> findings = KmsPolicyLinter::lint(*policy);

    if (parser.isSet(jsonOpt)) {
        QJsonObject o = result.toJson();
        o.insert(u"Policy"_s, policyPath);
        o.insert(u"Source"_s, srcPath);
        o.insert(u"Lint"_s, KmsPolicyLinter::toJson(findings));
        printJson(QJsonDocument(o));
    } else {
        QString text = (result.allowed ? u"ALLOWED"_s : u"DENIED"_s) + u": "_s + options.action + u" by "_s
            + (options.principal.isEmpty() ? u"the policy's principals"_s : options.principal)
            + u" for an enclave measured by "_s + srcPath + u'\n';
        for (const QString &r : result.reasons)
            text += u"  - "_s + r + u'\n';
        text += u"Statements:\n"_s;
        for (const KmsStatementCheck &sc : result.statements) {
            text += u"  "_s + sc.label + u": "_s + KmsPolicyCheckResult::roleName(sc.role) + u" ("_s
                + sc.roleReason + u")\n"_s;
            for (const KmsConditionCheck &cc : sc.conditions)
                text += u"    ["_s + KmsPolicyCheckResult::outcomeName(cc.outcome) + u"] "_s
                    + cc.condition.operatorText + u' ' + cc.condition.key.key() + u": "_s + cc.reason + u'\n';
        }
        if (!findings.isEmpty()) {
            text += u"Lint:\n"_s;
            for (const KmsLintFinding &lf : findings)
                text += u"  "_s + lf.toString() + u'\n';
        }
        printText(text);
    }
    return result.allowed ? ExitOk : ExitInvalid;
}

int runLintPolicy(const QStringList &args)
{
    CommandLine cli(u"lint-policy"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Lint a KMS key policy bound to enclave PCRs. Exit 0 no errors (warnings "
        u"allowed), 1 errors or unreadable, 2 usage."_s);
    const QCommandLineOption policyOpt(u"policy"_s, u"Key policy JSON."_s, u"FILE"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print JSON instead of text."_s);
    parser.addOptions({ policyOpt, jsonOpt });
    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(policyOpt))
        return cli.usageError(u"--policy FILE is required"_s);
    const QString policyPath = parser.value(policyOpt);
    const auto policyBytes = readFileLimited(policyPath, 1 << 20);
    if (!policyBytes) {
        printError(policyPath, policyBytes.error());
        return ExitInvalid;
    }
    const auto policy = KmsPolicy::parse(*policyBytes);
    if (!policy) {
        printError(policyPath, policy.error());
        return ExitInvalid;
    }
    const QList<KmsLintFinding> findings = KmsPolicyLinter::lint(*policy);
    if (parser.isSet(jsonOpt)) {
        printJson(QJsonDocument(KmsPolicyLinter::toJson(findings)));
    } else {
        QString text;
        for (const KmsLintFinding &lf : findings)
            text += lf.toString() + u'\n';
        if (findings.isEmpty())
            text = u"no findings\n"_s;
        printText(text);
    }
    return KmsPolicyLinter::hasErrors(findings) ? ExitInvalid : ExitOk;
}

} // namespace

ENCLAVE_COMMAND("check-policy", "check a KMS key policy against measurements", &runCheckPolicy);
ENCLAVE_COMMAND("lint-policy", "lint a KMS key policy bound to enclave PCRs", &runLintPolicy);

} // namespace enclave::cli

// enclave-tool assess: the security posture report of an enclave image.

#include <QCommandLineParser>
#include <QJsonDocument>

#include "command.h"
#include "posture/postureassessor.h"
#include "posture/postureinputs.h"

using namespace Qt::StringLiterals;

namespace enclave::cli {

namespace {

int runAssess(const QStringList &args)
{
    CommandLine cli(u"assess"_s);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        u"Write a security posture report (Markdown, or JSON with --json) for an EIF, optionally with its "
        u"KMS key "
        u"policy and an attestation document: PCR table with what the policy binds, the policy's conditions, "
        u"the "
        u"signing certificate and PASS/WARN/FAIL checks. Exit 0 no FAIL, 1 a FAIL check or unreadable input, "
        u"2 usage."_s);
    const QCommandLineOption eifOpt(u"eif-path"_s, u"The EIF."_s, u"FILE"_s);
    const QCommandLineOption policyOpt(u"policy"_s, u"KMS key policy JSON."_s, u"P.json"_s);
    const QCommandLineOption attOpt(
        u"attestation"_s, u"Attestation document (CBOR, base64 or hex)."_s, u"DOC"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print JSON instead of Markdown."_s);
    parser.addOptions({ eifOpt, policyOpt, attOpt, jsonOpt });
    if (const auto exit = cli.parse(args))
        return *exit;
    if (!parser.isSet(eifOpt))
        return cli.usageError(u"--eif-path FILE is required"_s);
    auto inputs = PostureInputs::load(parser.value(eifOpt), parser.value(policyOpt), parser.value(attOpt));
    if (!inputs) {
        printError(QString(), inputs.error());
        return ExitInvalid;
    }
    const PostureReport report = PostureAssessor::assess(*inputs);
    if (parser.isSet(jsonOpt))
        printJson(QJsonDocument(report.toJson()));
    else
        printText(report.toMarkdown());
    return report.overall() == PostureReport::Status::Fail ? ExitInvalid : ExitOk;
}

} // namespace

ENCLAVE_COMMAND(
    "assess", "security posture report (Markdown/JSON) for an EIF, policy, attestation", &runAssess);

} // namespace enclave::cli

#include "posturereport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include "common/hex.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PostureReport)
};

// Table cells: a '|' would end the cell, a newline the row.
QString cell(QString s)
{
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'|', QStringLiteral("\\|"));
    s.replace(u'\n', u' ');
    return s;
}

QString code(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : u'`' + s + u'`';
}

QString hexOrEmpty(const QByteArray &b)
{
    return b.isEmpty() ? QString() : hex::encode(b);
}

} // namespace

QString PostureReport::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("PASS");
    case Status::Warn:
        return QStringLiteral("WARN");
    case Status::Fail:
        return QStringLiteral("FAIL");
    case Status::Info:
        return QStringLiteral("INFO");
    }
    return {};
}

int PostureReport::count(Status status) const
{
    int n = 0;
    for (const Check &c : checks)
        n += c.status == status ? 1 : 0;
    return n;
}

PostureReport::Status PostureReport::overall() const
{
    if (count(Status::Fail))
        return Status::Fail;
    if (count(Status::Warn))
        return Status::Warn;
    return Status::Pass;
}

QString PostureReport::toMarkdown(const RenderOptions &options) const
{
    const auto shown
        = [&options](const QString &path) { return options.fullPaths ? path : QFileInfo(path).fileName(); };
    QString md;
    md += Tr::tr("# Security posture: %1\n\n").arg(QFileInfo(eifPath).fileName());
    md += Tr::tr("Overall: **%1** (%2 fail, %3 warn, %4 pass). Generated %5 by %6.\n\n")
              .arg(statusName(overall()))
              .arg(count(Status::Fail))
              .arg(count(Status::Warn))
              .arg(count(Status::Pass))
              .arg(generatedAt, options.generator);

    md += Tr::tr("## Inputs\n\n");
    md += Tr::tr("- **Image:** %1 (EIF v%2, %3 bytes, %4)\n")
              .arg(code(shown(eifPath)))
              .arg(eifVersion)
              .arg(eifSize)
              .arg(isSigned ? Tr::tr("signed, %1").arg(signatureAlgorithm) : Tr::tr("unsigned"));
    md += Tr::tr("- **Key policy:** %1\n")
              .arg(policyPath.isEmpty() ? Tr::tr("none") : code(shown(policyPath)));
    md += Tr::tr("- **Attestation document:** %1\n\n")
              .arg(attestationPath.isEmpty() ? Tr::tr("none") : code(shown(attestationPath)));

    md += Tr::tr("## Checks\n\n| Status | Check | Detail |\n|---|---|---|\n");
    for (const Check &c : checks)
        md += u"| **" + statusName(c.status) + u"** | " + cell(c.title) + u" | " + cell(c.detail) + u" |\n";
    md += u'\n';

    const bool withAttestation = !attestationPath.isEmpty();
    md += Tr::tr("## PCRs\n\n");
    md += withAttestation
        ? Tr::tr("| PCR | Measures | Image | Attestation | Bound in KMS policy |\n|---|---|---|---|---|\n")
        : Tr::tr("| PCR | Measures | Image | Bound in KMS policy |\n|---|---|---|---|\n");
    for (const PcrRow &row : pcrs) {
        QString boundText;
        if (policyPath.isEmpty())
            boundText = Tr::tr("no policy given");
        else if (!row.boundInPolicy)
            boundText = Tr::tr("no");
        else if (row.policyMatchesEif || row.policyMatchesAttestation)
            boundText = Tr::tr("yes, matches %1")
                            .arg(row.policyMatchesEif ? Tr::tr("the image") : Tr::tr("the attestation"));
        else
            boundText = Tr::tr("yes, **to other values**");
        const QString imageText = row.eifValue.isEmpty()
            ? (row.index == 3 || row.index == 4 ? Tr::tr("per instance") : Tr::tr("n/a"))
            : code(hex::encode(row.eifValue));
        md += u"| PCR" + QString::number(row.index) + u" | " + row.meaning + u" | " + imageText + u" | ";
        if (withAttestation)
            md += code(hexOrEmpty(row.attestationValue)) + u" | ";
        md += boundText + u" |\n";
    }
    md += u'\n';

    if (!policyPath.isEmpty()) {
        md += Tr::tr("## KMS policy conditions\n\n");
        if (conditions.isEmpty()) {
            md += Tr::tr("The policy has no kms:RecipientAttestation condition.\n\n");
        } else {
            md += Tr::tr("| Statement | Effect | Operator | Key | Values |\n|---|---|---|---|---|\n");
            for (const PolicyCondition &c : conditions) {
                QStringList vals;
                for (const QString &v : c.values)
                    vals.append(code(cell(v)));
                md += u"| " + cell(c.statement) + u" | " + c.effect + u" | " + cell(c.op) + u" | "
                    + code(cell(c.key)) + u" | " + vals.join(QStringLiteral("<br>")) + u" |\n";
            }
            md += u'\n';
        }
        if (!lint.isEmpty()) {
            md += Tr::tr("Lint:\n\n");
            for (const QString &l : lint)
                md += u"- " + l + u'\n';
            md += u'\n';
        }
    }

    md += Tr::tr("## Signing certificate\n\n");
    if (!hasCertificate) {
        md += isSigned ? Tr::tr("The signature section holds no readable certificate.\n")
                       : Tr::tr("The image is unsigned.\n");
    } else {
        md += Tr::tr("- **Subject:** %1\n").arg(certSubject);
        md += Tr::tr("- **Issuer:** %1\n").arg(certIssuer);
        md += Tr::tr("- **Key:** EC %1, certificate signed with %2\n").arg(certCurve, certAlgorithm);
        md += Tr::tr("- **Valid:** %1 to %2 (%3 days left)\n")
                  .arg(certNotBefore, certNotAfter)
                  .arg(certDaysLeft);
        md += Tr::tr("- **PCR8:** %1\n").arg(code(hexOrEmpty(certPcr8)));
    }
    return md;
}

QString PostureReport::toHtml(const RenderOptions &options) const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto shown
        = [&options](const QString &path) { return options.fullPaths ? path : QFileInfo(path).fileName(); };
    const auto badge = [](Status s) {
        const QString name = statusName(s);
        return QStringLiteral("<span class=\"badge %1\">&nbsp;%2&nbsp;</span>").arg(name.toLower(), name);
    };
    const auto mono = [&esc](const QString &s) {
        return s.isEmpty() ? QStringLiteral("—") : QStringLiteral("<code>%1</code>").arg(esc(s));
    };
    // One style sheet for browsers and QTextDocument (which reads a subset: class selectors,
    // colours, padding, border-collapse): no browser-only features the app view would lose.
    QString h = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
        "body { font-family: sans-serif; color: #1f2328; margin: 24px; }\n"
        "h1 { font-size: 20pt; margin-bottom: 4px; }\n"
        "h2 { font-size: 14pt; margin-top: 18px; border-bottom: 1px solid #d0d7de; }\n"
        "table { border-collapse: collapse; margin: 6px 0 12px 0; }\n"
        "th, td { border: 1px solid #d0d7de; padding: 4px 8px; vertical-align: top; text-align: left; }\n"
        "th { background-color: #f0f2f4; font-weight: bold; }\n"
        "code { font-family: monospace; font-size: 9pt; }\n"
        ".badge { font-weight: bold; color: #ffffff; }\n"
        ".pass { background-color: #1e7e34; }\n"
        ".warn { background-color: #b35900; }\n"
        ".fail { background-color: #c62828; }\n"
        ".info { background-color: #57606a; }\n"
        ".muted { color: #57606a; }\n"
        "dl { margin: 0; } dt { font-weight: bold; } dd { margin: 0 0 6px 16px; }\n"
        "</style></head><body>\n")
                    .arg(esc(Tr::tr("Security posture: %1").arg(QFileInfo(eifPath).fileName())));
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(esc(Tr::tr("Security posture: %1").arg(QFileInfo(eifPath).fileName())));
    h += QStringLiteral("<p>%1 %2</p>\n")
             .arg(Tr::tr("Overall: %1 (%2 fail, %3 warn, %4 pass).")
                      .arg(badge(overall()))
                      .arg(count(Status::Fail))
                      .arg(count(Status::Warn))
                      .arg(count(Status::Pass)),
                 QStringLiteral("<span class=\"muted\">%1</span>")
                     .arg(esc(Tr::tr("Generated %1 by %2.").arg(generatedAt, options.generator))));

    h += QStringLiteral("<h2>%1</h2>\n<dl>\n").arg(esc(Tr::tr("Inputs")));
    h += QStringLiteral("<dt>%1</dt><dd>%2 %3</dd>\n")
             .arg(esc(Tr::tr("Image")), mono(shown(eifPath)),
                 esc(Tr::tr("(EIF v%1, %2 bytes, %3)")
                         .arg(eifVersion)
                         .arg(eifSize)
                         .arg(isSigned ? Tr::tr("signed, %1").arg(signatureAlgorithm) : Tr::tr("unsigned"))));
    h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
             .arg(esc(Tr::tr("Key policy")),
                 policyPath.isEmpty() ? esc(Tr::tr("none")) : mono(shown(policyPath)));
    h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n</dl>\n")
             .arg(esc(Tr::tr("Attestation document")),
                 attestationPath.isEmpty() ? esc(Tr::tr("none")) : mono(shown(attestationPath)));

    h += QStringLiteral("<h2>%1</h2>\n<table width=\"100%\">\n<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(esc(Tr::tr("Checks")), esc(Tr::tr("Status")), esc(Tr::tr("Check")), esc(Tr::tr("Detail")));
    for (const Check &c : checks)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                 .arg(badge(c.status), esc(c.title), esc(c.detail));
    h += QStringLiteral("</table>\n");

    const bool withAttestation = !attestationPath.isEmpty();
    h += QStringLiteral(
        "<h2>PCRs</h2>\n<table width=\"100%\">\n<tr><th>PCR</th><th>%1</th><th>%2</th>%3<th>%4</th></tr>\n")
             .arg(esc(Tr::tr("Measures")), esc(Tr::tr("Image")),
                 withAttestation ? QStringLiteral("<th>%1</th>").arg(esc(Tr::tr("Attestation"))) : QString(),
                 esc(Tr::tr("Bound in KMS policy")));
    for (const PcrRow &row : pcrs) {
        QString bound;
        if (policyPath.isEmpty())
            bound = esc(Tr::tr("no policy given"));
        else if (!row.boundInPolicy)
            bound = esc(Tr::tr("no"));
        else if (row.policyMatchesEif || row.policyMatchesAttestation)
            bound = esc(Tr::tr("yes, matches %1")
                            .arg(row.policyMatchesEif ? Tr::tr("the image") : Tr::tr("the attestation")));
        else
            bound = QStringLiteral("<b>%1</b>").arg(esc(Tr::tr("yes, to other values")));
        const QString image = row.eifValue.isEmpty()
            ? esc(row.index == 3 || row.index == 4 ? Tr::tr("per instance") : Tr::tr("n/a"))
            : mono(hex::encode(row.eifValue));
        h += QStringLiteral("<tr><td>PCR%1</td><td>%2</td><td>%3</td>%4<td>%5</td></tr>\n")
                 .arg(QString::number(row.index), esc(row.meaning), image,
                     withAttestation
                         ? QStringLiteral("<td>%1</td>").arg(mono(hexOrEmpty(row.attestationValue)))
                         : QString(),
                     bound);
    }
    h += QStringLiteral("</table>\n");

    if (!policyPath.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("KMS policy conditions")));
        if (conditions.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(Tr::tr("The policy has no kms:RecipientAttestation condition.")));
        } else {
            h += QStringLiteral(
                "<table width=\"100%\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                     .arg(esc(Tr::tr("Statement")), esc(Tr::tr("Effect")), esc(Tr::tr("Operator")),
                         esc(Tr::tr("Key")), esc(Tr::tr("Values")));
            for (const PolicyCondition &c : conditions) {
                QStringList vals;
                for (const QString &v : c.values)
                    vals.append(mono(v));
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                         .arg(esc(c.statement), esc(c.effect), esc(c.op), mono(c.key),
                             vals.join(QStringLiteral("<br>")));
            }
            h += QStringLiteral("</table>\n");
        }
        if (!lint.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n<ul>\n").arg(esc(Tr::tr("Lint:")));
            for (const QString &l : lint)
                h += QStringLiteral("<li>%1</li>\n").arg(esc(l));
            h += QStringLiteral("</ul>\n");
        }
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Signing certificate")));
    if (!hasCertificate) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(isSigned ? Tr::tr("The signature section holds no readable certificate.")
                                   : Tr::tr("The image is unsigned.")));
    } else {
        h += QStringLiteral("<dl>\n");
        const auto item = [&h, &esc](const QString &k, const QString &v) {
            h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(k), v);
        };
        item(Tr::tr("Subject"), esc(certSubject));
        item(Tr::tr("Issuer"), esc(certIssuer));
        item(Tr::tr("Key"), esc(Tr::tr("EC %1, certificate signed with %2").arg(certCurve, certAlgorithm)));
        item(Tr::tr("Valid"),
            esc(Tr::tr("%1 to %2 (%3 days left)").arg(certNotBefore, certNotAfter).arg(certDaysLeft)));
        item(Tr::tr("PCR8"), mono(hexOrEmpty(certPcr8)));
        h += QStringLiteral("</dl>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QJsonObject PostureReport::toJson() const
{
    QJsonArray checksJson;
    for (const Check &c : checks)
        checksJson.append(
            QJsonObject { { QStringLiteral("Id"), c.id }, { QStringLiteral("Status"), statusName(c.status) },
                { QStringLiteral("Title"), c.title }, { QStringLiteral("Detail"), c.detail } });
    QJsonArray pcrJson;
    for (const PcrRow &row : pcrs)
        pcrJson.append(QJsonObject {
            { QStringLiteral("Index"), row.index },
            { QStringLiteral("Measures"), row.meaning },
            { QStringLiteral("Image"),
                row.eifValue.isEmpty() ? QJsonValue() : QJsonValue(hex::encode(row.eifValue)) },
            { QStringLiteral("Attestation"),
                row.attestationValue.isEmpty() ? QJsonValue()
                                               : QJsonValue(hex::encode(row.attestationValue)) },
            { QStringLiteral("BoundInPolicy"), row.boundInPolicy },
            { QStringLiteral("PolicyValues"), QJsonArray::fromStringList(row.policyValues) },
            { QStringLiteral("PolicyMatchesImage"), row.policyMatchesEif },
            { QStringLiteral("PolicyMatchesAttestation"), row.policyMatchesAttestation },
        });
    QJsonArray condJson;
    for (const PolicyCondition &c : conditions)
        condJson.append(QJsonObject { { QStringLiteral("Statement"), c.statement },
            { QStringLiteral("Effect"), c.effect }, { QStringLiteral("Operator"), c.op },
            { QStringLiteral("Key"), c.key },
            { QStringLiteral("Values"), QJsonArray::fromStringList(c.values) } });
    QJsonObject o {
        { QStringLiteral("Overall"), statusName(overall()) },
        { QStringLiteral("GeneratedAt"), generatedAt },
        { QStringLiteral("Image"),
            QJsonObject { { QStringLiteral("Path"), eifPath }, { QStringLiteral("EifVersion"), eifVersion },
                { QStringLiteral("Size"), eifSize }, { QStringLiteral("IsSigned"), isSigned },
                { QStringLiteral("SignatureAlgorithm"), signatureAlgorithm } } },
        { QStringLiteral("Policy"), policyPath.isEmpty() ? QJsonValue() : QJsonValue(policyPath) },
        { QStringLiteral("Attestation"),
            attestationPath.isEmpty() ? QJsonValue() : QJsonValue(attestationPath) },
        { QStringLiteral("Checks"), checksJson },
        { QStringLiteral("Pcrs"), pcrJson },
        { QStringLiteral("PolicyConditions"), condJson },
        { QStringLiteral("PolicyLint"), QJsonArray::fromStringList(lint) },
    };
    if (hasCertificate)
        o.insert(QStringLiteral("SigningCertificate"),
            QJsonObject { { QStringLiteral("Subject"), certSubject },
                { QStringLiteral("Issuer"), certIssuer }, { QStringLiteral("Algorithm"), certAlgorithm },
                { QStringLiteral("Curve"), certCurve }, { QStringLiteral("NotBefore"), certNotBefore },
                { QStringLiteral("NotAfter"), certNotAfter }, { QStringLiteral("DaysLeft"), certDaysLeft },
                { QStringLiteral("PCR8"), hexOrEmpty(certPcr8) } });
    return o;
}

} // namespace enclave

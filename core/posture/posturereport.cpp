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

QString PostureReport::toMarkdown() const
{
    QString md;
    md += Tr::tr("# Security posture: %1\n\n").arg(QFileInfo(eifPath).fileName());
    md += Tr::tr("Overall: **%1** (%2 fail, %3 warn, %4 pass). Generated %5 by enclave-tool assess.\n\n")
              .arg(statusName(overall()))
              .arg(count(Status::Fail))
              .arg(count(Status::Warn))
              .arg(count(Status::Pass))
              .arg(generatedAt);

    md += Tr::tr("## Inputs\n\n| | |\n|---|---|\n");
    md += Tr::tr("| Image | %1 (EIF v%2, %3 bytes, %4) |\n")
              .arg(code(cell(eifPath)))
              .arg(eifVersion)
              .arg(eifSize)
              .arg(isSigned ? Tr::tr("signed, %1").arg(signatureAlgorithm) : Tr::tr("unsigned"));
    md += Tr::tr("| Key policy | %1 |\n").arg(policyPath.isEmpty() ? Tr::tr("none") : code(cell(policyPath)));
    md += Tr::tr("| Attestation document | %1 |\n\n")
              .arg(attestationPath.isEmpty() ? Tr::tr("none") : code(cell(attestationPath)));

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
        md += Tr::tr("| | |\n|---|---|\n");
        md += Tr::tr("| Subject | %1 |\n").arg(cell(certSubject));
        md += Tr::tr("| Issuer | %1 |\n").arg(cell(certIssuer));
        md += Tr::tr("| Key | EC %1, certificate signed with %2 |\n").arg(certCurve, certAlgorithm);
        md += Tr::tr("| Valid | %1 to %2 (%3 days left) |\n")
                  .arg(certNotBefore, certNotAfter)
                  .arg(certDaysLeft);
        md += Tr::tr("| PCR8 | %1 |\n").arg(code(hexOrEmpty(certPcr8)));
    }
    return md;
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

#include "postureassessor.h"

#include <QCoreApplication>

#include "common/hex.h"
#include "kms/kmspolicychecker.h"
#include "kms/kmspolicylinter.h"
#include "measure/measurements.h"
#include "measure/pcrdiff.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PostureAssessor)
};

using Status = PostureReport::Status;

// A check's detail stays one readable line: the first reasons, then a pointer to check-policy.
QString firstReasons(const QStringList &reasons)
{
    constexpr int Shown = 2;
    QString out = reasons.mid(0, Shown).join(QStringLiteral("; "));
    if (reasons.size() > Shown)
        out += QCoreApplication::translate("PostureAssessor", "; and %1 more (see enclave-tool check-policy)")
                   .arg(reasons.size() - Shown);
    return out;
}

bool isPositive(const QString &op)
{
    return op == u"StringEquals" || op == u"StringEqualsIgnoreCase";
}

} // namespace

namespace {

// What the steps share: the inputs, the report they fill and the policy's lint findings.
struct Assessment {
    const PostureInputs &in;
    PostureReport &r;
    QList<KmsLintFinding> findings;

    void add(const QString &id, Status s, const QString &title, const QString &detail)
    {
        r.checks.append({ id, s, title, detail });
    }
    bool hasFinding(const QString &code) const
    {
        for (const KmsLintFinding &f : findings) {
            if (f.code == code)
                return true;
        }
        return false;
    }
};

void describeInputs(Assessment &a)
{
    const PostureInputs &in = a.in;
    PostureReport &r = a.r;
    r.generatedAt = in.now.toUTC().toString(Qt::ISODate);
    r.eifPath = in.eifPath;
    r.eifVersion = in.eifVersion;
    r.eifSize = in.eifSize;
    r.isSigned = in.isSigned;
    r.signatureAlgorithm = in.signatureAlgorithm;
    r.policyPath = in.policyPath;
    r.attestationPath = in.attestationPath;
}

// The image's PCRs as an enclave running it reports them: an image without PCR8 (unsigned, or a
// certificate that could not be read) runs with the zero register.
Measurements imageWithPcr8(const PostureInputs &in)
{
    Measurements image = in.eifPcrs;
    if (!image.contains(8))
        image.insert(8, QByteArray(48, '\0'));
    return image;
}

// The policy's attestation conditions, and the PCR table: the enclave measurements plus any
// other register an Allow binds, with the values it binds each to.
void describePcrs(Assessment &a)
{
    const PostureInputs &in = a.in;
    QMap<int, QStringList> bound;
    if (in.policy) {
        for (const KmsPolicyStatement &st : in.policy->statements()) {
            for (const KmsPolicyCondition &c : st.conditions) {
                if (!c.key.isAttestation())
                    continue;
                a.r.conditions.append({ st.label(), st.effectText, c.operatorText, c.key.key(), c.values });
                if (st.effect == KmsPolicyStatement::Effect::Allow && isPositive(c.baseOperator)
                    && c.key.pcrIndex() >= 0 && c.key.kind() != KmsConditionKey::Kind::NitroTpmPcr)
                    bound[c.key.pcrIndex()] += c.values;
            }
        }
    }
    QList<int> indexes { 0, 1, 2, 3, 4, 8 };
    for (int i : bound.keys()) {
        if (!indexes.contains(i))
            indexes.append(i);
    }
    std::sort(indexes.begin(), indexes.end());
    for (int i : indexes) {
        PostureReport::PcrRow row;
        row.index = i;
        row.meaning = Measurements::pcrMeaning(i);
        row.eifValue = in.eifPcrs.value(i);
        row.attestationValue = in.attestationPcrs.value(i);
        row.boundInPolicy = bound.contains(i);
        row.policyValues = bound.value(i);
        for (const QString &v : row.policyValues) {
            if (!row.eifValue.isEmpty() && v.compare(hex::encode(row.eifValue), Qt::CaseInsensitive) == 0)
                row.policyMatchesEif = true;
            if (!row.attestationValue.isEmpty()
                && v.compare(hex::encode(row.attestationValue), Qt::CaseInsensitive) == 0)
                row.policyMatchesAttestation = true;
        }
        a.r.pcrs.append(row);
    }
}

void checkCrc(Assessment &a)
{
    a.add(QStringLiteral("crc"), a.in.crcOk ? Status::Pass : Status::Fail, Tr::tr("EIF CRC"),
        a.in.crcOk ? Tr::tr("the stored CRC-32 matches the file")
                   : Tr::tr("the stored CRC-32 does not match: the file is damaged"));
}

void checkSignature(Assessment &a)
{
    const PostureInputs &in = a.in;
    if (!in.isSigned) {
        a.add(QStringLiteral("signed"), Status::Warn, Tr::tr("Image signed"),
            Tr::tr("unsigned: there is no PCR8, so a key policy must pin PCR0 and change with every build"));
        return;
    }
    a.add(QStringLiteral("signed"), Status::Pass, Tr::tr("Image signed"),
        Tr::tr("signed (%1); PCR8 identifies the signing certificate").arg(in.signatureAlgorithm));
    if (!in.signatureVerifies)
        a.add(QStringLiteral("signature"), Status::Fail, Tr::tr("Signature"),
            Tr::tr("does not verify: %1 (nitro-cli describe-eif aborts on it)").arg(in.signatureError));
    else if (!in.signatureCoversPcr0)
        a.add(QStringLiteral("signature"), Status::Fail, Tr::tr("Signature"),
            Tr::tr("valid, but over a different PCR0 (SignatureCheck false): the image changed after "
                   "signing"));
    else
        a.add(QStringLiteral("signature"), Status::Pass, Tr::tr("Signature"),
            Tr::tr("valid COSE_Sign1 over this image's PCR0"));
}

void checkCertificate(Assessment &a)
{
    const PostureInputs &in = a.in;
    PostureReport &r = a.r;
    if (!in.signingCertificate.isValid())
        return;
    const X509Certificate &c = in.signingCertificate;
    r.hasCertificate = true;
    r.certSubject = c.subject();
    r.certIssuer = c.issuer();
    r.certAlgorithm = c.signatureAlgorithm();
    r.certCurve = c.curveName();
    r.certNotBefore = c.notBefore().toString(Qt::ISODate);
    r.certNotAfter = c.notAfter().toString(Qt::ISODate);
    r.certDaysLeft = in.now.daysTo(c.notAfter());
    r.certPcr8 = in.eifPcrs.value(8);
    const QString id = QStringLiteral("certificate-expiry");
    const QString title = Tr::tr("Signing certificate validity");
    if (in.now > c.notAfter())
        a.add(id, Status::Fail, title,
            Tr::tr("expired %1: nitro-cli run-enclave refuses the image").arg(r.certNotAfter));
    else if (in.now < c.notBefore())
        a.add(id, Status::Fail, title,
            Tr::tr("not valid before %1: nitro-cli run-enclave refuses the image").arg(r.certNotBefore));
    else if (r.certDaysLeft < PostureAssessor::ExpiryWarningDays)
        a.add(id, Status::Warn, title,
            Tr::tr("expires in %1 days (%2): re-sign before then").arg(r.certDaysLeft).arg(r.certNotAfter));
    else
        a.add(id, Status::Pass, title,
            Tr::tr("valid until %1 (%2 days)").arg(r.certNotAfter).arg(r.certDaysLeft));
}

void lintPolicy(Assessment &a)
{
    if (!a.in.policy)
        return;
    a.findings = KmsPolicyLinter::lint(*a.in.policy);
    for (const KmsLintFinding &f : a.findings)
        a.r.lint.append(f.toString());
}

void checkDebugMode(Assessment &a)
{
    const PostureInputs &in = a.in;
    const QString id = QStringLiteral("debug-mode");
    const QString title = Tr::tr("Debug mode");
    if (in.hasAttestation && in.attestationDebugMode)
        a.add(id, Status::Fail, title,
            Tr::tr(
                "the attestation document comes from a debug-mode enclave (PCR0/1/2 all zero): its memory is "
                "readable "
                "from the parent instance"));
    else if (a.hasFinding(QStringLiteral("debug-zero-pcr")))
        a.add(id, Status::Fail, title,
            Tr::tr("the key policy binds an all-zero PCR: every debug-mode enclave satisfies it"));
    else if (in.hasAttestation)
        a.add(id, Status::Pass, title, Tr::tr("the attestation document shows a production enclave"));
    else
        a.add(id, Status::Info, title,
            Tr::tr("debug mode is chosen when the enclave is launched; add an attestation document of the "
                   "running enclave to check it"));
}

void checkAttestation(Assessment &a)
{
    const PostureInputs &in = a.in;
    if (!in.hasAttestation)
        return;
    a.add(QStringLiteral("attestation-genuine"), in.attestationGenuine ? Status::Pass : Status::Fail,
        Tr::tr("Attestation document"),
        in.attestationGenuine ? Tr::tr(
            "signed by a certificate chain to the AWS Nitro root (checked at the document's time %1)")
                                    .arg(in.attestationTime.toString(Qt::ISODate))
                              : Tr::tr("not genuine: %1").arg(in.attestationFailure));
    QStringList differ;
    const PcrDiff diff = PcrDiff::compare(imageWithPcr8(in), in.attestationPcrs);
    for (const PcrDiff::Row &row : diff.rows()) {
        if (QList<int> { 0, 1, 2, 8 }.contains(row.index) && row.compared
            && row.status == PcrDiff::Status::Different)
            differ.append(u"PCR" + QString::number(row.index));
    }
    if (differ.isEmpty())
        a.add(QStringLiteral("attestation-matches-image"), Status::Pass,
            Tr::tr("Attestation matches the image"),
            Tr::tr("PCR0, PCR1, PCR2 and PCR8 of the document equal the image's"));
    else
        a.add(QStringLiteral("attestation-matches-image"),
            in.attestationDebugMode ? Status::Warn : Status::Fail, Tr::tr("Attestation matches the image"),
            Tr::tr("%1 differ: the document was not produced by this image%2")
                .arg(differ.join(QStringLiteral(", ")),
                    in.attestationDebugMode ? Tr::tr(" (debug mode zeroes PCR0-2)") : QString()));
    if (in.attestationNonce && !in.attestationNonce->isEmpty())
        a.add(QStringLiteral("nonce"), Status::Pass, Tr::tr("Nonce"),
            Tr::tr("the document carries a %1-byte nonce: the verifier must compare it with the challenge it "
                   "sent")
                .arg(in.attestationNonce->size()));
    else
        a.add(QStringLiteral("nonce"), Status::Warn, Tr::tr("Nonce"),
            Tr::tr("no nonce: nothing ties the document to a fresh challenge, so a captured one can be "
                   "replayed to "
                   "a verifier that only checks the signature"));
    if (!in.attestationPublicKey)
        a.add(QStringLiteral("recipient-key"), Status::Info, Tr::tr("KMS recipient key"),
            Tr::tr("no public_key: the document cannot be a KMS Recipient"));
    else if (in.attestationPublicKeyIsRsa)
        a.add(QStringLiteral("recipient-key"), Status::Pass, Tr::tr("KMS recipient key"),
            Tr::tr("public_key is a DER RSA SubjectPublicKeyInfo, usable as a KMS Recipient"));
    else
        a.add(QStringLiteral("recipient-key"), Status::Warn, Tr::tr("KMS recipient key"),
            Tr::tr("public_key is not a DER RSA SubjectPublicKeyInfo: KMS rejects it as a Recipient"));
}

// Only for a document fetched live: was it made for this request, and is it recent?
void checkFreshness(Assessment &a)
{
    const PostureInputs &in = a.in;
    if (!in.hasAttestation || !in.freshness)
        return;
    const PostureInputs::Freshness &f = *in.freshness;
    const qint64 age = in.attestationTime.secsTo(f.fetchedAt.isValid() ? f.fetchedAt : in.now);
    QStringList details;
    Status status = Status::Pass;
    if (!f.nonceCarried) {
        status = Status::Warn;
        details << Tr::tr("the endpoint cannot carry a nonce: only the document's age shows it is recent");
    } else if (in.attestationNonce && *in.attestationNonce == f.sentNonce) {
        details << Tr::tr("the document carries the %1-byte nonce this fetch sent").arg(f.sentNonce.size());
    } else {
        status = Status::Fail;
        details << Tr::tr(
            "the document does not carry the nonce this fetch sent: it was made for another request "
            "(a replay)");
    }
    if (age > f.maxAgeSeconds || age < -300) {
        status = Status::Fail;
        details << Tr::tr("signed %1 s before it was fetched, at most %2 s allowed")
                       .arg(age)
                       .arg(f.maxAgeSeconds);
    } else {
        details << Tr::tr("signed %1 s before it was fetched (at most %2 s)").arg(age).arg(f.maxAgeSeconds);
    }
    a.add(QStringLiteral("attestation-freshness"), status, Tr::tr("Attestation freshness"),
        details.join(QStringLiteral("; ")));
}

void checkPolicy(Assessment &a)
{
    const PostureInputs &in = a.in;
    if (!in.policy) {
        a.add(
            QStringLiteral("policy"), Status::Info, Tr::tr("KMS key policy"), Tr::tr("no key policy given"));
        return;
    }
    KmsPolicyChecker::Options opts;
    const KmsPolicyCheckResult forEif = KmsPolicyChecker::check(*in.policy, imageWithPcr8(in), opts);
    a.add(QStringLiteral("policy-allows-image"), forEif.allowed ? Status::Pass : Status::Fail,
        Tr::tr("Policy admits this image"),
        forEif.allowed ? Tr::tr("kms:Decrypt is allowed for an enclave running this image")
                       : Tr::tr("denied: %1").arg(firstReasons(forEif.reasons)));
    if (in.hasAttestation) {
        const KmsPolicyCheckResult forDoc = KmsPolicyChecker::check(*in.policy, in.attestationPcrs, opts);
        a.add(QStringLiteral("policy-allows-attestation"), forDoc.allowed ? Status::Pass : Status::Fail,
            Tr::tr("Policy admits the attested enclave"),
            forDoc.allowed ? Tr::tr("kms:Decrypt is allowed with this attestation document")
                           : Tr::tr("denied: %1").arg(firstReasons(forDoc.reasons)));
    }
    const bool pcr0Only = a.hasFinding(QStringLiteral("pcr0-only"));
    a.add(QStringLiteral("policy-pcr0-only"), pcr0Only ? Status::Warn : Status::Pass,
        Tr::tr("Policy binding breadth"),
        pcr0Only ? Tr::tr("only PCR0 is bound: every rebuild needs a policy change; bind PCR8 to let "
                          "signed images change")
                 : Tr::tr("binds more than PCR0"));
    const bool missingDeny = a.hasFinding(QStringLiteral("missing-deny"));
    a.add(QStringLiteral("policy-deny"), missingDeny ? Status::Warn : Status::Pass, Tr::tr("Deny statement"),
        missingDeny ? Tr::tr("no Deny statement with attestation conditions: an IAM policy allowing the "
                             "role these actions bypasses attestation")
                    : Tr::tr("a Deny statement covers requests without matching attestation"));
    int errors = 0, warnings = 0;
    for (const KmsLintFinding &f : a.findings) {
        if (f.code == u"pcr0-only" || f.code == u"missing-deny" || f.code == u"debug-zero-pcr")
            continue;
        errors += f.severity == KmsLintFinding::Severity::Error ? 1 : 0;
        warnings += f.severity == KmsLintFinding::Severity::Warning ? 1 : 0;
    }
    a.add(QStringLiteral("policy-lint"),
        errors         ? Status::Fail
            : warnings ? Status::Warn
                       : Status::Pass,
        Tr::tr("Policy lint"),
        errors || warnings ? Tr::tr("%1 error(s), %2 warning(s): see the lint list").arg(errors).arg(warnings)
                           : Tr::tr("no other findings"));
}

// The steps in report order; a check step adds zero or more checks.
constexpr void (*Steps[])(Assessment &) = {
    describeInputs,
    describePcrs,
    checkCrc,
    checkSignature,
    checkCertificate,
    lintPolicy,
    checkDebugMode,
    checkAttestation,
    checkFreshness,
    checkPolicy,
};

} // namespace

PostureReport PostureAssessor::assess(const PostureInputs &in)
{
    PostureReport r;
    Assessment assessment { in, r, {} };
    for (auto step : Steps)
        step(assessment);
    return r;
}

} // namespace enclave

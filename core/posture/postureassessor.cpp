#include "postureassessor.h"

#include <QCoreApplication>

#include "common/hex.h"
#include "kms/kmspolicychecker.h"
#include "kms/kmspolicylinter.h"

namespace enclave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostureAssessor", text);
}

using Status = PostureReport::Status;

QString meaningOf(int index)
{
    switch (index) {
    case 0:
        return tr("enclave image");
    case 1:
        return tr("kernel + bootstrap");
    case 2:
        return tr("application");
    case 3:
        return tr("parent instance IAM role");
    case 4:
        return tr("parent instance ID");
    case 8:
        return tr("signing certificate");
    default:
        return tr("custom");
    }
}

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

PostureReport PostureAssessor::assess(const PostureInputs &in)
{
    PostureReport r;
    r.generatedAt = in.now.toUTC().toString(Qt::ISODate);
    r.eifPath = in.eifPath;
    r.eifVersion = in.eifVersion;
    r.eifSize = in.eifSize;
    r.isSigned = in.isSigned;
    r.signatureAlgorithm = in.signatureAlgorithm;
    r.policyPath = in.policyPath;
    r.attestationPath = in.attestationPath;
    auto add = [&r](const QString &id, Status s, const QString &title, const QString &detail) {
        r.checks.append({ id, s, title, detail });
    };

    // Policy conditions: the values an Allow binds each PCR to.
    QMap<int, QStringList> bound;
    if (in.policy) {
        for (const KmsPolicyStatement &st : in.policy->statements()) {
            for (const KmsPolicyCondition &c : st.conditions) {
                if (!c.key.isAttestation())
                    continue;
                r.conditions.append({ st.label(), st.effectText, c.operatorText, c.key.key(), c.values });
                if (st.effect == KmsPolicyStatement::Effect::Allow && isPositive(c.baseOperator)
                    && c.key.pcrIndex() >= 0 && c.key.kind() != KmsConditionKey::Kind::NitroTpmPcr)
                    bound[c.key.pcrIndex()] += c.values;
            }
        }
    }

    // The PCR table: the enclave measurements, plus any other register the policy binds.
    QList<int> indexes { 0, 1, 2, 3, 4, 8 };
    for (int i : bound.keys()) {
        if (!indexes.contains(i))
            indexes.append(i);
    }
    std::sort(indexes.begin(), indexes.end());
    for (int i : indexes) {
        PostureReport::PcrRow row;
        row.index = i;
        row.meaning = meaningOf(i);
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
        r.pcrs.append(row);
    }

    // Image integrity and signature.
    add(QStringLiteral("crc"), in.crcOk ? Status::Pass : Status::Fail, tr("EIF CRC"),
        in.crcOk ? tr("the stored CRC-32 matches the file")
                 : tr("the stored CRC-32 does not match: the file is damaged"));
    if (!in.isSigned) {
        add(QStringLiteral("signed"), Status::Warn, tr("Image signed"),
            tr("unsigned: there is no PCR8, so a key policy must pin PCR0 and change with every build"));
    } else {
        add(QStringLiteral("signed"), Status::Pass, tr("Image signed"),
            tr("signed (%1); PCR8 identifies the signing certificate").arg(in.signatureAlgorithm));
        if (!in.signatureVerifies)
            add(QStringLiteral("signature"), Status::Fail, tr("Signature"),
                tr("does not verify: %1 (nitro-cli describe-eif aborts on it)").arg(in.signatureError));
        else if (!in.signatureCoversPcr0)
            add(QStringLiteral("signature"), Status::Fail, tr("Signature"),
                tr("valid, but over a different PCR0 (SignatureCheck false): the image changed after "
                   "signing"));
        else
            add(QStringLiteral("signature"), Status::Pass, tr("Signature"),
                tr("valid COSE_Sign1 over this image's PCR0"));
    }

    if (in.signingCertificate.isValid()) {
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
        if (in.now > c.notAfter())
            add(QStringLiteral("certificate-expiry"), Status::Fail, tr("Signing certificate validity"),
                tr("expired %1: nitro-cli run-enclave refuses the image").arg(r.certNotAfter));
        else if (in.now < c.notBefore())
            add(QStringLiteral("certificate-expiry"), Status::Fail, tr("Signing certificate validity"),
                tr("not valid before %1: nitro-cli run-enclave refuses the image").arg(r.certNotBefore));
        else if (r.certDaysLeft < ExpiryWarningDays)
            add(QStringLiteral("certificate-expiry"), Status::Warn, tr("Signing certificate validity"),
                tr("expires in %1 days (%2): re-sign before then").arg(r.certDaysLeft).arg(r.certNotAfter));
        else
            add(QStringLiteral("certificate-expiry"), Status::Pass, tr("Signing certificate validity"),
                tr("valid until %1 (%2 days)").arg(r.certNotAfter).arg(r.certDaysLeft));
    }

    // Debug mode.
    bool policyZero = false;
    QList<KmsLintFinding> findings;
    if (in.policy) {
        findings = KmsPolicyLinter::lint(*in.policy);
        for (const KmsLintFinding &f : findings) {
            policyZero = policyZero || f.code == u"debug-zero-pcr";
            r.lint.append(f.toString());
        }
    }
    if (in.hasAttestation && in.attestationDebugMode)
        add(QStringLiteral("debug-mode"), Status::Fail, tr("Debug mode"),
            tr("the attestation document comes from a debug-mode enclave (PCR0/1/2 all zero): its memory is "
               "readable "
               "from the parent instance"));
    else if (policyZero)
        add(QStringLiteral("debug-mode"), Status::Fail, tr("Debug mode"),
            tr("the key policy binds an all-zero PCR: every debug-mode enclave satisfies it"));
    else if (in.hasAttestation)
        add(QStringLiteral("debug-mode"), Status::Pass, tr("Debug mode"),
            tr("the attestation document shows a production enclave"));
    else
        add(QStringLiteral("debug-mode"), Status::Info, tr("Debug mode"),
            tr("debug mode is chosen when the enclave is launched; add an attestation document of the "
               "running enclave to check it"));

    // Attestation document.
    if (in.hasAttestation) {
        add(QStringLiteral("attestation-genuine"), in.attestationGenuine ? Status::Pass : Status::Fail,
            tr("Attestation document"),
            in.attestationGenuine ? tr(
                "signed by a certificate chain to the AWS Nitro root (checked at the document's time %1)")
                                        .arg(in.attestationTime.toString(Qt::ISODate))
                                  : tr("not genuine: %1").arg(in.attestationFailure));
        QStringList differ;
        for (int i : { 0, 1, 2, 8 }) {
            const QByteArray e = in.eifPcrs.value(i, i == 8 ? QByteArray(48, '\0') : QByteArray());
            if (!e.isEmpty() && in.attestationPcrs.contains(i) && in.attestationPcrs.value(i) != e)
                differ.append(u"PCR" + QString::number(i));
        }
        if (differ.isEmpty())
            add(QStringLiteral("attestation-matches-image"), Status::Pass,
                tr("Attestation matches the image"),
                tr("PCR0, PCR1, PCR2 and PCR8 of the document equal the image's"));
        else
            add(QStringLiteral("attestation-matches-image"),
                in.attestationDebugMode ? Status::Warn : Status::Fail, tr("Attestation matches the image"),
                tr("%1 differ: the document was not produced by this image%2")
                    .arg(differ.join(QStringLiteral(", ")),
                        in.attestationDebugMode ? tr(" (debug mode zeroes PCR0-2)") : QString()));
        if (in.attestationNonce && !in.attestationNonce->isEmpty())
            add(QStringLiteral("nonce"), Status::Pass, tr("Nonce"),
                tr("the document carries a %1-byte nonce: the verifier must compare it with the challenge it "
                   "sent")
                    .arg(in.attestationNonce->size()));
        else
            add(QStringLiteral("nonce"), Status::Warn, tr("Nonce"),
                tr("no nonce: nothing ties the document to a fresh challenge, so a captured one can be "
                   "replayed to "
                   "a verifier that only checks the signature"));
        if (!in.attestationPublicKey)
            add(QStringLiteral("recipient-key"), Status::Info, tr("KMS recipient key"),
                tr("no public_key: the document cannot be a KMS Recipient"));
        else if (in.attestationPublicKeyIsRsa)
            add(QStringLiteral("recipient-key"), Status::Pass, tr("KMS recipient key"),
                tr("public_key is a DER RSA SubjectPublicKeyInfo, usable as a KMS Recipient"));
        else
            add(QStringLiteral("recipient-key"), Status::Warn, tr("KMS recipient key"),
                tr("public_key is not a DER RSA SubjectPublicKeyInfo: KMS rejects it as a Recipient"));
    }

    // Key policy.
    if (!in.policy) {
        add(QStringLiteral("policy"), Status::Info, tr("KMS key policy"), tr("no key policy given"));
    } else {
        KmsPolicyChecker::Options opts;
        QMap<int, QByteArray> eifSource = in.eifPcrs;
        if (!eifSource.contains(8))
            eifSource.insert(8, QByteArray(48, '\0'));
        const KmsPolicyCheckResult forEif = KmsPolicyChecker::check(*in.policy, eifSource, opts);
        add(QStringLiteral("policy-allows-image"), forEif.allowed ? Status::Pass : Status::Fail,
            tr("Policy admits this image"),
            forEif.allowed ? tr("kms:Decrypt is allowed for an enclave running this image")
                           : tr("denied: %1").arg(firstReasons(forEif.reasons)));
        if (in.hasAttestation) {
            const KmsPolicyCheckResult forDoc = KmsPolicyChecker::check(*in.policy, in.attestationPcrs, opts);
            add(QStringLiteral("policy-allows-attestation"), forDoc.allowed ? Status::Pass : Status::Fail,
                tr("Policy admits the attested enclave"),
                forDoc.allowed ? tr("kms:Decrypt is allowed with this attestation document")
                               : tr("denied: %1").arg(firstReasons(forDoc.reasons)));
        }
        auto has = [&findings](const QString &code) {
            for (const KmsLintFinding &f : findings) {
                if (f.code == code)
                    return true;
            }
            return false;
        };
        add(QStringLiteral("policy-pcr0-only"),
            has(QStringLiteral("pcr0-only")) ? Status::Warn : Status::Pass, tr("Policy binding breadth"),
            has(QStringLiteral("pcr0-only"))
                ? tr("only PCR0 is bound: every rebuild needs a policy change; bind PCR8 to let "
                     "signed images change")
                : tr("binds more than PCR0"));
        add(QStringLiteral("policy-deny"), has(QStringLiteral("missing-deny")) ? Status::Warn : Status::Pass,
            tr("Deny statement"),
            has(QStringLiteral("missing-deny"))
                ? tr("no Deny statement with attestation conditions: an IAM policy allowing the "
                     "role these actions bypasses attestation")
                : tr("a Deny statement covers requests without matching attestation"));
        int errors = 0, warnings = 0;
        for (const KmsLintFinding &f : findings) {
            if (f.code == u"pcr0-only" || f.code == u"missing-deny" || f.code == u"debug-zero-pcr")
                continue;
            errors += f.severity == KmsLintFinding::Severity::Error ? 1 : 0;
            warnings += f.severity == KmsLintFinding::Severity::Warning ? 1 : 0;
        }
        add(QStringLiteral("policy-lint"),
            errors         ? Status::Fail
                : warnings ? Status::Warn
                           : Status::Pass,
            tr("Policy lint"),
            errors || warnings ? tr("%1 error(s), %2 warning(s): see the lint list").arg(errors).arg(warnings)
                               : tr("no other findings"));
    }
    return r;
}

} // namespace enclave

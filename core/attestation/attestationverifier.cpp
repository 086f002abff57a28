#include "attestation/attestationverifier.h"

#include <QCoreApplication>
#include <QTimeZone>

#include "attestation/attestationdocument.h"
#include "common/hex.h"
#include "crypto/x509chain.h"
#include "measure/pcrdiff.h"

using namespace Qt::StringLiterals;

namespace enclave {

namespace {

// AWS Nitro Enclaves Root-G1 (https://aws-nitro-enclaves.amazonaws.com/AWS_NitroEnclaves_Root-G1.zip),
// CN=aws.nitro-enclaves, P-384, 2019-10-28 -> 2049-10-28.
constexpr char AwsNitroRootPem[] = R"(-----BEGIN CERTIFICATE-----
MIICETCCAZagAwIBAgIRAPkxdWgbkK/hHUbMtOTn+FYwCgYIKoZIzj0EAwMwSTEL
MAkGA1UEBhMCVVMxDzANBgNVBAoMBkFtYXpvbjEMMAoGA1UECwwDQVdTMRswGQYD
VQQDDBJhd3Mubml0cm8tZW5jbGF2ZXMwHhcNMTkxMDI4MTMyODA1WhcNNDkxMDI4
MTQyODA1WjBJMQswCQYDVQQGEwJVUzEPMA0GA1UECgwGQW1hem9uMQwwCgYDVQQL
DANBV1MxGzAZBgNVBAMMEmF3cy5uaXRyby1lbmNsYXZlczB2MBAGByqGSM49AgEG
BSuBBAAiA2IABPwCVOumCMHzaHDimtqQvkY4MpJzbolL//Zy2YlES1BR5TSksfbb
48C8WBoyt7F2Bw7eEtaaP+ohG2bnUs990d0JX28TcPQXCEPZ3BABIeTPYwEoCWZE
h8l5YoQwTcU/9KNCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUkCW1DdkF
R+eWw5b6cp3PmanfS5YwDgYDVR0PAQH/BAQDAgGGMAoGCCqGSM49BAMDA2kAMGYC
MQCjfy+Rocm9Xue4YnwWmNJVA44fA0P5W2OpYow9OYCVRaEevL8uO1XYru5xtMPW
rfMCMQCi85sWBbJwKKXdS6BptQFuZbT73o/gBh1qUxl/nNr12UO8Yfwr6wPLb+6N
IwLz3/Y=
-----END CERTIFICATE-----
)";

// The published SHA-256 fingerprint of Root-G1's DER: the embedded PEM must hash to it.
constexpr char AwsNitroRootSha256[] = "641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b";

constexpr qint64 FutureSkewMs = 5 * 60 * 1000;

using Status = AttestationCheck::Status;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AttestationVerifier)
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// OpenSSL's rule (x509_vfy.c): valid iff notBefore <= t < notAfter... notAfter itself counts as
// expired because X509_cmp_time treats equality as "before".
bool validAt(const X509Certificate &c, const QDateTime &t)
{
    return c.notBefore() <= t && t < c.notAfter();
}

// What every check sees: the document, the caller's expectations, the trust anchor and the time.
struct Context {
    const AttestationDocument &doc;
    const AttestationExpectations &expect;
    const X509Certificate &root;
    bool builtInRoot = true;
    X509Certificate leaf;
    QList<X509Certificate> bundle;
    QList<QByteArray> bundleDer;
    QDateTime time; // invalid when no usable verification time
    QString timeText; // "2024-01-01T00:00:00Z (doc)"
    QStringList warnings;
};

struct Outcome {
    Status status;
    QString reason;
};

Outcome failedOrPassed(const QStringList &problems, const QString &passReason)
{
    if (problems.isEmpty())
        return { Status::Passed, passReason };
    return { Status::Failed, problems.join(u"; "_s) };
}

// 1-2. Structure and algorithm: AttestationDocument::parse refuses anything else, so a document
// object existing is the proof.
Outcome checkCose(Context &c)
{
    return { Status::Passed,
        Tr::tr("%1 array of 4, exact protected/payload bytes kept, 96-byte signature, no trailing bytes")
            .arg(c.doc.isTagged() ? Tr::tr("tag 18,") : Tr::tr("untagged")) };
}

Outcome checkAlgorithm(Context &)
{
    return { Status::Passed, Tr::tr("protected header bytes a1013822") };
}

// 3. Payload schema: AWS's key list is closed.
Outcome checkSchema(Context &c)
{
    const QStringList unknown = c.doc.unknownKeys();
    if (unknown.isEmpty())
        return { Status::Passed,
            Tr::tr("%1 fields; module_id, digest SHA384, timestamp, %2 PCRs, certificate, %3 CA certificates")
                .arg(c.doc.keyOrder().size())
                .arg(c.doc.pcrs().size())
                .arg(c.bundle.size()) };
    if (c.expect.allowUnknownKeys)
        return { Status::Warning, Tr::tr("unknown keys accepted by request: %1").arg(unknown.join(u", "_s)) };
    return { Status::Failed, Tr::tr("keys outside AWS's closed list: %1").arg(unknown.join(u", "_s)) };
}

// 4. Kind.
Outcome checkKind(Context &c)
{
    if (c.doc.kind() == AttestationDocument::Kind::NitroTpm)
        return { c.expect.allowNitroTpm ? Status::Warning : Status::Failed,
            Tr::tr("this is a NitroTPM attestation (nitrotpm_pcrs), not a Nitro Enclaves attestation") };
    return { Status::Passed, Tr::tr("payload has 'pcrs'") };
}

// 5. Root pinned: cabundle[0] must be the trusted root itself, never an anchor of its own.
Outcome checkRoot(Context &c)
{
    if (!c.root.isValid())
        return { Status::Failed,
            Tr::tr("no usable trusted root (the built-in root failed its fingerprint pin)") };
    if (c.bundleDer.isEmpty() || c.bundleDer.first() != c.root.der())
        return { Status::Failed,
            Tr::tr("cabundle[0] (%1, SHA-256 %2) is not the trusted root (%3, SHA-256 %4)")
                .arg(c.bundle.isEmpty() ? Tr::tr("absent") : c.bundle.first().subject(),
                    c.bundle.isEmpty() ? u"-"_s : hex::encode(c.bundle.first().fingerprintSha256()),
                    c.root.subject(), hex::encode(c.root.fingerprintSha256())) };
    return { Status::Passed,
        Tr::tr("cabundle[0] is byte-identical to %1 root %2 (SHA-256 %3)")
            .arg(c.builtInRoot ? Tr::tr("the built-in") : Tr::tr("the given"), c.root.subject(),
                hex::encode(c.root.fingerprintSha256())) };
}

// 6. Bundle order: root first, each certificate issued by the one before, leaf by the last.
Outcome checkBundleOrder(Context &c)
{
    const auto &bundle = c.bundle;
    QStringList problems;
    if (!bundle.isEmpty() && !bundle.first().isSelfIssued())
        problems << Tr::tr("cabundle[0] is not self-issued");
    for (int i = 1; i < bundle.size(); ++i) {
        if (!bundle[i].isIssuedBy(bundle[i - 1]))
            problems << Tr::tr("cabundle[%1] is issued by '%2', not by cabundle[%3] '%4'")
                            .arg(i)
                            .arg(bundle[i].issuer())
                            .arg(i - 1)
                            .arg(bundle[i - 1].subject());
        if (!bundle[i].isCa())
            problems << Tr::tr("cabundle[%1] is not a CA").arg(i);
        for (int j = 0; j < i; ++j) {
            if (c.bundleDer[i] == c.bundleDer[j])
                problems << Tr::tr("cabundle[%1] duplicates cabundle[%2]").arg(i).arg(j);
        }
    }
    if (!bundle.isEmpty() && !c.leaf.isIssuedBy(bundle.last()))
        problems << Tr::tr("the leaf is issued by '%1', not by the last cabundle entry '%2'")
                        .arg(c.leaf.issuer(), bundle.last().subject());
    if (c.bundleDer.contains(c.doc.certificateDer()))
        problems << Tr::tr("the leaf certificate is also in cabundle");
    return failedOrPassed(problems,
        Tr::tr("root -> %1 intermediate(s) -> leaf, each issued by the previous").arg(bundle.size() - 1));
}

// 7. Leaf profile.
Outcome checkLeafProfile(Context &c)
{
    const X509Certificate &leaf = c.leaf;
    QStringList problems;
    if (leaf.publicKeyType() != u"EC" || leaf.curveName() != u"secp384r1")
        problems << Tr::tr("key is %1 %2, must be EC secp384r1").arg(leaf.publicKeyType(), leaf.curveName());
    if (leaf.signatureAlgorithm() != u"ecdsa-with-SHA384")
        problems << Tr::tr("signed with %1, must be ecdsa-with-SHA384").arg(leaf.signatureAlgorithm());
    // basicConstraints CA:TRUE itself, not only isCa(): that also needs keyCertSign.
    if (leaf.isCa() || leaf.hasCaBasicConstraint())
        problems << Tr::tr("leaf has basicConstraints CA:TRUE");
    if (!leaf.allowsDigitalSignature())
        problems << Tr::tr("key usage lacks digitalSignature");
    return failedOrPassed(problems, Tr::tr("EC secp384r1, ecdsa-with-SHA384, CA:FALSE, digitalSignature"));
}

// 8. Validity of every certificate at the verification time (OpenSSL checks it too; this names
// the culprit in words).
Outcome checkValidity(Context &c)
{
    if (!c.time.isValid())
        return { Status::Failed, Tr::tr("no valid verification time") };
    QStringList problems;
    auto test = [&](const QString &what, const X509Certificate &cert) {
        if (c.time < cert.notBefore())
            problems << Tr::tr("%1 not valid before %2").arg(what, iso(cert.notBefore()));
        else if (!validAt(cert, c.time))
            problems << Tr::tr("%1 expired at %2").arg(what, iso(cert.notAfter()));
    };
    test(Tr::tr("leaf"), c.leaf);
    for (int i = c.bundle.size() - 1; i >= 0; --i)
        test(u"cabundle[%1]"_s.arg(i), c.bundle[i]);
    if (problems.isEmpty())
        return { Status::Passed,
            Tr::tr("all %1 certificates valid at %2; leaf valid until %3")
                .arg(c.bundle.size() + 1)
                .arg(c.timeText, iso(c.leaf.notAfter())) };
    return { Status::Failed, Tr::tr("at %1: %2").arg(c.timeText, problems.join(u"; "_s)) };
}

// 9. Chain: OpenSSL path validation from the leaf to the trusted root only, through cabundle[1..];
// the path it builds must be exactly leaf, cabundle[n-1], ..., cabundle[1], root.
Outcome checkChain(Context &c)
{
    if (!c.root.isValid() || !c.time.isValid())
        return { Status::Failed, Tr::tr("no trusted root or verification time") };
    const auto path = X509Chain::verify(c.leaf, c.bundle.mid(1), c.root, c.time);
    QString failure;
    if (!path) {
        failure = path.error().message;
    } else {
        const qsizetype n = path->size();
        bool same = n == c.bundle.size() + 1;
        for (qsizetype i = 0; same && i < n; ++i) {
            const X509Certificate &expected = i == 0 ? c.leaf : (i == n - 1 ? c.root : c.bundle[n - 1 - i]);
            same = path->at(i).der() == expected.der();
        }
        if (!same)
            failure = Tr::tr("OpenSSL built a %1-certificate path that is not leaf + cabundle").arg(n);
    }
    if (failure.isEmpty())
        return { Status::Passed,
            Tr::tr("leaf -> %1 intermediate(s) -> root verified at %2")
                .arg(c.bundle.size() - 1)
                .arg(c.timeText) };
    return { Status::Failed, Tr::tr("at %1: %2").arg(c.timeText, failure) };
}

// 10. COSE signature with the leaf key.
Outcome checkSignature(Context &c)
{
    const auto sig = c.doc.verifySignature(c.leaf);
    if (!sig)
        return { Status::Failed, sig.error().message };
    return {
        Status::Passed,
        Tr::tr("ECDSA P-384/SHA-384 over Sig_structure (%1 bytes) verifies").arg(c.doc.sigStructure().size())
    };
}

// 11. The signed timestamp must fall inside the leaf's lifetime (the NSM signs with a live key).
Outcome checkTimestamp(Context &c)
{
    const QDateTime ts = c.doc.timestamp();
    // notBefore has second precision and may equal the timestamp's second.
    const QDateTime tsFloor = QDateTime::fromSecsSinceEpoch(qint64(c.doc.timestampMs() / 1000), Qt::UTC);
    const QString when = ts.toString(Qt::ISODateWithMs);
    if (validAt(c.leaf, tsFloor))
        return { Status::Passed,
            Tr::tr("%1 in [%2, %3)").arg(when, iso(c.leaf.notBefore()), iso(c.leaf.notAfter())) };
    return { Status::Failed,
        Tr::tr("%1 is outside the leaf's validity [%2, %3)")
            .arg(when, iso(c.leaf.notBefore()), iso(c.leaf.notAfter())) };
}

// 12. Debug mode: always flagged, failing only when the caller rejects it.
Outcome checkDebugMode(Context &c)
{
    if (!c.doc.isDebugMode())
        return { Status::Passed, Tr::tr("PCR0/1/2 are not all zero") };
    const QString reason
        = Tr::tr("DEBUG MODE: PCR0, PCR1 and PCR2 are all zero. The enclave was started with "
                 "--debug-mode: the parent can read its console and its measurements prove "
                 "nothing about the code it runs.");
    c.warnings << reason;
    return { c.expect.rejectDebugMode ? Status::Failed : Status::Warning, reason };
}

// 13. The caller's expectations.
Outcome checkPcrs(Context &c)
{
    if (c.expect.pcrs.isEmpty())
        return { Status::Skipped, Tr::tr("no PCR values expected") };
    QStringList problems;
    QStringList which;
    const PcrDiff diff = PcrDiff::compare(c.expect.pcrs, Measurements::fromAttestationDocument(c.doc, {}));
    for (const PcrDiff::Row &row : diff.rows()) {
        // Only the values listed: PCRs the document has on top, or the expectations imply zero
        // (an unsigned image's PCR8), were not asked for.
        if (!c.expect.pcrs.contains(row.index))
            continue;
        which << u"PCR%1"_s.arg(row.index);
        if (row.status == PcrDiff::Status::OnlyLeft)
            problems << Tr::tr("PCR%1 absent").arg(row.index);
        else if (row.status == PcrDiff::Status::Different)
            problems << Tr::tr("PCR%1 is %2, expected %3")
                            .arg(row.index)
                            .arg(hex::encode(row.right), hex::encode(row.left));
    }
    return failedOrPassed(problems, Tr::tr("%1 match").arg(which.join(u", "_s)));
}

Outcome compareBytes(const std::optional<QByteArray> &expected, const std::optional<QByteArray> &actual)
{
    if (!expected)
        return { Status::Skipped, Tr::tr("nothing expected") };
    if (!actual)
        return { Status::Failed, Tr::tr("the document has none, expected %1").arg(hex::encode(*expected)) };
    if (*actual != *expected)
        return { Status::Failed,
            Tr::tr("is %1, expected %2").arg(hex::encode(*actual), hex::encode(*expected)) };
    return { Status::Passed, Tr::tr("matches (%1 bytes)").arg(actual->size()) };
}

Outcome checkNonce(Context &c)
{
    return compareBytes(c.expect.nonce, c.doc.nonce());
}

Outcome checkUserData(Context &c)
{
    return compareBytes(c.expect.userData, c.doc.userData());
}

Outcome checkPublicKey(Context &c)
{
    return compareBytes(c.expect.publicKey, c.doc.publicKey());
}

Outcome checkMaxAge(Context &c)
{
    if (!c.expect.maxAgeSeconds)
        return { Status::Skipped, Tr::tr("no maximum age given") };
    if (!c.time.isValid())
        return { Status::Failed, Tr::tr("no valid verification time") };
    const qint64 ageMs = c.time.toMSecsSinceEpoch() - qint64(c.doc.timestampMs());
    const qint64 maxSeconds = *c.expect.maxAgeSeconds;
    if (ageMs < -FutureSkewMs)
        return { Status::Failed,
            Tr::tr("timestamp is %1 s after the verification time %2").arg(-ageMs / 1000).arg(c.timeText) };
    if (maxSeconds < 0 || ageMs > maxSeconds * 1000)
        return {
            Status::Failed,
            Tr::tr("%1 s old at %2, at most %3 s allowed").arg(ageMs / 1000).arg(c.timeText).arg(maxSeconds)
        };
    return { Status::Passed,
        Tr::tr("%1 s old at %2 (at most %3 s)")
            .arg(qMax<qint64>(ageMs, 0) / 1000)
            .arg(c.timeText)
            .arg(maxSeconds) };
}

// The checks in the order they run and are reported. Mandatory ones prove the document genuine:
// each must run and pass (or warn) for the verdict to be valid (fail closed).
struct CheckRow {
    const char *id;
    const char *title;
    Outcome (*run)(Context &);
    bool mandatory;
};

constexpr CheckRow Checks[] = {
    { "cose", QT_TRANSLATE_NOOP("AttestationVerifier", "COSE_Sign1 structure"), checkCose, true },
    { "alg", QT_TRANSLATE_NOOP("AttestationVerifier", "Protected header {1: -35} (ES384)"), checkAlgorithm,
        true },
    { "schema", QT_TRANSLATE_NOOP("AttestationVerifier", "Payload fields"), checkSchema, true },
    { "kind", QT_TRANSLATE_NOOP("AttestationVerifier", "Nitro Enclaves document"), checkKind, true },
    { "root", QT_TRANSLATE_NOOP("AttestationVerifier", "Root certificate pinned"), checkRoot, true },
    { "bundle-order", QT_TRANSLATE_NOOP("AttestationVerifier", "CA bundle order"), checkBundleOrder, true },
    { "leaf-profile", QT_TRANSLATE_NOOP("AttestationVerifier", "Leaf certificate profile"), checkLeafProfile,
        true },
    { "validity", QT_TRANSLATE_NOOP("AttestationVerifier", "Certificates valid at verification time"),
        checkValidity, true },
    { "chain", QT_TRANSLATE_NOOP("AttestationVerifier", "Certificate chain to the root"), checkChain, true },
    { "signature", QT_TRANSLATE_NOOP("AttestationVerifier", "ES384 signature by the leaf key"),
        checkSignature, true },
    { "timestamp", QT_TRANSLATE_NOOP("AttestationVerifier", "Timestamp within the leaf's validity"),
        checkTimestamp, true },
    { "debug-mode", QT_TRANSLATE_NOOP("AttestationVerifier", "Production (non-debug) enclave"),
        checkDebugMode, true },
    { "pcrs", QT_TRANSLATE_NOOP("AttestationVerifier", "Expected PCR values"), checkPcrs, false },
    { "nonce", QT_TRANSLATE_NOOP("AttestationVerifier", "Expected nonce"), checkNonce, false },
    { "user-data", QT_TRANSLATE_NOOP("AttestationVerifier", "Expected user_data"), checkUserData, false },
    { "public-key", QT_TRANSLATE_NOOP("AttestationVerifier", "Expected public_key"), checkPublicKey, false },
    { "max-age", QT_TRANSLATE_NOOP("AttestationVerifier", "Document age"), checkMaxAge, false },
};

QDateTime verificationTime(const AttestationTime &time, const AttestationDocument &doc)
{
    // Second precision: that is what OpenSSL compares certificates with.
    switch (time.mode) {
    case AttestationTime::Mode::Now:
        return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    case AttestationTime::Mode::Document:
        return QDateTime::fromSecsSinceEpoch(qint64(doc.timestampMs() / 1000), Qt::UTC);
    case AttestationTime::Mode::Explicit:
        return time.explicitTime.isValid()
            ? QDateTime::fromSecsSinceEpoch(time.explicitTime.toSecsSinceEpoch(), Qt::UTC)
            : QDateTime();
    }
    return {};
}

} // namespace

QString AttestationCheck::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return u"passed"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Skipped:
        return u"skipped"_s;
    case Status::Warning:
        return u"warning"_s;
    }
    return u"failed"_s;
}

QString AttestationTime::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Now:
        return u"now"_s;
    case Mode::Document:
        return u"doc"_s;
    case Mode::Explicit:
        return u"explicit"_s;
    }
    return u"now"_s;
}

const AttestationCheck *AttestationVerification::check(const QString &id) const
{
    for (const AttestationCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString AttestationVerification::firstFailure() const
{
    for (const AttestationCheck &c : checks) {
        if (c.status == AttestationCheck::Status::Failed)
            return c.title + u": "_s + c.reason;
    }
    return valid ? QString() : Tr::tr("verification incomplete");
}

X509Certificate AttestationVerifier::awsNitroRoot()
{
    static const X509Certificate root = [] {
        auto c = X509Certificate::fromPem(QByteArray(AwsNitroRootPem));
        // Pinned by content: a root that is not byte-for-byte Root-G1 is no root at all.
        if (!c || c->fingerprintSha256() != QByteArray::fromHex(AwsNitroRootSha256))
            return X509Certificate();
        return *c;
    }();
    return root;
}

QByteArray AttestationVerifier::awsNitroRootFingerprintSha256()
{
    return QByteArray::fromHex(AwsNitroRootSha256);
}

AttestationVerifier::AttestationVerifier()
    : m_root(awsNitroRoot())
    , m_builtIn(true)
{
}

AttestationVerifier::AttestationVerifier(const X509Certificate &root)
    : m_root(root)
    , m_builtIn(false)
{
}

AttestationVerification AttestationVerifier::verify(
    const AttestationDocument &doc, const AttestationTime &time, const AttestationExpectations &expect) const
{
    AttestationVerification r;
    r.timeMode = time.mode;
    r.builtInRoot = m_builtIn;
    if (m_root.isValid()) {
        r.rootSubject = m_root.subject();
        r.rootFingerprintSha256 = m_root.fingerprintSha256();
    }
    if (!doc.isValid()) {
        r.checks.append(
            { u"cose"_s, Tr::tr(Checks[0].title), Status::Failed, Tr::tr("no document was parsed") });
        return r;
    }

    r.verificationTime = verificationTime(time, doc);
    r.debugMode = doc.isDebugMode();
    Context context { doc, expect, m_root, m_builtIn };
    context.leaf = doc.certificate();
    context.bundle = doc.cabundle();
    context.bundleDer = doc.cabundleDer();
    context.time = r.verificationTime;
    context.timeText = r.verificationTime.isValid()
        ? u"%1 (%2)"_s.arg(iso(r.verificationTime), AttestationTime::modeName(time.mode))
        : Tr::tr("(invalid time)");

    bool valid = true;
    for (const CheckRow &row : Checks) {
        const Outcome outcome = row.run(context);
        r.checks.append({ QString::fromLatin1(row.id), Tr::tr(row.title), outcome.status, outcome.reason });
        if (outcome.status == Status::Failed || (row.mandatory && outcome.status == Status::Skipped))
            valid = false;
    }
    r.valid = valid;

    r.warnings = context.warnings;
    if (time.mode != AttestationTime::Mode::Now && !expect.nonce && !expect.maxAgeSeconds)
        r.warnings << Tr::tr("verified at %1: this shows the document was genuine then, not that it is fresh "
                             "(expect a nonce or a maximum age for that)")
                          .arg(context.timeText);
    r.warnings += doc.warnings();
    return r;
}

} // namespace enclave

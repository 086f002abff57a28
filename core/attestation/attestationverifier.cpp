#include "attestation/attestationverifier.h"

#include <openssl/x509v3.h>

#include <QTimeZone>

#include "attestation/attestationdocument.h"
#include "common/hex.h"
#include "crypto/opensslptr.h"

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

X509 *x509(const X509Certificate &c)
{
    return static_cast<X509 *>(c.nativeHandle());
}

QString nameOf(const X509_NAME *name)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return u"(unprintable name)"_s;
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, n);
}

// Name comparison as OpenSSL's chain building does it (canonical form), not by display string.
bool issuedBy(const X509Certificate &subject, const X509Certificate &issuer)
{
    X509 *s = x509(subject);
    X509 *i = x509(issuer);
    return s && i && X509_NAME_cmp(X509_get_issuer_name(s), X509_get_subject_name(i)) == 0;
}

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

class CheckList
{
public:
    void add(const QString &id, const QString &title, Status status, const QString &reason)
    {
        m_checks.append({id, title, status, reason});
    }
    QList<AttestationCheck> take() { return std::move(m_checks); }

private:
    QList<AttestationCheck> m_checks;
};

} // namespace

QString AttestationCheck::statusName(Status status)
{
    switch (status) {
    case Status::Passed: return u"passed"_s;
    case Status::Failed: return u"failed"_s;
    case Status::Skipped: return u"skipped"_s;
    case Status::Warning: return u"warning"_s;
    }
    return u"failed"_s;
}

QString AttestationTime::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Now: return u"now"_s;
    case Mode::Document: return u"doc"_s;
    case Mode::Explicit: return u"explicit"_s;
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
    return valid ? QString() : u"verification incomplete"_s;
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

AttestationVerifier::AttestationVerifier() : m_root(awsNitroRoot()), m_builtIn(true) { }

AttestationVerifier::AttestationVerifier(const X509Certificate &root) : m_root(root), m_builtIn(false) { }

AttestationVerification AttestationVerifier::verify(const AttestationDocument &doc, const AttestationTime &time,
                                                    const AttestationExpectations &expect) const
{
    AttestationVerification r;
    CheckList checks;
    r.timeMode = time.mode;
    r.builtInRoot = m_builtIn;
    if (m_root.isValid()) {
        r.rootSubject = m_root.subject();
        r.rootFingerprintSha256 = m_root.fingerprintSha256();
    }

    if (!doc.isValid()) {
        checks.add(u"cose"_s, u"COSE_Sign1 structure"_s, Status::Failed, u"no document was parsed"_s);
        r.checks = checks.take();
        return r;
    }

    // Verification time, at second precision: that is what OpenSSL compares certificates with.
    switch (time.mode) {
    case AttestationTime::Mode::Now:
        r.verificationTime = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        break;
    case AttestationTime::Mode::Document:
        r.verificationTime = QDateTime::fromSecsSinceEpoch(qint64(doc.timestampMs() / 1000), Qt::UTC);
        break;
    case AttestationTime::Mode::Explicit:
        r.verificationTime = time.explicitTime.isValid()
            ? QDateTime::fromSecsSinceEpoch(time.explicitTime.toSecsSinceEpoch(), Qt::UTC)
            : QDateTime();
        break;
    }
    const QString timeText = r.verificationTime.isValid()
        ? u"%1 (%2)"_s.arg(iso(r.verificationTime), AttestationTime::modeName(time.mode))
        : u"(invalid time)"_s;

    const X509Certificate leaf = doc.certificate();
    const QList<X509Certificate> bundle = doc.cabundle();
    const QList<QByteArray> bundleDer = doc.cabundleDer();

    // 1-2. Structure and algorithm: AttestationDocument::parse refuses anything else, so a
    // document object existing is the proof.
    checks.add(u"cose"_s, u"COSE_Sign1 structure"_s, Status::Passed,
               u"%1 array of 4, exact protected/payload bytes kept, 96-byte signature, no trailing bytes"_s.arg(
                   doc.isTagged() ? u"tag 18,"_s : u"untagged"_s));
    checks.add(u"alg"_s, u"Protected header {1: -35} (ES384)"_s, Status::Passed,
               u"protected header bytes a1013822"_s);

    // 3. Payload schema.
    {
        const QStringList unknown = doc.unknownKeys();
        QString reason = u"%1 fields; module_id, digest SHA384, timestamp, %2 PCRs, certificate, %3 CA certificates"_s
                             .arg(doc.keyOrder().size())
                             .arg(doc.pcrs().size())
                             .arg(bundle.size());
        if (unknown.isEmpty())
            checks.add(u"schema"_s, u"Payload fields"_s, Status::Passed, reason);
        else if (expect.allowUnknownKeys)
            checks.add(u"schema"_s, u"Payload fields"_s, Status::Warning,
                       u"unknown keys accepted by request: %1"_s.arg(unknown.join(u", "_s)));
        else
            checks.add(u"schema"_s, u"Payload fields"_s, Status::Failed,
                       u"keys outside AWS's closed list: %1"_s.arg(unknown.join(u", "_s)));
    }

    // 4. Kind.
    if (doc.kind() == AttestationDocument::Kind::NitroTpm)
        checks.add(u"kind"_s, u"Nitro Enclaves document"_s, expect.allowNitroTpm ? Status::Warning : Status::Failed,
                   u"this is a NitroTPM attestation (nitrotpm_pcrs), not a Nitro Enclaves attestation"_s);
    else
        checks.add(u"kind"_s, u"Nitro Enclaves document"_s, Status::Passed, u"payload has 'pcrs'"_s);

    // 5. Root pinned: cabundle[0] must be the trusted root itself, never an anchor of its own.
    if (!m_root.isValid()) {
        checks.add(u"root"_s, u"Root certificate pinned"_s, Status::Failed,
                   u"no usable trusted root (the built-in root failed its fingerprint pin)"_s);
    } else if (bundleDer.isEmpty() || bundleDer.first() != m_root.der()) {
        checks.add(u"root"_s, u"Root certificate pinned"_s, Status::Failed,
                   u"cabundle[0] (%1, SHA-256 %2) is not the trusted root (%3, SHA-256 %4)"_s.arg(
                       bundle.isEmpty() ? u"absent"_s : bundle.first().subject(),
                       bundle.isEmpty() ? u"-"_s : hex::encode(bundle.first().fingerprintSha256()),
                       m_root.subject(), hex::encode(m_root.fingerprintSha256())));
    } else {
        checks.add(u"root"_s, u"Root certificate pinned"_s, Status::Passed,
                   u"cabundle[0] is byte-identical to %1 root %2 (SHA-256 %3)"_s.arg(
                       m_builtIn ? u"the built-in"_s : u"the given"_s, m_root.subject(),
                       hex::encode(m_root.fingerprintSha256())));
    }

    // 6. Bundle order: root first, each certificate issued by the one before, leaf by the last.
    {
        QStringList problems;
        if (!bundle.isEmpty() && !bundle.first().isSelfIssued())
            problems << u"cabundle[0] is not self-issued"_s;
        for (int i = 1; i < bundle.size(); ++i) {
            if (!issuedBy(bundle[i], bundle[i - 1]))
                problems << u"cabundle[%1] is issued by '%2', not by cabundle[%3] '%4'"_s.arg(i)
                                .arg(bundle[i].issuer())
                                .arg(i - 1)
                                .arg(bundle[i - 1].subject());
            if (!bundle[i].isCa())
                problems << u"cabundle[%1] is not a CA"_s.arg(i);
            for (int j = 0; j < i; ++j) {
                if (bundleDer[i] == bundleDer[j])
                    problems << u"cabundle[%1] duplicates cabundle[%2]"_s.arg(i).arg(j);
            }
        }
        if (!bundle.isEmpty() && !issuedBy(leaf, bundle.last()))
            problems << u"the leaf is issued by '%1', not by the last cabundle entry '%2'"_s.arg(
                leaf.issuer(), bundle.last().subject());
        if (bundleDer.contains(doc.certificateDer()))
            problems << u"the leaf certificate is also in cabundle"_s;
        if (problems.isEmpty())
            checks.add(u"bundle-order"_s, u"CA bundle order"_s, Status::Passed,
                       u"root -> %1 intermediate(s) -> leaf, each issued by the previous"_s.arg(bundle.size() - 1));
        else
            checks.add(u"bundle-order"_s, u"CA bundle order"_s, Status::Failed, problems.join(u"; "_s));
    }

    // 7. Leaf profile.
    {
        QStringList problems;
        if (leaf.publicKeyType() != u"EC" || leaf.curveName() != u"secp384r1")
            problems << u"key is %1 %2, must be EC secp384r1"_s.arg(leaf.publicKeyType(), leaf.curveName());
        if (leaf.signatureAlgorithm() != u"ecdsa-with-SHA384")
            problems << u"signed with %1, must be ecdsa-with-SHA384"_s.arg(leaf.signatureAlgorithm());
        X509 *lx = x509(leaf);
        // basicConstraints CA:TRUE itself, not X509_check_ca(): that also needs keyCertSign.
        if (leaf.isCa() || (lx && (X509_get_extension_flags(lx) & EXFLAG_CA)))
            problems << u"leaf has basicConstraints CA:TRUE"_s;
        const uint32_t ku = lx ? X509_get_key_usage(lx) : 0;
        if (ku == UINT32_MAX || !(ku & KU_DIGITAL_SIGNATURE))
            problems << u"key usage lacks digitalSignature"_s;
        if (problems.isEmpty())
            checks.add(u"leaf-profile"_s, u"Leaf certificate profile"_s, Status::Passed,
                       u"EC secp384r1, ecdsa-with-SHA384, CA:FALSE, digitalSignature"_s);
        else
            checks.add(u"leaf-profile"_s, u"Leaf certificate profile"_s, Status::Failed, problems.join(u"; "_s));
    }

    // 8. Validity of every certificate at the verification time (OpenSSL checks it too; this
    // names the culprit in words).
    if (!r.verificationTime.isValid()) {
        checks.add(u"validity"_s, u"Certificates valid at verification time"_s, Status::Failed,
                   u"no valid verification time"_s);
    } else {
        QStringList problems;
        auto test = [&](const QString &what, const X509Certificate &c) {
            if (r.verificationTime < c.notBefore())
                problems << u"%1 not valid before %2"_s.arg(what, iso(c.notBefore()));
            else if (!validAt(c, r.verificationTime))
                problems << u"%1 expired at %2"_s.arg(what, iso(c.notAfter()));
        };
        test(u"leaf"_s, leaf);
        for (int i = bundle.size() - 1; i >= 0; --i)
            test(u"cabundle[%1]"_s.arg(i), bundle[i]);
        if (problems.isEmpty())
            checks.add(u"validity"_s, u"Certificates valid at verification time"_s, Status::Passed,
                       u"all %1 certificates valid at %2; leaf valid until %3"_s.arg(bundle.size() + 1)
                           .arg(timeText, iso(leaf.notAfter())));
        else
            checks.add(u"validity"_s, u"Certificates valid at verification time"_s, Status::Failed,
                       u"at %1: %2"_s.arg(timeText, problems.join(u"; "_s)));
    }

    // 9. Chain: OpenSSL path validation from the leaf to the trusted root only, through
    // cabundle[1..]; non-strict (real chains lack key identifiers), no partial chains, no CRLs.
    if (!m_root.isValid() || !r.verificationTime.isValid()) {
        checks.add(u"chain"_s, u"Certificate chain to the root"_s, Status::Failed,
                   u"no trusted root or verification time"_s);
    } else {
        ossl::drainErrors();
        QString failure;
        ossl::X509StorePtr store(X509_STORE_new());
        ossl::X509StackPtr untrusted(sk_X509_new_null());
        ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        if (!store || !untrusted || !ctx || X509_STORE_add_cert(store.get(), x509(m_root)) != 1) {
            failure = u"OpenSSL setup failed: %1"_s.arg(ossl::drainErrors());
        } else {
            for (int i = 1; i < bundle.size() && failure.isEmpty(); ++i) {
                X509 *x = x509(bundle[i]);
                if (X509_up_ref(x) != 1 || sk_X509_push(untrusted.get(), x) <= 0) {
                    failure = u"OpenSSL setup failed"_s;
                    X509_free(x);
                }
            }
            if (failure.isEmpty()
                && X509_STORE_CTX_init(ctx.get(), store.get(), x509(leaf), untrusted.get()) != 1)
                failure = u"OpenSSL setup failed: %1"_s.arg(ossl::drainErrors());
        }
        if (failure.isEmpty()) {
            X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
            X509_VERIFY_PARAM_clear_flags(param, X509_V_FLAG_X509_STRICT | X509_V_FLAG_PARTIAL_CHAIN
                                                     | X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
            X509_VERIFY_PARAM_set_time(param, time_t(r.verificationTime.toSecsSinceEpoch()));
            X509_VERIFY_PARAM_set_depth(param, 32);
            const int ok = X509_verify_cert(ctx.get());
            if (ok != 1) {
                const int err = X509_STORE_CTX_get_error(ctx.get());
                const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
                X509 *at = X509_STORE_CTX_get_current_cert(ctx.get());
                failure = u"OpenSSL: %1 (error %2) at depth %3%4"_s.arg(
                    QString::fromUtf8(X509_verify_cert_error_string(err)))
                              .arg(err)
                              .arg(depth)
                              .arg(at ? u" ("_s + nameOf(X509_get_subject_name(at)) + u")"_s : QString());
            } else {
                // The path OpenSSL found must be exactly leaf, cabundle[n-1], ..., cabundle[1], root.
                STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
                const int n = chain ? sk_X509_num(chain) : 0;
                bool same = n == bundle.size() + 1;
                for (int i = 0; same && i < n; ++i) {
                    X509 *expected = i == 0 ? x509(leaf) : (i == n - 1 ? x509(m_root) : x509(bundle[n - 1 - i]));
                    same = X509_cmp(sk_X509_value(chain, i), expected) == 0;
                }
                if (!same)
                    failure = u"OpenSSL built a %1-certificate path that is not leaf + cabundle"_s.arg(n);
            }
            ossl::drainErrors();
        }
        if (failure.isEmpty())
            checks.add(u"chain"_s, u"Certificate chain to the root"_s, Status::Passed,
                       u"leaf -> %1 intermediate(s) -> root verified at %2"_s.arg(bundle.size() - 1).arg(timeText));
        else
            checks.add(u"chain"_s, u"Certificate chain to the root"_s, Status::Failed,
                       u"at %1: %2"_s.arg(timeText, failure));
    }

    // 10. COSE signature with the leaf key.
    {
        const auto sig = doc.verifySignature(leaf);
        if (sig)
            checks.add(u"signature"_s, u"ES384 signature by the leaf key"_s, Status::Passed,
                       u"ECDSA P-384/SHA-384 over Sig_structure (%1 bytes) verifies"_s.arg(doc.sigStructure().size()));
        else
            checks.add(u"signature"_s, u"ES384 signature by the leaf key"_s, Status::Failed, sig.error().message);
    }

    // 11. The signed timestamp must fall inside the leaf's lifetime (the NSM signs with a live key).
    {
        const QDateTime ts = doc.timestamp();
        // notBefore has second precision and may equal the timestamp's second.
        const QDateTime tsFloor = QDateTime::fromSecsSinceEpoch(qint64(doc.timestampMs() / 1000), Qt::UTC);
        if (validAt(leaf, tsFloor))
            checks.add(u"timestamp"_s, u"Timestamp within the leaf's validity"_s, Status::Passed,
                       u"%1 in [%2, %3)"_s.arg(ts.toString(Qt::ISODateWithMs), iso(leaf.notBefore()),
                                                iso(leaf.notAfter())));
        else
            checks.add(u"timestamp"_s, u"Timestamp within the leaf's validity"_s, Status::Failed,
                       u"%1 is outside the leaf's validity [%2, %3)"_s.arg(ts.toString(Qt::ISODateWithMs),
                                                                          iso(leaf.notBefore()), iso(leaf.notAfter())));
    }

    // 12. Debug mode.
    r.debugMode = doc.isDebugMode();
    if (r.debugMode) {
        const QString reason = u"DEBUG MODE: PCR0, PCR1 and PCR2 are all zero. The enclave was started with "
                               u"--debug-mode: the parent can read its console and its measurements prove "
                               u"nothing about the code it runs."_s;
        checks.add(u"debug-mode"_s, u"Production (non-debug) enclave"_s,
                   expect.rejectDebugMode ? Status::Failed : Status::Warning, reason);
        r.warnings << reason;
    } else {
        checks.add(u"debug-mode"_s, u"Production (non-debug) enclave"_s, Status::Passed,
                   u"PCR0/1/2 are not all zero"_s);
    }

    // 13. The caller's expectations.
    if (expect.pcrs.isEmpty()) {
        checks.add(u"pcrs"_s, u"Expected PCR values"_s, Status::Skipped, u"no PCR values expected"_s);
    } else {
        QStringList problems;
        for (auto it = expect.pcrs.cbegin(); it != expect.pcrs.cend(); ++it) {
            const auto v = doc.pcr(it.key());
            if (!v)
                problems << u"PCR%1 absent"_s.arg(it.key());
            else if (*v != it.value())
                problems << u"PCR%1 is %2, expected %3"_s.arg(it.key()).arg(hex::encode(*v), hex::encode(it.value()));
        }
        QStringList which;
        for (int k : expect.pcrs.keys())
            which << u"PCR%1"_s.arg(k);
        if (problems.isEmpty())
            checks.add(u"pcrs"_s, u"Expected PCR values"_s, Status::Passed, which.join(u", "_s) + u" match"_s);
        else
            checks.add(u"pcrs"_s, u"Expected PCR values"_s, Status::Failed, problems.join(u"; "_s));
    }
    auto compareField = [&](const QString &id, const QString &title, const std::optional<QByteArray> &expected,
                            const std::optional<QByteArray> &actual) {
        if (!expected)
            checks.add(id, title, Status::Skipped, u"nothing expected"_s);
        else if (!actual)
            checks.add(id, title, Status::Failed, u"the document has none, expected %1"_s.arg(hex::encode(*expected)));
        else if (*actual != *expected)
            checks.add(id, title, Status::Failed,
                       u"is %1, expected %2"_s.arg(hex::encode(*actual), hex::encode(*expected)));
        else
            checks.add(id, title, Status::Passed, u"matches (%1 bytes)"_s.arg(actual->size()));
    };
    compareField(u"nonce"_s, u"Expected nonce"_s, expect.nonce, doc.nonce());
    compareField(u"user-data"_s, u"Expected user_data"_s, expect.userData, doc.userData());
    compareField(u"public-key"_s, u"Expected public_key"_s, expect.publicKey, doc.publicKey());

    if (!expect.maxAgeSeconds) {
        checks.add(u"max-age"_s, u"Document age"_s, Status::Skipped, u"no maximum age given"_s);
    } else if (!r.verificationTime.isValid()) {
        checks.add(u"max-age"_s, u"Document age"_s, Status::Failed, u"no valid verification time"_s);
    } else {
        const qint64 ageMs = r.verificationTime.toMSecsSinceEpoch() - qint64(doc.timestampMs());
        const qint64 maxMs = *expect.maxAgeSeconds * 1000;
        if (ageMs < -FutureSkewMs)
            checks.add(u"max-age"_s, u"Document age"_s, Status::Failed,
                       u"timestamp is %1 s after the verification time %2"_s.arg(-ageMs / 1000).arg(timeText));
        else if (*expect.maxAgeSeconds < 0 || ageMs > maxMs)
            checks.add(u"max-age"_s, u"Document age"_s, Status::Failed,
                       u"%1 s old at %2, at most %3 s allowed"_s.arg(ageMs / 1000).arg(timeText).arg(*expect.maxAgeSeconds));
        else
            checks.add(u"max-age"_s, u"Document age"_s, Status::Passed,
                       u"%1 s old at %2 (at most %3 s)"_s.arg(qMax<qint64>(ageMs, 0) / 1000).arg(timeText)
                           .arg(*expect.maxAgeSeconds));
    }

    if (time.mode != AttestationTime::Mode::Now && !expect.nonce && !expect.maxAgeSeconds)
        r.warnings << u"verified at %1: this shows the document was genuine then, not that it is fresh "
                      u"(expect a nonce or a maximum age for that)"_s.arg(timeText);
    r.warnings += doc.warnings();
    r.checks = checks.take();

    // Fail closed: every genuineness check must have run and passed; no check may have failed.
    static const QStringList mandatory = {u"cose"_s,       u"alg"_s,      u"schema"_s, u"kind"_s,
                                          u"root"_s,       u"bundle-order"_s, u"leaf-profile"_s,
                                          u"validity"_s,   u"chain"_s,    u"signature"_s, u"timestamp"_s,
                                          u"debug-mode"_s};
    bool valid = true;
    for (const QString &id : mandatory) {
        const AttestationCheck *c = r.check(id);
        if (!c || (c->status != Status::Passed && c->status != Status::Warning))
            valid = false;
    }
    for (const AttestationCheck &c : std::as_const(r.checks)) {
        if (c.status == Status::Failed)
            valid = false;
    }
    r.valid = valid;
    return r;
}

} // namespace enclave

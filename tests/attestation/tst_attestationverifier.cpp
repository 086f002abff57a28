#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include "attestation/attestationdocument.h"
#include "attestation/attestationfixtures.h"
#include "attestation/attestationtestkit.h"
#include "attestation/attestationverifier.h"
#include "common/hex.h"
#include "crypto/x509certificate.h"

using namespace enclave;
using namespace enclave::testkit;
using namespace Qt::StringLiterals;

using Status = AttestationCheck::Status;

namespace {

const QString AwsRootSubject = u"C=US,O=Amazon,OU=AWS,CN=aws.nitro-enclaves"_s;

QString describe(const AttestationVerification &v)
{
    QStringList lines;
    for (const AttestationCheck &c : v.checks)
        lines << u"%1=%2 (%3)"_s.arg(c.id, AttestationCheck::statusName(c.status), c.reason);
    return lines.join(u"\n"_s);
}

Status statusOf(const AttestationVerification &v, const QString &id)
{
    const AttestationCheck *c = v.check(id);
    return c ? c->status : Status::Skipped;
}

// Flips one bit of `bytes` at `offset`.
QByteArray flipped(QByteArray bytes, qint64 offset, char mask = 0x01)
{
    bytes[offset] = char(bytes.at(offset) ^ mask);
    return bytes;
}

} // namespace

class TestAttestationVerifier final : public QObject {
    Q_OBJECT

    QJsonObject m_expected;
    QDateTime m_t; // the made-up PKI's "now"
    Pki m_pki;
    Pki m_fakeAws; // a P-384 root with Root-G1's exact subject

    QByteArray signedDoc(const DocSpec &spec, const Key *key = nullptr, bool tag18 = false) const
    {
        return signDocument(spec.payload(), key ? *key : m_pki.leafKey, QByteArray("\xa1\x01\x38\x22", 4), 48,
            "SHA384", tag18);
    }
    DocSpec standard() const { return DocSpec::standard(m_pki, quint64(m_t.toMSecsSinceEpoch())); }
    AttestationVerifier ownVerifier() const
    {
        return AttestationVerifier(*X509Certificate::fromDer(m_pki.root));
    }

    // Parses and verifies with our own root at the PKI's time; a parse failure counts as rejection.
    std::optional<AttestationVerification> verifyOwn(
        const QByteArray &doc, const AttestationExpectations &e = {}) const
    {
        const auto parsed = AttestationDocument::parse(doc);
        if (!parsed)
            return std::nullopt;
        return ownVerifier().verify(*parsed, AttestationTime::at(m_t), e);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_expected = expectedValues();
        m_t = QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);
        m_pki = Pki::make(m_t);
        m_fakeAws = Pki::make(m_t, AwsRootSubject);
    }

    // The built-in root is Root-G1 byte for byte: the fingerprint from the fixtures README.
    void builtInRoot()
    {
        const X509Certificate root = AttestationVerifier::awsNitroRoot();
        QVERIFY(root.isValid());
        const QByteArray readme = QByteArray::fromHex(
            "64:1A:03:21:A3:E2:44:EF:E4:56:46:31:95:D6:06:31:7E:D7:CD:CC:3C:17:56:E0:98:93:F3:C6:8F:79:BB:5B"_ba
                .replace(':', ""));
        QCOMPARE(root.fingerprintSha256(), readme);
        QCOMPARE(AttestationVerifier::awsNitroRootFingerprintSha256(), readme);
        const auto fixture = X509Certificate::fromPem(readAttestationFile(u"aws-nitro-root-g1.pem"_s));
        QVERIFY(fixture);
        QCOMPARE(root.der(), fixture->der());
        QCOMPARE(root.subject(), u"CN=aws.nitro-enclaves,OU=AWS,O=Amazon,C=US"_s);
        QCOMPARE(root.serialHex().toLower().remove(u':'), u"f93175681b90afe11d46ccb4e4e7f856"_s);
        AttestationVerifier v;
        QVERIFY(v.usesBuiltInRoot());
        QCOMPARE(v.root().der(), root.der());
    }

    void realDocument_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : realDocuments())
            QTest::newRow(qPrintable(f)) << f;
        QTest::newRow("tagged 18") << u"sparsity2-tagged18-VALID.cbor"_s;
    }
    void realDocument()
    {
        QFETCH(QString, file);
        const auto doc = AttestationDocument::parse(readAttestationFile(file));
        QVERIFY(doc);
        const AttestationVerifier verifier;

        // At the document's own time: genuine.
        const AttestationVerification atDoc = verifier.verify(*doc, AttestationTime::document());
        QVERIFY2(atDoc.valid, qPrintable(describe(atDoc)));
        QCOMPARE(atDoc.timeMode, AttestationTime::Mode::Document);
        QCOMPARE(atDoc.verificationTime.toSecsSinceEpoch(), qint64(doc->timestampMs() / 1000));
        for (const char *id : { "cose", "alg", "schema", "kind", "root", "bundle-order", "leaf-profile",
                 "validity", "chain", "signature", "timestamp" })
            QVERIFY2(statusOf(atDoc, QLatin1StringView(id)) == Status::Passed, id);
        for (const char *id : { "pcrs", "nonce", "user-data", "public-key", "max-age" })
            QCOMPARE(statusOf(atDoc, QLatin1StringView(id)), Status::Skipped);
        QVERIFY(atDoc.firstFailure().isEmpty());
        const QJsonObject e
            = m_expected
                  .value(file.startsWith(u"sparsity2-tagged18") ? u"sparsity-attestation2-2023-09-28.cbor"_s
                                                                : file)
                  .toObject();
        QCOMPARE(atDoc.debugMode, e[u"debug_mode"_s].toBool());
        QCOMPARE(statusOf(atDoc, u"debug-mode"_s), atDoc.debugMode ? Status::Warning : Status::Passed);
        QCOMPARE(atDoc.warnings.join(u' ').contains(u"DEBUG MODE"_s), atDoc.debugMode);
        QVERIFY(atDoc.warnings.join(u' ').contains(u"not that it is fresh"_s));

        // Now: every chain has long expired, and the reason says so.
        const AttestationVerification now = verifier.verify(*doc);
        QVERIFY(!now.valid);
        QCOMPARE(now.timeMode, AttestationTime::Mode::Now);
        QVERIFY(qAbs(now.verificationTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(statusOf(now, u"validity"_s), Status::Failed);
        QVERIFY2(now.check(u"validity"_s)->reason.contains(u"leaf expired at"_s), qPrintable(describe(now)));
        QCOMPARE(statusOf(now, u"chain"_s), Status::Failed);
        QVERIFY(now.check(u"chain"_s)->reason.contains(u"expired"_s));
        QCOMPARE(statusOf(now, u"signature"_s), Status::Passed); // genuine, just stale
        QVERIFY(now.firstFailure().contains(u"expired"_s));
        QVERIFY(!now.warnings.join(u' ').contains(u"fresh"_s));

        // All PCRs from expected.json as expectations: they match; one changed bit does not.
        AttestationExpectations expect;
        const QJsonObject pcrs = e[u"pcrs"_s].toObject();
        for (auto it = pcrs.begin(); it != pcrs.end(); ++it)
            expect.pcrs.insert(it.key().toInt(), QByteArray::fromHex(it.value().toString().toLatin1()));
        const auto withPcrs = verifier.verify(*doc, AttestationTime::document(), expect);
        QVERIFY2(withPcrs.valid, qPrintable(describe(withPcrs)));
        QCOMPARE(statusOf(withPcrs, u"pcrs"_s), Status::Passed);
        expect.pcrs.insert(0, flipped(expect.pcrs.value(0), 47));
        const auto badPcr = verifier.verify(*doc, AttestationTime::document(), expect);
        QVERIFY(!badPcr.valid);
        QCOMPARE(statusOf(badPcr, u"pcrs"_s), Status::Failed);
        QVERIFY(badPcr.check(u"pcrs"_s)->reason.startsWith(u"PCR0 is"_s));

        // Debug documents can be made to fail.
        AttestationExpectations strict;
        strict.rejectDebugMode = true;
        QCOMPARE(verifier.verify(*doc, AttestationTime::document(), strict).valid, !atDoc.debugMode);

        // A replaced root that is not Root-G1 rejects every real document.
        const AttestationVerifier other(*X509Certificate::fromDer(m_fakeAws.root));
        const auto foreign = other.verify(*doc, AttestationTime::document());
        QVERIFY(!foreign.valid);
        QVERIFY(!foreign.builtInRoot);
        QCOMPARE(statusOf(foreign, u"root"_s), Status::Failed);
        QCOMPARE(statusOf(foreign, u"chain"_s), Status::Failed);
    }

    // Explicit times around the leaf's 3-hour life.
    void explicitTime_data()
    {
        QTest::addColumn<qint64>("deltaSeconds");
        QTest::addColumn<bool>("valid");
        QTest::newRow("at the timestamp") << qint64(0) << true;
        QTest::newRow("+10 min") << qint64(600) << true;
        QTest::newRow("+2 h") << qint64(7200) << true;
        QTest::newRow("+4 h (leaf expired)") << qint64(4 * 3600) << false;
        QTest::newRow("-1 day (not yet valid)") << qint64(-86400) << false;
        QTest::newRow("+30 days") << qint64(30 * 86400) << false;
    }
    void explicitTime()
    {
        QFETCH(qint64, deltaSeconds);
        QFETCH(bool, valid);
        const auto doc = AttestationDocument::parse(
            readAttestationFile(u"base-nitrovalidator-indefmap-2026-01-03.cbor"_s));
        QVERIFY(doc);
        const QDateTime t = doc->timestamp().addSecs(deltaSeconds);
        const auto r = AttestationVerifier().verify(*doc, AttestationTime::at(t));
        QCOMPARE(r.valid, valid);
        QCOMPARE(r.timeMode, AttestationTime::Mode::Explicit);
        QCOMPARE(statusOf(r, u"chain"_s), valid ? Status::Passed : Status::Failed);
        if (!valid)
            QVERIFY(r.check(u"validity"_s)
                        ->reason.contains(deltaSeconds < 0 ? u"not valid before"_s : u"expired"_s));
    }

    // No usable time, no pass.
    void invalidTime()
    {
        const auto doc
            = AttestationDocument::parse(readAttestationFile(u"sparsity-attestation2-2023-09-28.cbor"_s));
        QVERIFY(doc);
        AttestationExpectations e;
        e.maxAgeSeconds = 60;
        const auto r = AttestationVerifier().verify(*doc, AttestationTime::at(QDateTime()), e);
        QVERIFY(!r.valid);
        QCOMPARE(statusOf(r, u"validity"_s), Status::Failed);
        QCOMPARE(statusOf(r, u"chain"_s), Status::Failed);
        QCOMPARE(statusOf(r, u"max-age"_s), Status::Failed);
        QVERIFY(!AttestationVerifier().verify(AttestationDocument()).valid);
    }

    void derivedNegatives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("failedCheck");
        QTest::newRow("bad signature") << u"sparsity2-badsig-INVALID.cbor"_s << u"signature"_s;
        QTest::newRow("tampered PCR0") << u"sparsity2-tampered-pcr0-INVALID.cbor"_s << u"signature"_s;
    }
    void derivedNegatives()
    {
        QFETCH(QString, file);
        QFETCH(QString, failedCheck);
        const auto doc = AttestationDocument::parse(readAttestationFile(file));
        QVERIFY(doc);
        const auto r = AttestationVerifier().verify(*doc, AttestationTime::document());
        QVERIFY(!r.valid);
        QCOMPARE(statusOf(r, failedCheck), Status::Failed);
        QVERIFY(r.check(failedCheck)->reason.contains(u"does not verify"_s));
        // Everything else about it is genuine: only the signature gives it away.
        QCOMPARE(statusOf(r, u"chain"_s), Status::Passed);
        QCOMPARE(statusOf(r, u"root"_s), Status::Passed);
    }

    void expectations()
    {
        const auto doc = AttestationDocument::parse(
            readAttestationFile(u"sparsity-attestation1-debug-2024-08-16.cbor"_s));
        QVERIFY(doc);
        const AttestationVerifier v;
        const auto at = AttestationTime::document();
        auto run = [&](auto tweak) {
            AttestationExpectations e;
            tweak(e);
            return v.verify(*doc, at, e);
        };
        // nonce "1234", user_data "Automata MPC Demo", public_key "PublicKey(...)"
        QVERIFY(run([](auto &e) { e.nonce = "1234"_ba; }).valid);
        QVERIFY(!run([](auto &e) { e.nonce = "1234"_ba; }).warnings.join(u' ').contains(u"fresh"_s));
        QCOMPARE(statusOf(run([](auto &e) { e.nonce = "1235"_ba; }), u"nonce"_s), Status::Failed);
        QCOMPARE(statusOf(run([](auto &e) { e.nonce = QByteArray(); }), u"nonce"_s), Status::Failed);
        QVERIFY(run([](auto &e) { e.userData = "Automata MPC Demo"_ba; }).valid);
        QVERIFY(!run([](auto &e) { e.userData = "Automata MPC demo"_ba; }).valid);
        QVERIFY(run([&](auto &e) { e.publicKey = *doc->publicKey(); }).valid);
        QVERIFY(!run([&](auto &e) { e.publicKey = doc->publicKey()->chopped(1); }).valid);
        QVERIFY(!run([](auto &e) { e.pcrs.insert(20, QByteArray(48, '\0')); }).valid);
        QVERIFY(run([](auto &e) { e.pcrs.insert(0, QByteArray(48, '\0')); }).valid); // debug: PCR0 is zero
        QVERIFY(run([](auto &e) { e.maxAgeSeconds = 0; }).valid); // age 0 at doc time

        // A document without a nonce fails a nonce expectation.
        const auto noNonce = AttestationDocument::parse(
            readAttestationFile(u"base-nitrovalidator-indefmap-2026-01-03.cbor"_s));
        AttestationExpectations e;
        e.nonce = "x"_ba;
        const auto r = v.verify(*noNonce, at, e);
        QCOMPARE(statusOf(r, u"nonce"_s), Status::Failed);
        QVERIFY(r.check(u"nonce"_s)->reason.contains(u"has none"_s));
    }

    void maxAge_data()
    {
        QTest::addColumn<qint64>("verifyAfterSeconds");
        QTest::addColumn<qint64>("maxAge");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fresh") << qint64(30) << qint64(60) << true;
        QTest::newRow("stale") << qint64(120) << qint64(60) << false;
        QTest::newRow("from the future") << qint64(-1800) << qint64(60) << false;
        QTest::newRow("within skew") << qint64(-60) << qint64(60) << true;
    }
    void maxAge()
    {
        QFETCH(qint64, verifyAfterSeconds);
        QFETCH(qint64, maxAge);
        QFETCH(bool, valid);
        const auto doc = AttestationDocument::parse(signedDoc(standard()));
        QVERIFY(doc);
        AttestationExpectations e;
        e.maxAgeSeconds = maxAge;
        const auto r = ownVerifier().verify(*doc, AttestationTime::at(m_t.addSecs(verifyAfterSeconds)), e);
        QVERIFY2(r.valid == valid, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, u"max-age"_s), valid ? Status::Passed : Status::Failed);
    }

    // Our own CA, shaped like AWS's: correct documents verify against our root only.
    void ownChain()
    {
        const QByteArray doc = signedDoc(standard());
        const auto parsed = AttestationDocument::parse(doc);
        QVERIFY(parsed);
        const auto withOwnRoot = ownVerifier().verify(*parsed, AttestationTime::at(m_t));
        QVERIFY2(withOwnRoot.valid, qPrintable(describe(withOwnRoot)));
        QVERIFY(ownVerifier().verify(*parsed, AttestationTime::document()).valid);
        const auto tagged = AttestationDocument::parse(signedDoc(standard(), nullptr, true));
        QVERIFY(tagged && tagged->isTagged());
        QVERIFY(ownVerifier().verify(*tagged, AttestationTime::at(m_t)).valid);

        // The built-in AWS root rejects it, at any time.
        for (const AttestationTime &t :
            { AttestationTime::at(m_t), AttestationTime::document(), AttestationTime::now() }) {
            const auto r = AttestationVerifier().verify(*parsed, t);
            QVERIFY(!r.valid);
            QCOMPARE(statusOf(r, u"root"_s), Status::Failed);
            QCOMPARE(statusOf(r, u"chain"_s), Status::Failed);
        }
        // Our own root is no good after our chain expires.
        QVERIFY(!ownVerifier().verify(*parsed, AttestationTime::at(m_t.addDays(30))).valid);
    }

    // A made-up P-384 root with Root-G1's exact subject, and a full chain under it.
    void impostorRoot()
    {
        DocSpec s = DocSpec::standard(m_fakeAws, quint64(m_t.toMSecsSinceEpoch()));
        const auto doc = AttestationDocument::parse(signDocument(s.payload(), m_fakeAws.leafKey));
        QVERIFY(doc);
        QCOMPARE(doc->cabundle().first().subject(), AttestationVerifier::awsNitroRoot().subject());
        for (const AttestationTime &t : { AttestationTime::at(m_t), AttestationTime::document() }) {
            const auto r = AttestationVerifier().verify(*doc, t);
            QVERIFY(!r.valid);
            QCOMPARE(statusOf(r, u"root"_s), Status::Failed);
            QCOMPARE(statusOf(r, u"chain"_s), Status::Failed);
            QCOMPARE(statusOf(r, u"signature"_s), Status::Passed); // signed consistently, by the wrong PKI
        }

        // A real document whose cabundle[0] is swapped for the impostor (re-encoded payload).
        const auto real
            = AttestationDocument::parse(readAttestationFile(u"sparsity-attestation2-2023-09-28.cbor"_s));
        QVERIFY(real);
        DocSpec swapped;
        swapped.moduleId = real->moduleId();
        swapped.timestampMs = real->timestampMs();
        for (const AttestationPcr &p : real->pcrs())
            swapped.pcrs.insert(p.index, p.value);
        swapped.certificate = real->certificateDer();
        swapped.cabundle = real->cabundleDer();
        swapped.cabundle[0] = m_fakeAws.root;
        swapped.userData = real->userData();
        swapped.nonce = real->nonce();
        // Keep the real signature: the forger has no leaf key.
        using namespace cborw;
        const QByteArray forged = arrayHead(4) + bytes("\xa1\x01\x38\x22"_ba) + mapHead(0)
            + bytes(swapped.payload()) + bytes(real->signature());
        const auto f = AttestationDocument::parse(forged);
        QVERIFY(f);
        const auto r = AttestationVerifier().verify(*f, AttestationTime::document());
        QVERIFY(!r.valid);
        QCOMPARE(statusOf(r, u"root"_s), Status::Failed);
        QCOMPARE(statusOf(r, u"signature"_s), Status::Failed);
        // Even the unmodified payload with an untouched signature: the root check alone rejects a
        // bundle whose first entry is not the pinned root, although OpenSSL could build the path.
        QCOMPARE(statusOf(r, u"chain"_s), Status::Passed);
    }

    // cabundle manipulations in documents correctly signed by our own leaf key.
    void bundleMutations_data()
    {
        QTest::addColumn<QList<QByteArray>>("bundle");
        QTest::addColumn<QString>("failedCheck");
        const Pki &p = m_pki;
        QTest::newRow("swap regional/zonal")
            << QList<QByteArray> { p.root, p.zonal, p.regional, p.instance } << u"bundle-order"_s;
        QTest::newRow("reversed") << QList<QByteArray> { p.instance, p.zonal, p.regional, p.root }
                                  << u"root"_s;
        QTest::newRow("root last") << QList<QByteArray> { p.regional, p.zonal, p.instance, p.root }
                                   << u"root"_s;
        QTest::newRow("drop root") << QList<QByteArray> { p.regional, p.zonal, p.instance } << u"root"_s;
        QTest::newRow("drop regional") << QList<QByteArray> { p.root, p.zonal, p.instance } << u"chain"_s;
        QTest::newRow("drop zonal") << QList<QByteArray> { p.root, p.regional, p.instance } << u"chain"_s;
        QTest::newRow("drop instance") << QList<QByteArray> { p.root, p.regional, p.zonal } << u"chain"_s;
        QTest::newRow("only root") << QList<QByteArray> { p.root } << u"chain"_s;
        QTest::newRow("duplicate zonal")
            << QList<QByteArray> { p.root, p.regional, p.zonal, p.zonal, p.instance } << u"bundle-order"_s;
        QTest::newRow("duplicate root")
            << QList<QByteArray> { p.root, p.root, p.regional, p.zonal, p.instance } << u"bundle-order"_s;
        QTest::newRow("leaf in bundle")
            << QList<QByteArray> { p.root, p.regional, p.zonal, p.instance, p.leaf } << u"bundle-order"_s;
        QTest::newRow("foreign intermediate appended") << QList<QByteArray> { p.root, p.regional, p.zonal,
            p.instance, m_fakeAws.zonal } << u"bundle-order"_s;
        QTest::newRow("impostor root first")
            << QList<QByteArray> { m_fakeAws.root, p.regional, p.zonal, p.instance } << u"root"_s;
    }
    void bundleMutations()
    {
        QFETCH(QList<QByteArray>, bundle);
        QFETCH(QString, failedCheck);
        DocSpec s = standard();
        s.cabundle = bundle;
        const auto r = verifyOwn(signedDoc(s));
        QVERIFY2(r, "did not parse");
        QVERIFY2(!r->valid, qPrintable(describe(*r)));
        QVERIFY2(statusOf(*r, failedCheck) == Status::Failed, qPrintable(describe(*r)));
        QCOMPARE(statusOf(*r, u"signature"_s), Status::Passed);
    }

    // Leaf certificates that are not what AWS issues.
    void leafProfile_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("P-256 key") << u"p256"_s;
        QTest::newRow("signed with SHA-256") << u"sha256"_s;
        QTest::newRow("CA:TRUE leaf") << u"ca"_s;
        QTest::newRow("no digitalSignature") << u"ku"_s;
        QTest::newRow("timestamp after leaf expiry") << u"late"_s;
    }
    void leafProfile()
    {
        QFETCH(QString, what);
        const QString instance = u"CN=i-0123456789abcdef0.test-region.example"_s;
        CertSpec spec { u"CN=leaf.test"_s, m_t.addSecs(-3600), m_t.addSecs(7200), false, -1,
            u"digitalSignature,nonRepudiation"_s };
        Key key = Key::generate(what == u"p256" ? "P-256" : "P-384");
        if (what == u"sha256")
            spec.digest = "SHA256";
        if (what == u"ca")
            spec.ca = true;
        if (what == u"ku")
            spec.keyUsage = u"keyAgreement"_s;
        if (what == u"late")
            spec.notAfter = m_t.addSecs(-60);
        DocSpec s = standard();
        s.certificate = makeCertificate(spec, key, &m_pki.instanceKey, instance);
        const QByteArray doc = what == u"p256"
            ? signDocument(s.payload(), key, QByteArray("\xa1\x01\x38\x22", 4), 48, "SHA384")
            : signDocument(s.payload(), key);
        const auto parsed = AttestationDocument::parse(doc);
        QVERIFY(parsed);
        const auto r
            = ownVerifier().verify(*parsed, AttestationTime::at(what == u"late" ? m_t.addSecs(-120) : m_t));
        QVERIFY2(!r.valid, qPrintable(describe(r)));
        const QString check = what == u"late" ? u"timestamp"_s : u"leaf-profile"_s;
        QVERIFY2(statusOf(r, check) == Status::Failed, qPrintable(describe(r)));
        if (what == u"p256")
            QCOMPARE(statusOf(r, u"signature"_s), Status::Failed);
    }

    void policyFields()
    {
        {
            DocSpec s = standard();
            s.extraEntries << cborw::text("extra") + cborw::unsignedInt(1);
            const auto r = verifyOwn(signedDoc(s));
            QVERIFY(r && !r->valid);
            QCOMPARE(statusOf(*r, u"schema"_s), Status::Failed);
            AttestationExpectations e;
            e.allowUnknownKeys = true;
            const auto ok = verifyOwn(signedDoc(s), e);
            QVERIFY(ok && ok->valid);
            QCOMPARE(statusOf(*ok, u"schema"_s), Status::Warning);
        }
        {
            DocSpec s = standard();
            s.drop << u"pcrs"_s;
            s.extraEntries << cborw::text("nitrotpm_pcrs") + cborw::mapHead(1) + cborw::unsignedInt(0)
                    + cborw::bytes(QByteArray(48, 'a'));
            const auto r = verifyOwn(signedDoc(s));
            QVERIFY(r && !r->valid);
            QCOMPARE(statusOf(*r, u"kind"_s), Status::Failed);
        }
        {
            DocSpec s = standard();
            for (int i = 0; i < 3; ++i)
                s.pcrs.insert(i, QByteArray(48, '\0'));
            const auto r = verifyOwn(signedDoc(s));
            QVERIFY(r && r->valid && r->debugMode);
            AttestationExpectations e;
            e.rejectDebugMode = true;
            const auto strict = verifyOwn(signedDoc(s), e);
            QVERIFY(strict && !strict->valid);
            QCOMPARE(statusOf(*strict, u"debug-mode"_s), Status::Failed);
        }
    }

    // Signatures whose r or s starts with a zero byte (1 in 128 real documents) verify.
    void leadingZeroSignature()
    {
        DocSpec s = standard();
        int found = 0;
        for (quint64 i = 0; i < 3000 && found < 2; ++i) {
            s.timestampMs = quint64(m_t.toMSecsSinceEpoch()) + i;
            const QByteArray doc = signedDoc(s);
            const QByteArray sig = doc.right(96);
            if (sig.at(0) != 0 && sig.at(48) != 0)
                continue;
            ++found;
            const auto r = verifyOwn(doc);
            QVERIFY(r);
            QVERIFY2(r->valid, qPrintable(describe(*r)));
        }
        QVERIFY(found > 0);
    }

    // Bit flips across a real document: never accepted, never a crash.
    void mutations_data()
    {
        QTest::addColumn<QString>("region");
        for (const char *r :
            { "signature", "protected", "module_id", "digest", "timestamp", "pcrs", "certificate",
                "cabundle[0]", "cabundle[1]", "cabundle[2]", "cabundle[3]", "user_data", "nonce", "keys" })
            QTest::newRow(r) << QString::fromLatin1(r);
    }
    void mutations()
    {
        QFETCH(QString, region);
        const QByteArray real = readAttestationFile(u"sparsity-attestation2-2023-09-28.cbor"_s);
        const auto doc = AttestationDocument::parse(real);
        QVERIFY(doc);
        const AttestationField tree = doc->tree();
        const AttestationField &payload = tree.children[2];
        QList<FieldSpan> spans;
        if (region == u"signature") {
            spans << tree.children[3].contentSpan;
        } else if (region == u"protected") {
            spans << tree.children[0].span;
        } else if (region == u"keys") {
            for (const AttestationField &f : payload.children)
                spans << f.keySpan;
        } else if (region.startsWith(u"cabundle[")) {
            for (const AttestationField &f : payload.children) {
                if (f.name == u"cabundle")
                    spans << f.children[region.mid(9, 1).toInt()].span;
            }
        } else {
            for (const AttestationField &f : payload.children) {
                if (f.name == region)
                    spans << f.span;
            }
        }
        QVERIFY(!spans.isEmpty());
        const AttestationVerifier verifier;
        int parsedButRejected = 0, notParsed = 0;
        for (const FieldSpan &s : std::as_const(spans)) {
            QVERIFY(s.length > 0);
            // Every byte of small regions; a spread of positions in large ones (both halves of a
            // certificate: TBS, key, signature).
            const qint64 step = qMax<qint64>(1, s.length / 48);
            for (qint64 off = s.offset; off < s.end(); off += step) {
                for (char mask : { char(0x01), char(0x80) }) {
                    const QByteArray bad = flipped(real, off, mask);
                    const auto m = AttestationDocument::parse(bad);
                    if (!m) {
                        ++notParsed;
                        continue;
                    }
                    const auto r = verifier.verify(*m, AttestationTime::document());
                    QVERIFY2(!r.valid,
                        qPrintable(u"flip at %1 mask %2 accepted"_s.arg(off).arg(int(quint8(mask)))));
                    ++parsedButRejected;
                }
            }
        }
        QVERIFY(parsedButRejected + notParsed > 0);
        qDebug() << region << "rejected after parsing:" << parsedButRejected
                 << "rejected by parser:" << notParsed;
    }
};

QTEST_GUILESS_MAIN(TestAttestationVerifier)
#include "tst_attestationverifier.moc"

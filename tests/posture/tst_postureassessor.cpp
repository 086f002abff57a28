#include <QStandardPaths>
#include <QTest>

#include "common/hex.h"
#include "kms/kmspolicygenerator.h"
#include "kms/kmspolicyjson.h"
#include "posture/postureassessor.h"
#include "signing/signingcertificategenerator.h"

using namespace enclave;
using namespace Qt::StringLiterals;
using Status = PostureReport::Status;

namespace {

const QString Role = u"arn:aws:iam::123456789012:role/Parent"_s;

PostureInputs signedImage()
{
    PostureInputs in;
    in.now = QDateTime::currentDateTimeUtc();
    in.eifPath = u"/tmp/app.eif"_s;
    in.eifVersion = 4;
    in.eifSize = 1000;
    in.crcOk = true;
    in.isSigned = true;
    in.signatureVerifies = true;
    in.signatureCoversPcr0 = true;
    in.signatureAlgorithm = u"ES384"_s;
    SigningCertificateRequest req;
    req.days = 365;
    auto cert = SigningCertificateGenerator::generate(req);
    in.signingCertificate = cert->certificate;
    in.eifPcrs = { { 0, QByteArray(48, '\x10') }, { 1, QByteArray(48, '\x11') },
        { 2, QByteArray(48, '\x12') }, { 8, cert->pcr8 } };
    return in;
}

KmsPolicy policyFor(const Measurements &pcrs, QList<int> bind, bool deny = true)
{
    KmsPolicyOptions o;
    o.principal = Role;
    o.denyStatements = deny;
    for (int i : bind)
        o.pcrValues.insert(i, { pcrs.value(i) });
    return *KmsPolicy::parse(KmsPolicyJson::toText(*KmsPolicyGenerator::keyPolicy(o)));
}

void addAttestation(PostureInputs &in, bool debug, bool nonce)
{
    in.hasAttestation = true;
    in.attestationDebugMode = debug;
    in.attestationPath = u"doc.cbor"_s;
    in.attestationGenuine = true;
    in.attestationTime = in.now.addSecs(-60);
    for (int i = 0; i < 16; ++i)
        in.attestationPcrs.insert(i, QByteArray(48, '\0'));
    if (!debug) {
        for (int i : { 0, 1, 2, 8 }) {
            if (in.eifPcrs.contains(i))
                in.attestationPcrs.insert(i, in.eifPcrs.value(i));
        }
    }
    in.attestationPcrs.insert(3, QByteArray(48, '\x33'));
    if (nonce)
        in.attestationNonce = QByteArray(32, '\x01');
}

Status statusOf(const PostureReport &r, const QString &id)
{
    for (const PostureReport::Check &c : r.checks) {
        if (c.id == id)
            return c.status;
    }
    return Status(-1);
}

} // namespace

class TestPostureAssessor final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checks_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("overall");
        QTest::newRow("clean signed image, full policy, attestation")
            << u"clean"_s << u"policy-allows-attestation"_s << int(Status::Pass) << int(Status::Pass);
        QTest::newRow("unsigned image")
            << u"unsigned"_s << u"signed"_s << int(Status::Warn) << int(Status::Warn);
        QTest::newRow("bad crc") << u"crc"_s << u"crc"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("signature over other pcr0")
            << u"stale-signature"_s << u"signature"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("signature does not verify")
            << u"bad-signature"_s << u"signature"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("expired certificate")
            << u"expired"_s << u"certificate-expiry"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("certificate expiring soon")
            << u"expiring"_s << u"certificate-expiry"_s << int(Status::Warn) << int(Status::Warn);
        QTest::newRow("debug attestation")
            << u"debug"_s << u"debug-mode"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("debug zero pcr in policy")
            << u"debug-policy"_s << u"debug-mode"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("no nonce") << u"no-nonce"_s << u"nonce"_s << int(Status::Warn) << int(Status::Warn);
        QTest::newRow("pcr0-only policy")
            << u"pcr0-only"_s << u"policy-pcr0-only"_s << int(Status::Warn) << int(Status::Warn);
        QTest::newRow("missing deny")
            << u"no-deny"_s << u"policy-deny"_s << int(Status::Warn) << int(Status::Warn);
        QTest::newRow("policy for another image")
            << u"other-image"_s << u"policy-allows-image"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("attestation of another image")
            << u"other-doc"_s << u"attestation-matches-image"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("forged attestation")
            << u"forged"_s << u"attestation-genuine"_s << int(Status::Fail) << int(Status::Fail);
        QTest::newRow("no policy") << u"no-policy"_s << u"policy"_s << int(Status::Info) << int(Status::Pass);
    }
    void checks()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, check);
        QFETCH(int, status);
        QFETCH(int, overall);
        PostureInputs in = signedImage();
        QList<int> bind { 0, 1, 2, 8 };
        bool deny = true;
        bool attest = true;
        bool nonce = true;
        bool debug = false;
        if (scenario == u"unsigned") {
            in.isSigned = false;
            in.signingCertificate = {};
            in.eifPcrs.remove(8);
            bind = { 0, 1, 2 };
        } else if (scenario == u"crc") {
            in.crcOk = false;
        } else if (scenario == u"stale-signature") {
            in.signatureCoversPcr0 = false;
        } else if (scenario == u"bad-signature") {
            in.signatureVerifies = false;
            in.signatureError = u"ECDSA verification failed"_s;
        } else if (scenario == u"expired") {
            in.now = in.now.addDays(400);
            attest = false;
        } else if (scenario == u"expiring") {
            in.now = in.now.addDays(350);
            attest = false;
        } else if (scenario == u"debug") {
            debug = true;
        } else if (scenario == u"no-nonce") {
            nonce = false;
        } else if (scenario == u"pcr0-only") {
            bind = { 0 };
        } else if (scenario == u"no-deny") {
            deny = false;
        } else if (scenario == u"forged") {
            // handled after the attestation is added
        } else if (scenario == u"no-policy") {
            bind.clear();
        }
        if (!bind.isEmpty())
            in.policy = policyFor(in.eifPcrs, bind, deny);
        if (scenario == u"debug-policy") {
            Measurements zeros { { 0, QByteArray(48, '\0') }, { 1, QByteArray(48, '\0') },
                { 2, QByteArray(48, '\0') } };
            in.policy = policyFor(zeros, { 0, 1, 2 });
            attest = false;
        }
        if (scenario == u"other-image") {
            Measurements other = in.eifPcrs;
            other.insert(2, QByteArray(48, '\x77'));
            in.policy = policyFor(other, bind);
            attest = false;
        }
        if (!bind.isEmpty() || in.policy)
            in.policyPath = u"policy.json"_s;
        if (attest)
            addAttestation(in, debug, nonce);
        if (scenario == u"other-doc")
            in.attestationPcrs.insert(2, QByteArray(48, '\x66'));
        if (scenario == u"forged") {
            in.attestationGenuine = false;
            in.attestationFailure = u"signature: ECDSA verification failed"_s;
        }

        const PostureReport r = PostureAssessor::assess(in);
        QStringList all;
        for (const auto &c : r.checks)
            all.append(PostureReport::statusName(c.status) + u' ' + c.id + u": " + c.detail);
        QVERIFY2(int(statusOf(r, check)) == status, qPrintable(all.join(u'\n')));
        QVERIFY2(int(r.overall()) == overall, qPrintable(all.join(u'\n')));
    }

    void freshness_data()
    {
        QTest::addColumn<bool>("sameNonce");
        QTest::addColumn<bool>("nonceCarried");
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<int>("status");
        QTest::newRow("fresh, our nonce") << true << true << 60 << int(Status::Pass);
        QTest::newRow("replayed: another nonce") << false << true << 60 << int(Status::Fail);
        QTest::newRow("endpoint without nonce") << false << false << 60 << int(Status::Warn);
        QTest::newRow("too old") << true << true << 900 << int(Status::Fail);
    }
    void freshness()
    {
        QFETCH(bool, sameNonce);
        QFETCH(bool, nonceCarried);
        QFETCH(int, ageSeconds);
        QFETCH(int, status);
        PostureInputs in = signedImage();
        addAttestation(in, false, true);
        in.attestationTime = in.now.addSecs(-ageSeconds);
        in.freshness = PostureInputs::Freshness { sameNonce ? *in.attestationNonce : QByteArray(32, '\x02'),
            nonceCarried, 300, in.now };
        const PostureReport r = PostureAssessor::assess(in);
        QCOMPARE(int(statusOf(r, u"attestation-freshness"_s)), status);
        // An archived document has no freshness check of its own (the nonce check says what it can).
        PostureInputs archived = signedImage();
        addAttestation(archived, false, true);
        QCOMPARE(int(statusOf(PostureAssessor::assess(archived), u"attestation-freshness"_s)), -1);
    }

    void pcrTable()
    {
        PostureInputs in = signedImage();
        in.policy = policyFor(in.eifPcrs, { 0, 8 });
        in.policyPath = u"p.json"_s;
        const PostureReport r = PostureAssessor::assess(in);
        QCOMPARE(r.pcrs.size(), 6); // 0,1,2,3,4,8
        QCOMPARE(r.pcrs.at(0).index, 0);
        QVERIFY(r.pcrs.at(0).boundInPolicy);
        QVERIFY(r.pcrs.at(0).policyMatchesEif);
        QVERIFY(!r.pcrs.at(1).boundInPolicy);
        QVERIFY(r.pcrs.at(3).eifValue.isEmpty()); // PCR3 depends on the instance
        QCOMPARE(r.pcrs.at(5).index, 8);
        QVERIFY(r.pcrs.at(5).boundInPolicy);
        QVERIFY(r.hasCertificate);
        QCOMPARE(r.certPcr8, in.eifPcrs.value(8));
        QCOMPARE(r.conditions.size(), 2 + 2); // allow binds 2 keys, one deny per key
    }
};

QTEST_GUILESS_MAIN(TestPostureAssessor)
#include "tst_postureassessor.moc"

#include <sys/stat.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/fixtures.h"
#include "common/toolrun.h"
#include "signing/signingcertificategenerator.h"

using namespace Qt::StringLiterals;
using namespace enclave;
using namespace enclave::test;

namespace {

const QString Role = u"arn:aws:iam::123456789012:role/EnclaveParent"_s;

using Run = test::ToolRun;

Run tool(const QStringList &args)
{
    return test::runTool(args);
}

int modeOf(const QString &path)
{
    struct stat st { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool oneErrorLine(const QByteArray &err)
{
    return err.startsWith("enclave-tool: ") && err.count('\n') == 1;
}

} // namespace

class TestKmsCli final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh key pair; returns the PCR8 the tool printed.
    QString genCert(const QString &stem, const QString &curve, const QStringList &extra = {})
    {
        const Run r = tool(QStringList { u"gen-signing-cert"_s, u"--key-out"_s, path(stem + u".key"_s),
                               u"--cert-out"_s, path(stem + u".pem"_s), u"--curve"_s, curve }
            + extra);
        if (r.exitCode != 0)
            qWarning("gen-signing-cert: %s", r.err.constData());
        return r.json().value(u"PCR8").toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(ENCLAVE_TOOL_PATH)));
    }

    void genSigningCert_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("secp384r1") << u"secp384r1"_s << u"ecdsa-with-SHA384"_s;
        QTest::newRow("prime256v1") << u"prime256v1"_s << u"ecdsa-with-SHA256"_s;
        QTest::newRow("secp521r1") << u"secp521r1"_s << u"ecdsa-with-SHA512"_s;
    }
    void genSigningCert()
    {
        QFETCH(QString, curve);
        QFETCH(QString, algorithm);
        const QString key = path(curve + u".key"_s), cert = path(curve + u".pem"_s);
        const Run r = tool({ u"gen-signing-cert"_s, u"--key-out"_s, key, u"--cert-out"_s, cert, u"--curve"_s,
            curve, u"--days"_s, u"30"_s, u"--subject"_s, u"/CN=ci signer/O=Enclave Studio"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(modeOf(key), 0600);
        QCOMPARE(modeOf(cert), 0644);
        QCOMPARE(r.json().value(u"Algorithm").toString(), algorithm);
        QCOMPARE(r.json().value(u"Curve").toString(), curve);
        const QString pcr8 = r.json().value(u"PCR8").toString();
        QCOMPARE(pcr8.size(), 96);
        // Same value as nitro-cli's `pcr --signing-certificate` (the EIF module's command).
        const Run p = tool({ u"pcr"_s, u"--signing-certificate"_s, cert });
        QCOMPARE(p.exitCode, 0);
        QCOMPARE(p.json().value(u"PCR8").toString(), pcr8);
        // Refuses to overwrite a key.
        const QByteArray before = readAll(key);
        const Run again = tool({ u"gen-signing-cert"_s, u"--key-out"_s, key, u"--cert-out"_s, cert });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(oneErrorLine(again.err));
        QCOMPARE(readAll(key), before);
    }

    void passphrase()
    {
        QVERIFY(writeAll(path(u"pass.txt"_s), "hunter2\n"));
        QVERIFY(writeAll(path(u"wrong.txt"_s), "hunter3\n"));
        const QString pcr8
            = genCert(u"enc"_s, u"secp384r1"_s, { u"--passphrase-file"_s, path(u"pass.txt"_s) });
        QVERIFY(!pcr8.isEmpty());
        QCOMPARE(modeOf(path(u"enc.key"_s)), 0600);
        QVERIFY(readAll(path(u"enc.key"_s)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QProcess ossl;
        ossl.start(u"openssl"_s,
            { u"pkey"_s, u"-in"_s, path(u"enc.key"_s), u"-passin"_s, u"pass:hunter2"_s, u"-noout"_s });
        QVERIFY(ossl.waitForFinished(20000));
        QCOMPARE(ossl.exitCode(), 0);
        ossl.start(u"openssl"_s,
            { u"pkey"_s, u"-in"_s, path(u"enc.key"_s), u"-passin"_s, u"pass:nope"_s, u"-noout"_s });
        QVERIFY(ossl.waitForFinished(20000));
        QVERIFY(ossl.exitCode() != 0);

        // sign-eif with the encrypted key: only with the right passphrase.
        const QString eif = path(u"enc.eif"_s);
        QVERIFY(QFile::copy(eifFixture(u"unsigned_v4.eif"_s), eif));
        QFile::setPermissions(eif, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QStringList base { u"sign-eif"_s, u"--eif-path"_s, eif, u"--private-key"_s, path(u"enc.key"_s),
            u"--signing-certificate"_s, path(u"enc.pem"_s) };
        Run r = tool(base);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("encrypted"));
        r = tool(base + QStringList { u"--passphrase-file"_s, path(u"wrong.txt"_s) });
        QCOMPARE(r.exitCode, 1);
        r = tool(base + QStringList { u"--passphrase-file"_s, path(u"pass.txt"_s) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"Measurements").toObject().value(u"PCR8").toString(), pcr8);
    }

    void signEif_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::newRow("P-384") << u"secp384r1"_s;
        QTest::newRow("P-256") << u"prime256v1"_s;
        QTest::newRow("P-521") << u"secp521r1"_s;
    }
    void signEif()
    {
        QFETCH(QString, curve);
        const QString pcr8 = genCert(u"s-"_s + curve, curve);
        QVERIFY(!pcr8.isEmpty());
        const QString in = eifFixture(u"unsigned_v4.eif"_s);
        const QString out = path(u"signed-"_s + curve + u".eif"_s);
        const Run d0 = tool({ u"describe-eif"_s, u"--eif-path"_s, in });
        QCOMPARE(d0.exitCode, 0);
        const QString pcr0 = d0.json().value(u"Measurements").toObject().value(u"PCR0").toString();
        const QByteArray original = readAll(in);
        const Run r = tool(
            { u"sign-eif"_s, u"--eif-path"_s, in, u"--private-key"_s, path(u"s-"_s + curve + u".key"_s),
                u"--signing-certificate"_s, path(u"s-"_s + curve + u".pem"_s), u"--output"_s, out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("Enclave Image successfully signed."));
        QCOMPARE(readAll(in), original);
        const QJsonObject m = r.json().value(u"Measurements").toObject();
        QCOMPARE(m.value(u"PCR0").toString(), pcr0);
        QCOMPARE(m.value(u"PCR8").toString(), pcr8);

        const Run d = tool({ u"describe-eif"_s, u"--eif-path"_s, out });
        QCOMPARE(d.exitCode, 0);
        const QJsonObject o = d.json();
        QCOMPARE(o.value(u"IsSigned").toBool(), true);
        QCOMPARE(o.value(u"SignatureCheck").toBool(), true);
        QCOMPARE(o.value(u"CheckCRC").toBool(), true);
        QCOMPARE(o.value(u"Measurements").toObject().value(u"PCR0").toString(), pcr0);
        QCOMPARE(o.value(u"Measurements").toObject().value(u"PCR8").toString(), pcr8);
    }

    void resignInPlace()
    {
        const QString eif = path(u"inplace.eif"_s);
        QVERIFY(QFile::copy(eifFixture(u"signed_p384_v4.eif"_s), eif));
        QFile::setPermissions(eif, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString pcr8 = genCert(u"re"_s, u"secp521r1"_s);
        const Run r = tool({ u"sign-eif"_s, u"--eif-path"_s, eif, u"--private-key"_s, path(u"re.key"_s),
            u"--signing-certificate"_s, path(u"re.pem"_s) });
        QCOMPARE(r.exitCode, 0);
        const Run d = tool({ u"describe-eif"_s, u"--eif-path"_s, eif });
        QCOMPARE(d.json().value(u"SignatureCheck").toBool(), true);
        QCOMPARE(d.json().value(u"Measurements").toObject().value(u"PCR8").toString(), pcr8);
        QVERIFY(d.json().value(u"Measurements").toObject().value(u"PCR8").toString()
            != u"baf281eb324f49e02530f4292ca199d1f3082c2db5d275ca50ed00f8f2ea32c75621a931e9549adf426663ef6f804c0e"_s);
    }

    void signRefusals()
    {
        const QString eif = path(u"refuse.eif"_s);
        QVERIFY(QFile::copy(eifFixture(u"unsigned_v4.eif"_s), eif));
        QFile::setPermissions(eif, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = readAll(eif);
        genCert(u"a"_s, u"secp384r1"_s);
        genCert(u"b"_s, u"secp384r1"_s);
        // Mismatched key and certificate.
        Run r = tool({ u"sign-eif"_s, u"--eif-path"_s, eif, u"--private-key"_s, path(u"a.key"_s),
            u"--signing-certificate"_s, path(u"b.pem"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(oneErrorLine(r.err));
        QVERIFY(r.err.contains("does not match"));
        QCOMPARE(readAll(eif), before);
        // RSA.
        QProcess ossl;
        ossl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                path(u"rsa.key"_s), u"-out"_s, path(u"rsa.pem"_s), u"-subj"_s, u"/CN=rsa"_s, u"-days"_s,
                u"2"_s });
        QVERIFY(ossl.waitForFinished(60000));
        QCOMPARE(ossl.exitCode(), 0);
        r = tool({ u"sign-eif"_s, u"--eif-path"_s, eif, u"--private-key"_s, path(u"rsa.key"_s),
            u"--signing-certificate"_s, path(u"rsa.pem"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("RSA"));
        QCOMPARE(readAll(eif), before);
        // Expired certificate (made in-process: OpenSSL 3.0's CLI cannot back-date one).
        SigningCertificateRequest old;
        old.days = 1;
        old.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
        auto expired = SigningCertificateGenerator::generate(old);
        QVERIFY(expired);
        QVERIFY(
            SigningCertificateGenerator::writeFiles(*expired, path(u"old.key"_s), path(u"old.pem"_s), true));
        const QStringList oldArgs { u"sign-eif"_s, u"--eif-path"_s, eif, u"--private-key"_s,
            path(u"old.key"_s), u"--signing-certificate"_s, path(u"old.pem"_s) };
        r = tool(oldArgs);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(oneErrorLine(r.err));
        QVERIFY(r.err.contains("expired"));
        QCOMPARE(readAll(eif), before);
        r = tool(oldArgs + QStringList { u"--force"_s, u"--output"_s, path(u"forced.eif"_s) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("warning"));
        QCOMPARE(readAll(eif), before);
        // A missing image is named in the one-line error.
        r = tool({ u"sign-eif"_s, u"--eif-path"_s, path(u"missing.eif"_s), u"--private-key"_s,
            path(u"a.key"_s), u"--signing-certificate"_s, path(u"a.pem"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(oneErrorLine(r.err));
        QVERIFY(r.err.contains("missing.eif"));
        // Missing arguments: usage.
        r = tool({ u"sign-eif"_s, u"--eif-path"_s, eif });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(oneErrorLine(r.err));
        // Not an EIF.
        r = tool({ u"sign-eif"_s, u"--eif-path"_s, path(u"a.pem"_s), u"--private-key"_s, path(u"a.key"_s),
            u"--signing-certificate"_s, path(u"a.pem"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(oneErrorLine(r.err));
        QVERIFY(r.err.contains(path(u"a.pem"_s).toUtf8()));
    }

    void policyRoundTrip()
    {
        // Generate from a signed image, check against it (allowed), its unsigned twin (denied: PCR8),
        // and a real attestation document (denied: other PCRs).
        const QString signedEif = eifFixture(u"signed_p384_v4.eif"_s);
        const QString policy = path(u"policy.json"_s);
        Run r = tool({ u"kms-policy"_s, u"--from"_s, signedEif, u"--principal"_s, Role });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(writeAll(policy, r.out));
        const QJsonObject p = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(p.value(u"Version").toString(), u"2012-10-17"_s);
        const QJsonObject allow = p.value(u"Statement").toArray().at(1).toObject();
        const QJsonObject keys
            = allow.value(u"Condition").toObject().value(u"StringEqualsIgnoreCase").toObject();
        QCOMPARE(keys.keys(),
            (QStringList { u"kms:RecipientAttestation:ImageSha384"_s, u"kms:RecipientAttestation:PCR1"_s,
                u"kms:RecipientAttestation:PCR2"_s, u"kms:RecipientAttestation:PCR8"_s }));
        QCOMPARE(keys.value(u"kms:RecipientAttestation:PCR8").toString(),
            u"baf281eb324f49e02530f4292ca199d1f3082c2db5d275ca50ed00f8f2ea32c75621a931e9549adf426663ef6f804c0e"_s);

        r = tool(
            { u"check-policy"_s, u"--policy"_s, policy, u"--against"_s, signedEif, u"--principal"_s, Role });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ALLOWED"));
        r = tool(
            { u"check-policy"_s, u"--policy"_s, policy, u"--against"_s, eifFixture(u"unsigned_v4.eif"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith("DENIED"));
        QVERIFY(r.out.contains("PCR8"));
        r = tool({ u"check-policy"_s, u"--policy"_s, policy, u"--against"_s,
            attestationFixture(u"sparsity-attestation2-2023-09-28.cbor"_s), u"--json"_s });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"Allowed").toBool(), false);
        QVERIFY(!r.json().value(u"Reasons").toArray().isEmpty());

        // The policy itself is a measurement source (the measure module reads its conditions).
        r = tool({ u"kms-policy"_s, u"--from"_s, policy, u"--principal"_s, Role, u"--statement-only"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"Condition").toObject(),
            allow.value(u"Condition").toObject());
    }

    void policyFromAttestation()
    {
        const QString doc = attestationFixture(u"sparsity-attestation2-2023-09-28.cbor"_s);
        Run r = tool({ u"kms-policy"_s, u"--from"_s, doc, u"--principal"_s, Role, u"--pcr"_s, u"0,1,2"_s });
        QCOMPARE(r.exitCode, 0);
        const QString policy = path(u"doc-policy.json"_s);
        QVERIFY(writeAll(policy, r.out));
        QVERIFY(r.out.contains("ca78fbe0b97bbfe1895dd713639dffcbdd21da5c7e05b8d90fe57a4e122414edc0f677d673df3"
                               "1fee1c16a7b34c16f36"));
        r = tool({ u"check-policy"_s, u"--policy"_s, policy, u"--against"_s, doc });
        QCOMPARE(r.exitCode, 0);
        // Its PCR8 is 48 zero bytes (unsigned image): not bound by default.
        QVERIFY(!r.out.contains("kms:RecipientAttestation:PCR8"));

        // A debug-mode document: refused (nothing on stdout) unless forced, and then still exit 1.
        r = tool({ u"kms-policy"_s, u"--from"_s, attestationFixture(u"evervault-ga-debug-2023-09-18.cbor"_s),
            u"--principal"_s, Role });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("debug-zero-pcr"));
        QVERIFY(r.out.isEmpty());
        r = tool({ u"kms-policy"_s, u"--from"_s, attestationFixture(u"evervault-ga-debug-2023-09-18.cbor"_s),
            u"--principal"_s, Role, u"--force"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QByteArray(96, '0')));

        // Rolling upgrade: two sources, two allowed values per differing PCR.
        r = tool({ u"kms-policy"_s, u"--from"_s, doc, u"--from"_s, eifFixture(u"unsigned_v4.eif"_s),
            u"--principal"_s, Role, u"--statement-only"_s, u"--pcr"_s, u"0"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("pcr0-only")); // a warning, not an error
        const QJsonArray values = QJsonDocument::fromJson(r.out)
                                      .object()
                                      .value(u"Condition")
                                      .toObject()
                                      .value(u"StringEqualsIgnoreCase")
                                      .toObject()
                                      .value(u"kms:RecipientAttestation:ImageSha384")
                                      .toArray();
        QCOMPARE(values.size(), 2);
        QVERIFY(values.at(0).toString().startsWith(u"ca78fbe0"));
        QVERIFY(values.at(1).toString().startsWith(u"20465c70"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("kms-policy no principal")
            << QStringList { u"kms-policy"_s, u"--from"_s, eifFixture(u"unsigned_v4.eif"_s) };
        QTest::newRow("kms-policy bad arn") << QStringList { u"kms-policy"_s, u"--from"_s,
            eifFixture(u"unsigned_v4.eif"_s), u"--principal"_s, u"arn:aws:iam::1:user/x"_s };
        QTest::newRow("kms-policy bad action") << QStringList { u"kms-policy"_s, u"--from"_s,
            eifFixture(u"unsigned_v4.eif"_s), u"--principal"_s, Role, u"--action"_s, u"kms:Encrypt"_s };
        QTest::newRow("kms-policy bad pcr") << QStringList { u"kms-policy"_s, u"--from"_s,
            eifFixture(u"unsigned_v4.eif"_s), u"--principal"_s, Role, u"--pcr"_s, u"0,x"_s };
        QTest::newRow("check-policy no against")
            << QStringList { u"check-policy"_s, u"--policy"_s, u"p.json"_s };
        QTest::newRow("gen-signing-cert bad curve") << QStringList { u"gen-signing-cert"_s, u"--key-out"_s,
            u"k"_s, u"--cert-out"_s, u"c"_s, u"--curve"_s, u"secp256k1"_s };
        QTest::newRow("gen-signing-cert bad days") << QStringList { u"gen-signing-cert"_s, u"--key-out"_s,
            u"k"_s, u"--cert-out"_s, u"c"_s, u"--days"_s, u"0"_s };
        QTest::newRow("gen-signing-cert bad subject") << QStringList { u"gen-signing-cert"_s, u"--key-out"_s,
            u"k"_s, u"--cert-out"_s, u"c"_s, u"--subject"_s, u"CN=x"_s };
        QTest::newRow("assess no eif") << QStringList { u"assess"_s };
        QTest::newRow("unknown option") << QStringList { u"sign-eif"_s, u"--bogus"_s };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = tool(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneErrorLine(r.err), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void lintPolicy()
    {
        const QString bad = path(u"bad-policy.json"_s);
        QVERIFY(writeAll(bad,
            R"({"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/r"},"Action":"kms:Decrypt","Condition":{"StringEqualsIgnoreCase":{"kms:RecipientAttestation:ImageSha384":"0x00"}}}]})"));
        Run r = tool({ u"lint-policy"_s, u"--policy"_s, bad });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("malformed-hex"));
        r = tool({ u"lint-policy"_s, u"--policy"_s, bad, u"--json"_s });
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
        QVERIFY(writeAll(path(u"broken.json"_s), "{ \"Statement\": ["));
        r = tool({ u"check-policy"_s, u"--policy"_s, path(u"broken.json"_s), u"--against"_s,
            eifFixture(u"unsigned_v4.eif"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(oneErrorLine(r.err));
        QVERIFY(r.err.contains("offset"));
    }

    void assess()
    {
        const QString policy = path(u"assess-policy.json"_s);
        Run r = tool(
            { u"kms-policy"_s, u"--from"_s, eifFixture(u"signed_p384_v4.eif"_s), u"--principal"_s, Role });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(writeAll(policy, r.out));
        r = tool(
            { u"assess"_s, u"--eif-path"_s, eifFixture(u"signed_p384_v4.eif"_s), u"--policy"_s, policy });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("# Security posture: signed_p384_v4.eif"));
        QVERIFY(r.out.contains("| PCR8 | signing certificate |"));
        QVERIFY(r.out.contains("yes, matches the image"));
        QVERIFY(r.out.contains("## Signing certificate"));
        r = tool({ u"assess"_s, u"--eif-path"_s, eifFixture(u"signed_p384_v4.eif"_s), u"--policy"_s, policy,
            u"--attestation"_s, attestationFixture(u"evervault-ga-debug-2023-09-18.cbor"_s), u"--json"_s });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"Overall").toString(), u"FAIL"_s);
        bool debugFail = false;
        for (const QJsonValue &c : o.value(u"Checks").toArray())
            debugFail = debugFail
                || (c.toObject().value(u"Id").toString() == u"debug-mode"
                    && c.toObject().value(u"Status").toString() == u"FAIL");
        QVERIFY(debugFail);
        r = tool({ u"assess"_s, u"--eif-path"_s, eifFixture(u"unsigned_v4.eif"_s) });
        QCOMPARE(r.exitCode, 0); // WARN (unsigned) is not a failure
        QVERIFY(r.out.contains("Overall: **WARN**"));
    }
};

QTEST_GUILESS_MAIN(TestKmsCli)
#include "tst_kmscli.moc"

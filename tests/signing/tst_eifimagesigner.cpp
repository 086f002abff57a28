#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/fixtures.h"
#include "crypto/cosesign1.h"
#include "eif/eifreader.h"
#include "eif/eifsignature.h"
#include "eif/eifwriter.h"
#include "eif/pcrcalculator.h"
#include "signing/eifimagesigner.h"
#include "signing/signingcertificategenerator.h"

using namespace enclave;
using namespace enclave::test;
using namespace Qt::StringLiterals;

namespace {

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

// A v4 image in nitro-cli's layout, written by our own EIF writer.
QString buildEif(const QTemporaryDir &dir, const QString &name = u"image.eif"_s)
{
    EifWriter w;
    w.setKernel(QByteArray(3000, 'K') + "HdrS");
    w.setCmdline("reboot=k panic=30 pci=off nomodules console=ttyS0");
    w.setMetadata(
        R"({"ImageName":"t","ImageVersion":"1","BuildMetadata":{},"DockerInfo":null,"CustomMetadata":null})");
    w.addRamdisk(QByteArray(700, 'B'));
    w.addRamdisk(QByteArray(900, 'A'));
    const QString path = dir.filePath(name);
    return w.write(path) ? path : QString();
}

struct Identity {
    QByteArray key;
    QByteArray cert;
};

Identity identity(const QString &curve = u"secp384r1"_s, int days = 30, QDateTime notBefore = {})
{
    SigningCertificateRequest req;
    req.curve = curve;
    req.days = days;
    req.notBefore = notBefore;
    auto r = SigningCertificateGenerator::generate(req);
    return r ? Identity { r->privateKeyPem, r->certificatePem } : Identity {};
}

// Independent of our COSE code: rebuild Sig_structure by hand and verify with OpenSSL's API.
bool opensslVerifyCose(const QByteArray &cose, const QByteArray &certPem)
{
    // Untagged array(4): 84, bstr protected, a0, bstr payload, bstr signature (definite lengths).
    auto readBstr = [&](qsizetype &pos, QByteArray &out) {
        const quint8 head = quint8(cose.at(pos++));
        if ((head >> 5) != 2)
            return false;
        qsizetype len = head & 0x1f;
        if (len == 24)
            len = quint8(cose.at(pos++));
        else if (len == 25) {
            len = (quint8(cose.at(pos)) << 8) | quint8(cose.at(pos + 1));
            pos += 2;
        } else if (len > 23)
            return false;
        out = cose.mid(pos, len);
        pos += len;
        return true;
    };
    if (cose.isEmpty() || quint8(cose.at(0)) != 0x84)
        return false;
    qsizetype pos = 1;
    QByteArray prot, payload, sig;
    if (!readBstr(pos, prot) || quint8(cose.at(pos++)) != 0xa0 || !readBstr(pos, payload)
        || !readBstr(pos, sig) || pos != cose.size())
        return false;
    auto bstrHead = [](qsizetype n) {
        QByteArray h;
        if (n < 24)
            h.append(char(0x40 | n));
        else if (n < 256)
            h.append(char(0x58)).append(char(n));
        else
            h.append(char(0x59)).append(char(n >> 8)).append(char(n & 0xff));
        return h;
    };
    const QByteArray tbs = QByteArray("\x84\x6aSignature1") + bstrHead(prot.size()) + prot
        + QByteArray("\x40", 1) + bstrHead(payload.size()) + payload;
    BIO *bio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!x)
        return false;
    EVP_PKEY *pub = X509_get0_pubkey(x);
    const int n = int(sig.size() / 2);
    const EVP_MD *md = n == 32 ? EVP_sha256() : n == 48 ? EVP_sha384() : EVP_sha512();
    ECDSA_SIG *s = ECDSA_SIG_new();
    ECDSA_SIG_set0(s, BN_bin2bn(reinterpret_cast<const unsigned char *>(sig.constData()), n, nullptr),
        BN_bin2bn(reinterpret_cast<const unsigned char *>(sig.constData()) + n, n, nullptr));
    unsigned char *der = nullptr;
    const int derLen = i2d_ECDSA_SIG(s, &der);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, pub) == 1
        && EVP_DigestVerify(ctx, der, size_t(derLen),
               reinterpret_cast<const unsigned char *>(tbs.constData()), size_t(tbs.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    ECDSA_SIG_free(s);
    X509_free(x);
    return ok;
}

struct Checked {
    bool ok = false;
    QByteArray pcr0;
    QByteArray pcr8;
    int signatureSections = 0;
    QString algorithm;
    QByteArray cose;
    QByteArray storedPem;
    int warnings = 0;
};

// Reads a signed image back with the EIF module's reader and checks everything describe-eif shows.
Checked inspect(const QString &path)
{
    Checked c;
    auto reader = EifReader::open(path);
    if (!reader)
        return c;
    c.warnings = int(reader->warnings().size());
    for (const EifSection &s : reader->sections())
        c.signatureSections += s.type() == EifSectionType::Signature ? 1 : 0;
    // The header tables describe the file exactly.
    if (reader->header().numSections() != reader->sections().size())
        return c;
    for (const EifSection &s : reader->sections()) {
        if (qint64(reader->header().sectionOffset(s.index())) != s.headerOffset()
            || qint64(reader->header().sectionSize(s.index())) != s.size())
            return c;
    }
    PcrCalculator calc(*reader);
    auto m = calc.compute();
    if (!m || !m->crcMatches())
        return c;
    c.pcr0 = m->pcr0;
    c.pcr8 = m->pcr8;
    auto bytes = reader->readSignatureBytes();
    if (!bytes)
        return c;
    auto sig = EifSignature::parse(*bytes, reader->firstSection(EifSectionType::Signature)->dataOffset());
    if (!sig)
        return c;
    auto verified = sig->verify(m->pcr0); // SignatureCheck
    c.algorithm = sig->algorithmName();
    c.cose = sig->coseSign1();
    c.storedPem = sig->certificatePem();
    c.ok = verified && *verified;
    return c;
}

QByteArray pcr0Of(const QString &path)
{
    auto reader = EifReader::open(path);
    if (!reader)
        return {};
    PcrCalculator calc(*reader);
    auto m = calc.compute();
    return m ? m->pcr0 : QByteArray();
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestEifImageSigner final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signRoundTrip_data()
    {
        QTest::addColumn<QString>("source"); // "writer" or a fixture file name
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("writer P-384") << u"writer"_s << u"secp384r1"_s << u"ES384"_s;
        QTest::newRow("writer P-256") << u"writer"_s << u"prime256v1"_s << u"ES256"_s;
        QTest::newRow("writer P-521") << u"writer"_s << u"secp521r1"_s << u"ES512"_s;
        QTest::newRow("fixture unsigned_v4 P-384") << u"unsigned_v4.eif"_s << u"secp384r1"_s << u"ES384"_s;
        QTest::newRow("fixture unsigned_v4 P-521") << u"unsigned_v4.eif"_s << u"secp521r1"_s << u"ES512"_s;
        QTest::newRow("fixture signed_p384_v4 re-sign P-256")
            << u"signed_p384_v4.eif"_s << u"prime256v1"_s << u"ES256"_s;
    }
    void signRoundTrip()
    {
        QFETCH(QString, source);
        QFETCH(QString, curve);
        QFETCH(QString, algorithm);
        QTemporaryDir dir;
        QString in;
        if (source == u"writer") {
            in = buildEif(dir);
        } else {
            in = dir.filePath(source);
            QVERIFY(QFile::copy(eifFixture(source), in));
            QFile::setPermissions(in, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        QVERIFY(!in.isEmpty());
        const QByteArray before = readAll(in);
        const QByteArray pcr0 = pcr0Of(in);
        QCOMPARE(pcr0.size(), 48);
        const Identity id = identity(curve);
        QVERIFY(!id.key.isEmpty());
        const QString out = dir.filePath(u"signed.eif"_s);
        auto report = EifImageSigner::sign(in, out, id.key, id.cert);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(readAll(in), before); // input untouched when an output is given
        QCOMPARE(report->pcr0, pcr0);
        QCOMPARE(report->algorithm, algorithm);
        QCOMPARE(report->replacedSignature, source.startsWith(u"signed"));

        const Checked c = inspect(out);
        QVERIFY(c.ok);
        QCOMPARE(c.pcr0, pcr0); // PCR0 unchanged by signing
        QCOMPARE(c.signatureSections, 1);
        QCOMPARE(c.algorithm, algorithm);
        QCOMPARE(c.storedPem, id.cert); // the PEM file's bytes, as nitro-cli stores them
        QCOMPARE(c.pcr8,
            *PcrCalculator::pcr8FromCertificatePem(id.cert)); // == enclave-tool pcr --signing-certificate
        QCOMPARE(c.pcr8, report->pcr8);
        QCOMPARE(c.warnings, 0);
        QVERIFY(opensslVerifyCose(c.cose, id.cert));
        QByteArray tampered = c.cose;
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        QVERIFY(!opensslVerifyCose(tampered, id.cert));
        // The payload is PcrInfo{0, PCR0} byte for byte.
        auto cose = CoseSign1::parse(c.cose);
        QVERIFY(cose);
        QVERIFY(!cose->isTagged());
        QCOMPARE(cose->payload(), EifSignature::encodePcrInfo(0, pcr0));
        QCOMPARE(cose->unprotectedEntries(), 0);
        QCOMPARE(filesIn(dir).size(), 2); // in + out, no temporary left
    }

    void resignInPlaceReplaces()
    {
        QTemporaryDir dir;
        const QString path = buildEif(dir);
        const QByteArray pcr0 = pcr0Of(path);
        const Identity first = identity(u"secp384r1"_s);
        QVERIFY(EifImageSigner::sign(path, path, first.key, first.cert));
        const qint64 size1 = QFileInfo(path).size();
        const Identity second = identity(u"secp521r1"_s); // bigger certificate and signature: sizes change
        auto r = EifImageSigner::sign(path, path, second.key, second.cert);
        QVERIFY(r);
        QVERIFY(r->replacedSignature);
        const Checked c = inspect(path);
        QVERIFY(c.ok);
        QCOMPARE(c.signatureSections, 1);
        QCOMPARE(c.pcr0, pcr0);
        QCOMPARE(c.storedPem, second.cert);
        QVERIFY(QFileInfo(path).size() != size1);
        QCOMPARE(filesIn(dir), QStringList { u"image.eif"_s });
    }

    void signatureNotLast()
    {
        // A signed image whose signature section sits before the ramdisks: still replaced in place,
        // later offsets shifted.
        QTemporaryDir dir;
        const Identity id = identity();
        const QByteArray pcr0 = pcr0Of(buildEif(dir, u"ref.eif"_s));
        EifWriter w;
        w.setKeepInsertionOrder(true);
        w.setKernel(QByteArray(3000, 'K') + "HdrS");
        w.setCmdline("reboot=k panic=30 pci=off nomodules console=ttyS0");
        w.setMetadata(
            R"({"ImageName":"t","ImageVersion":"1","BuildMetadata":{},"DockerInfo":null,"CustomMetadata":null})");
        w.setSignature(QByteArray("\x80", 1)); // an (empty-array) placeholder section, replaced below
        w.addRamdisk(QByteArray(700, 'B'));
        w.addRamdisk(QByteArray(900, 'A'));
        const QString path = dir.filePath(u"odd.eif"_s);
        QVERIFY(w.write(path));
        QCOMPARE(pcr0Of(path), pcr0);
        QVERIFY(EifImageSigner::sign(path, path, id.key, id.cert));
        const Checked c = inspect(path);
        QVERIFY(c.ok);
        QCOMPARE(c.pcr0, pcr0);
        auto reader = EifReader::open(path);
        QVERIFY(reader);
        QCOMPARE(reader->sections().at(3).type(), EifSectionType::Signature);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("mismatched key") << u"mismatch"_s << u"does not match"_s;
        QTest::newRow("expired certificate") << u"expired"_s << u"expired"_s;
        QTest::newRow("not yet valid") << u"future"_s << u"not valid before"_s;
        QTest::newRow("rsa key and certificate") << u"rsa"_s << u"RSA"_s;
        QTest::newRow("rsa key, EC certificate") << u"rsakey"_s << u"RSA"_s;
        QTest::newRow("encrypted key without passphrase") << u"encrypted"_s << u"encrypted"_s;
        QTest::newRow("damaged crc") << u"crc"_s << u"CRC"_s;
        QTest::newRow("truncated image") << u"truncated"_s << QString();
        QTest::newRow("not a certificate") << u"badcert"_s << u"signing certificate"_s;
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = buildEif(dir);
        Identity id = identity();
        if (what == u"mismatch") {
            id.cert = identity().cert;
        } else if (what == u"expired") {
            id = identity(u"secp384r1"_s, 1, QDateTime::currentDateTimeUtc().addDays(-10));
        } else if (what == u"future") {
            id = identity(u"secp384r1"_s, 10, QDateTime::currentDateTimeUtc().addDays(5));
        } else if (what == u"rsa" || what == u"rsakey") {
            EVP_PKEY *rsa = EVP_RSA_gen(2048);
            BIO *bio = BIO_new(BIO_s_mem());
            PEM_write_bio_PrivateKey(bio, rsa, nullptr, nullptr, 0, nullptr, nullptr);
            char *data = nullptr;
            id.key = QByteArray(data, BIO_get_mem_data(bio, &data));
            BIO_free(bio);
            if (what == u"rsa") {
                X509 *x = X509_new();
                X509_set_version(x, X509_VERSION_3);
                ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
                X509_gmtime_adj(X509_getm_notBefore(x), 0);
                X509_gmtime_adj(X509_getm_notAfter(x), 86400);
                X509_set_pubkey(x, rsa);
                X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
                    reinterpret_cast<const unsigned char *>("rsa"), -1, -1, 0);
                X509_set_issuer_name(x, X509_get_subject_name(x));
                X509_sign(x, rsa, EVP_sha256());
                BIO *cb = BIO_new(BIO_s_mem());
                PEM_write_bio_X509(cb, x);
                char *cd = nullptr;
                id.cert = QByteArray(cd, BIO_get_mem_data(cb, &cd));
                BIO_free(cb);
                X509_free(x);
            }
            EVP_PKEY_free(rsa);
        } else if (what == u"encrypted") {
            SigningCertificateRequest req;
            req.passphrase = "pw";
            auto r = SigningCertificateGenerator::generate(req);
            QVERIFY(r);
            id = { r->privateKeyPem, r->certificatePem };
        } else if (what == u"crc") {
            QByteArray bytes = readAll(path);
            bytes[600] = char(bytes[600] ^ 1); // kernel byte: PCR0 and CRC change, structure intact
            QVERIFY(writeAll(path, bytes));
        } else if (what == u"truncated") {
            QByteArray bytes = readAll(path);
            bytes.chop(100);
            QVERIFY(writeAll(path, bytes));
        } else if (what == u"badcert") {
            id.cert = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        }
        const QByteArray before = readAll(path);
        const auto r = EifImageSigner::sign(path, path, id.key, id.cert);
        QVERIFY(!r);
        if (!messagePart.isEmpty())
            QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().toString()));
        QCOMPARE(readAll(path), before); // never half-written
        QCOMPARE(filesIn(dir), QStringList { u"image.eif"_s }); // no temporary left behind

        if (what == u"expired" || what == u"future" || what == u"crc") {
            EifSigningOptions force;
            force.force = true;
            auto forced = EifImageSigner::sign(path, path, id.key, id.cert, force);
            QVERIFY2(forced, qPrintable(forced ? QString() : forced.error().toString()));
            QVERIFY(!forced->warnings.isEmpty());
            QVERIFY(inspect(path).ok);
        }
        if (what == u"encrypted") {
            EifSigningOptions withPass;
            withPass.passphrase = "pw";
            QVERIFY(EifImageSigner::sign(path, path, id.key, id.cert, withPass));
            QVERIFY(inspect(path).ok);
        }
    }

    void outputDirectoryMissing()
    {
        QTemporaryDir dir;
        const QString path = buildEif(dir);
        const Identity id = identity();
        const QByteArray before = readAll(path);
        QVERIFY(!EifImageSigner::sign(path, dir.filePath(u"missing/out.eif"_s), id.key, id.cert));
        QCOMPARE(readAll(path), before);
    }

    void signsThroughSymlink()
    {
        QTemporaryDir dir;
        const QString path = buildEif(dir);
        const QString link = dir.filePath(u"link.eif"_s);
        QVERIFY(QFile::link(path, link));
        const Identity id = identity();
        QVERIFY(EifImageSigner::sign(link, link, id.key, id.cert));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(inspect(path).ok);
    }

    void progressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = buildEif(dir);
        const Identity id = identity();
        const QByteArray before = readAll(path);

        QList<qint64> seen;
        qint64 reportedTotal = 0;
        EifSigningOptions withProgress;
        withProgress.progress = [&](qint64 done, qint64 total) {
            seen.append(done);
            reportedTotal = total;
        };
        QVERIFY(EifImageSigner::sign(path, dir.filePath(u"p.eif"_s), id.key, id.cert, withProgress));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(reportedTotal, 2 * qint64(before.size()));
        QCOMPARE(seen.last(), reportedTotal);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        // Cancelled at the first progress report of the copy pass: nothing written, input intact.
        std::atomic_bool stop { false };
        EifSigningOptions cancelling;
        cancelling.cancel = &stop;
        cancelling.progress = [&](qint64 done, qint64 total) {
            if (done > total / 2)
                stop = true;
        };
        const auto r = EifImageSigner::sign(path, path, id.key, id.cert, cancelling);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QCOMPARE(readAll(path), before);
        QCOMPARE(filesIn(dir), (QStringList { u"image.eif"_s, u"p.eif"_s }));
        stop = true;
        const auto early = EifImageSigner::sign(path, path, id.key, id.cert, cancelling);
        QVERIFY(!early);
        QCOMPARE(early.error().code, Error::Code::Cancelled);
    }

    void keepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = buildEif(dir);
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        const Identity id = identity();
        QVERIFY(EifImageSigner::sign(path, path, id.key, id.cert));
        QCOMPARE(QFileInfo(path).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup),
            QFileDevice::ReadGroup);
    }
};

QTEST_GUILESS_MAIN(TestEifImageSigner)
#include "tst_eifimagesigner.moc"

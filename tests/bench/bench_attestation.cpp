// Attestation verification throughput next to OpenSSL's raw P-384 verify rate.
//
// Verifies the 11 real documents (at their own timestamps) in a loop for a few seconds and prints
// documents/second, then runs `openssl speed -seconds 3 ecdsap384` and prints its verify/s. Each
// document costs 5 ECDSA P-384 verifications (4 in the chain: regional by root, zonal, instance CA,
// leaf; 1 COSE signature), so verify/s / 5 is the ceiling; the phases printed show the rest.

#include <cstdio>
#include <ctime>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include "attestation/attestationdocument.h"
#include "attestation/attestationverifier.h"
#include "crypto/x509certificate.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {

// Rates are per second of this thread's CPU time, like `openssl speed` (which counts user time
// unless given -elapsed): on a shared machine wall time would measure the neighbours.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

template <typename F> double ratePerSecond(double seconds, qsizetype batch, F &&work)
{
    const double start = threadCpuSeconds();
    qint64 done = 0;
    while (threadCpuSeconds() - start < seconds) {
        work();
        done += batch;
    }
    return double(done) / (threadCpuSeconds() - start);
}

double opensslVerifyPerSecond(QString *line)
{
    QProcess p;
    p.start(u"openssl"_s, { u"speed"_s, u"-seconds"_s, u"3"_s, u"ecdsap384"_s });
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    // " 384 bits ecdsa (nistp384)   0.0009s   0.0007s   1100.0   1400.0"
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression re(
        u"^\\s*384 bits ecdsa \\(nistp384\\)\\s+\\S+\\s+\\S+\\s+([0-9.]+)\\s+([0-9.]+)\\s*$"_s,
        QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    if (!m.hasMatch())
        return -1;
    *line = m.captured(0).trimmed();
    return m.captured(2).toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/attestation"));
    const QStringList files
        = dir.entryList({ u"*-20[0-9][0-9]-[0-9][0-9]-[0-9][0-9].cbor"_s }, QDir::Files, QDir::Name);
    QList<QByteArray> raw;
    QList<AttestationDocument> docs;
    for (const QString &f : files) {
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        raw << file.readAll();
        auto doc = AttestationDocument::parse(raw.last());
        if (!doc) {
            std::fprintf(
                stderr, "bench_attestation: %s: %s\n", qPrintable(f), qPrintable(doc.error().toString()));
            return 1;
        }
        docs << *doc;
    }
    if (docs.size() != 11) {
        std::fprintf(stderr, "bench_attestation: expected 11 real documents, found %d\n", int(docs.size()));
        return 1;
    }

    const AttestationVerifier verifier;
    int invalid = 0;
    const double seconds = 3.0;

    const double parseRate = ratePerSecond(1.0, raw.size(), [&] {
        for (const QByteArray &b : std::as_const(raw))
            invalid += AttestationDocument::parse(b) ? 0 : 1;
    });
    QList<QByteArray> certs;
    for (const AttestationDocument &d : std::as_const(docs))
        certs << d.certificateDer() << d.cabundleDer();
    const double x509Rate = ratePerSecond(1.0, certs.size(), [&] {
        for (const QByteArray &c : std::as_const(certs))
            invalid += X509Certificate::fromDer(c) ? 0 : 1;
    });
    const double coseRate = ratePerSecond(1.0, docs.size(), [&] {
        for (const AttestationDocument &d : std::as_const(docs))
            invalid += d.verifySignature(d.certificate()) ? 0 : 1;
    });
    const double verifyRate = ratePerSecond(seconds, docs.size(), [&] {
        for (const AttestationDocument &d : std::as_const(docs))
            invalid += verifier.verify(d, AttestationTime::document()).valid ? 0 : 1;
    });
    const double endToEnd = ratePerSecond(seconds, raw.size(), [&] {
        for (const QByteArray &b : std::as_const(raw)) {
            const auto d = AttestationDocument::parse(b);
            invalid += d && verifier.verify(*d, AttestationTime::document()).valid ? 0 : 1;
        }
    });
    if (invalid) {
        std::fprintf(stderr, "bench_attestation: %d verifications failed\n", invalid);
        return 1;
    }

    QString opensslLine;
    const double opensslVerify = opensslVerifyPerSecond(&opensslLine);

    std::printf("attestation documents (11 real, verified at their own timestamps; per CPU second)\n");
    std::printf(
        "  parse only (CBOR + 5 X.509 decodes)   %9.0f docs/s  (%.1f us/doc)\n", parseRate, 1e6 / parseRate);
    std::printf("    of which X.509 decode (d2i_X509)    %9.0f certs/s (%.1f us/cert, x5 per doc)\n",
        x509Rate, 1e6 / x509Rate);
    std::printf(
        "  COSE ES384 signature only             %9.0f docs/s  (%.1f us/doc)\n", coseRate, 1e6 / coseRate);
    std::printf("  verify (all checks, parsed docs)      %9.0f docs/s  (%.1f us/doc)\n", verifyRate,
        1e6 / verifyRate);
    std::printf("    of which chain + other checks       %9.1f us/doc\n", 1e6 / verifyRate - 1e6 / coseRate);
    std::printf(
        "  parse + verify                        %9.0f docs/s  (%.1f us/doc)\n", endToEnd, 1e6 / endToEnd);
    if (opensslVerify > 0) {
        std::printf("openssl speed -seconds 3 ecdsap384     %9.0f verify/s (user time) [%s]\n", opensslVerify,
            qPrintable(opensslLine));
        std::printf("  ceiling at 5 P-384 verifies per doc   %9.0f docs/s\n", opensslVerify / 5);
        std::printf("  parse + verify vs ceiling             %9.2f\n", endToEnd / (opensslVerify / 5));
        std::printf("  COSE verify vs raw verify             %9.2f\n", coseRate / opensslVerify);
    } else {
        std::printf("openssl speed: not available or unparsable output\n");
    }
    return 0;
}

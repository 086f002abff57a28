// sign-eif throughput next to `openssl dgst -sha384` and a plain file copy of the same image.
//
// Signing reads the image twice (PCR0 first, then the copy, hashed again so a file changed in
// between is refused) and writes it once with fsync, so about 2 hash passes + 1 copy is the
// expected cost. Usage: bench_signeif [MiB] (default 256).

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "eif/eifwriter.h"
#include "signing/eifimagesigner.h"
#include "signing/signingcertificategenerator.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {

bool writeNoise(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (qint64 left = bytes; left > 0; left -= chunk.size()) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (f.write(chunk.constData(), qMin<qint64>(left, chunk.size())) < 0)
            return false;
    }
    return true;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;
    if (mib < 16 || mib > 8192) {
        std::fprintf(stderr, "usage: bench_signeif [MiB 16..8192]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString kernel = dir.filePath(u"kernel"_s), ramdisk = dir.filePath(u"ramdisk"_s);
    if (!writeNoise(kernel, 8 << 20) || !writeNoise(ramdisk, (mib - 8) << 20)) {
        std::fprintf(stderr, "cannot write test data\n");
        return 1;
    }
    EifWriter w;
    w.setKernelFile(kernel);
    w.setCmdline("console=ttyS0");
    w.setMetadata(
        R"({"ImageName":"bench","ImageVersion":"1","BuildMetadata":{},"DockerInfo":null,"CustomMetadata":null})");
    w.addRamdisk(QByteArray(4096, 'b'));
    w.addRamdiskFile(ramdisk);
    const QString eif = dir.filePath(u"bench.eif"_s);
    if (!w.write(eif)) {
        std::fprintf(stderr, "cannot write the EIF\n");
        return 1;
    }
    QFile::remove(kernel);
    QFile::remove(ramdisk);
    auto id = SigningCertificateGenerator::generate({});
    if (!id)
        return 1;

    QElapsedTimer t;
    t.start();
    auto r = EifImageSigner::sign(eif, dir.filePath(u"signed.eif"_s), id->privateKeyPem, id->certificatePem);
    const double sign = seconds(t);
    if (!r) {
        std::fprintf(stderr, "sign failed: %s\n", qPrintable(r.error().toString()));
        return 1;
    }
    t.restart();
    QProcess p;
    p.start(u"openssl"_s, { u"dgst"_s, u"-sha384"_s, eif });
    p.waitForFinished(600000);
    const double dgst = seconds(t);
    t.restart();
    QFile::copy(eif, dir.filePath(u"copy.eif"_s));
    const double copy = seconds(t);

    std::printf("image            %lld MiB\n", static_cast<long long>(mib));
    std::printf("sign-eif         %.2f s  (%.0f MiB/s)\n", sign, double(mib) / sign);
    std::printf("openssl sha384   %.2f s  (%.0f MiB/s)\n", dgst, double(mib) / dgst);
    std::printf("file copy        %.2f s\n", copy);
    std::printf("ratio sign / (2 x sha384 + copy) = %.2f\n", sign / (2 * dgst + copy));
    return 0;
}

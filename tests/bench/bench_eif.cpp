// Benchmark (not a test): generates a 1 GiB EIF laid out like nitro-cli's (8 MiB kernel, cmdline,
// metadata, 16 MiB bootstrap ramdisk, the rest an application ramdisk), then times
// `enclave-tool describe-eif` against `openssl dgst -sha384` on the same file, alternating, and
// prints the median ratio and enclave-tool's peak RSS. Targets: ratio <= 1.05, RSS <= 64 MiB.
//
//   bench_eif [--size-mib N] [--runs N] [--keep FILE]
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include "eif/eifmetadata.h"
#include "eif/eifwriter.h"

using namespace enclave;

namespace {

bool writeFiller(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray block(1 << 20, '\0');
    quint32 x = seed;
    for (qsizetype i = 0; i < block.size(); ++i) {
        x = x * 1664525u + 1013904223u;
        block[i] = char(x >> 24);
    }
    for (qint64 done = 0; done < size;) {
        const qint64 n = qMin<qint64>(block.size(), size - done);
        // Vary each block so no layer can deduplicate or compress it away.
        block[0] = char(done >> 20);
        block[1] = char(done >> 28);
        if (f.write(block.constData(), n) != n)
            return false;
        done += n;
    }
    return true;
}

double childrenCpuSeconds()
{
    rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
        + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Wall seconds of one run; *cpu receives the child's user+system seconds (load-independent).
double runTimed(const QString &program, const QStringList &args, double *cpu = nullptr)
{
    const double cpuBefore = childrenCpuSeconds();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(
            stderr, "bench_eif: %s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        std::exit(1);
    }
    const double wall = double(t.nsecsElapsed()) / 1e9;
    if (cpu)
        *cpu = childrenCpuSeconds() - cpuBefore;
    return wall;
}

long childrenMaxRssKiB()
{
    rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    return ru.ru_maxrss;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 sizeMiB = 1024;
    int runs = 5;
    QString keep;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--size-mib")
            sizeMiB = args[i + 1].toLongLong();
        else if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
        else if (args[i] == u"--keep")
            keep = args[i + 1];
    }
    const QString tool = QStringLiteral(ENCLAVE_TOOL_PATH);

    QTemporaryDir dir;
    const QString eif = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.eif")) : keep;
    const qint64 kernel = 8 << 20, rd0 = 16 << 20;
    const qint64 rd1 = (sizeMiB << 20) - kernel - rd0 - 4096;
    std::printf("bench_eif: writing a %lld MiB EIF (kernel 8 MiB, ramdisk0 16 MiB, ramdisk1 %lld MiB) ...\n",
        sizeMiB, rd1 >> 20);
    std::fflush(stdout);
    if (!writeFiller(dir.filePath(QStringLiteral("kernel")), kernel, 1)
        || !writeFiller(dir.filePath(QStringLiteral("rd0")), rd0, 2)
        || !writeFiller(dir.filePath(QStringLiteral("rd1")), rd1, 3)) {
        std::fprintf(stderr, "bench_eif: cannot write inputs\n");
        return 1;
    }
    EifWriter w;
    w.setKernelFile(dir.filePath(QStringLiteral("kernel")));
    w.setCmdline("reboot=k panic=30 pci=off nomodules console=ttyS0 i8042.noaux i8042.nomux i8042.nopnp "
                 "i8042.dumbkbd random.trust_cpu=on");
    w.setMetadata(EifMetadata::build(QStringLiteral("bench"), QStringLiteral("1"), {}));
    w.addRamdiskFile(dir.filePath(QStringLiteral("rd0")));
    w.addRamdiskFile(dir.filePath(QStringLiteral("rd1")));
    if (auto r = w.write(eif); !r) {
        std::fprintf(stderr, "bench_eif: %s\n", qPrintable(r.error().toString()));
        return 1;
    }
    QFile::remove(dir.filePath(QStringLiteral("rd1")));

    // Our tool first, alone, so RUSAGE_CHILDREN's peak is ours (openssl's is far smaller anyway).
    runTimed(tool, { QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), eif });
    const long ourPeakKiB = childrenMaxRssKiB();
    runTimed(
        QStringLiteral("openssl"), { QStringLiteral("dgst"), QStringLiteral("-sha384"), eif }); // warm cache

    std::vector<double> ours, base, ratios, cpuRatios;
    for (int i = 0; i < runs; ++i) {
        double oc = 0, bc = 0;
        const double o
            = runTimed(tool, { QStringLiteral("describe-eif"), QStringLiteral("--eif-path"), eif }, &oc);
        const double b = runTimed(
            QStringLiteral("openssl"), { QStringLiteral("dgst"), QStringLiteral("-sha384"), eif }, &bc);
        ours.push_back(o);
        base.push_back(b);
        ratios.push_back(o / b);
        cpuRatios.push_back(oc / bc);
        std::printf("  run %d: describe-eif %.3f s (cpu %.3f s), openssl dgst -sha384 %.3f s (cpu %.3f s), "
                    "wall ratio %.3f\n",
            i + 1, o, oc, b, bc, o / b);
        std::fflush(stdout);
    }
    const double mo = median(ours), mb = median(base);
    std::printf(
        "bench_eif: %lld MiB, %d runs: median describe-eif %.3f s (%.0f MiB/s), median openssl %.3f s "
        "(%.0f MiB/s)\n",
        sizeMiB, runs, mo, double(sizeMiB) / mo, mb, double(sizeMiB) / mb);
    std::printf("bench_eif: median ratio %.3f (target <= 1.05), median of per-pair ratios %.3f\n", mo / mb,
        median(ratios));
    std::printf("bench_eif: median CPU-time ratio %.3f (PCR0 and PCR2 are two SHA-384 streams over the "
                "application ramdisk, plus the CRC: wall ~ one pass needs a third idle core)\n",
        median(cpuRatios));
    // The machine's load matters: with fewer free cores than our 3 threads, wall time follows CPU time.
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("bench_eif: load average after measuring: %s", load.readAll().constData());
    std::printf(
        "bench_eif: enclave-tool peak RSS %.1f MiB (target <= 64 MiB)\n", double(ourPeakKiB) / 1024.0);
    return 0;
}

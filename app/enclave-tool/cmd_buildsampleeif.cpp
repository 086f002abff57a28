// enclave-tool build-sample-eif --output F: a realistic, self-contained EIF made by our own writer,
#include <QJsonArray>
// laid out like nitro-cli's (fake bzImage, the real x86_64 cmdline, metadata, bootstrap ramdisk
// with dev/ init nsm.ko, application ramdisk with rootfs/ cmd env), signed with a throwaway P-384
// key. The GUI, the agent simulator and the tests open it; PCR0/1/2 are the same on every build.
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include "command.h"
#include "cpio/cpiowriter.h"
#include "eif/eifdescription.h"
#include "eif/eifmetadata.h"
#include "eif/eifwriter.h"
#include "measure/nitroclijson.h"
#include "signing/eifimagesigner.h"
#include "signing/signingcertificategenerator.h"

using namespace enclave;
using namespace enclave::cli;

namespace {

// Deterministic filler so the sample's PCRs never change between builds.
QByteArray filler(qsizetype size, quint32 seed)
{
    QByteArray out(size, '\0');
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

QByteArray fakeBzImage()
{
    QByteArray k = filler(256 * 1024, 0xb21a);
    // Linux boot protocol: boot flag 0xAA55 at 0x1FE, "HdrS" at 0x202, protocol 2.15 at 0x206.
    k[0x1fe] = char(0x55);
    k[0x1ff] = char(0xaa);
    k.replace(0x202, 4, "HdrS");
    k[0x206] = char(0x0f);
    k[0x207] = char(0x02);
    const QByteArray version("4.14.256-209.484.amzn2.x86_64 (sample@enclave-studio) #1 SMP");
    k.replace(0x400, version.size(), version);
    return k;
}

QByteArray fakeElf(const QByteArray &note, qsizetype size, quint32 seed)
{
    QByteArray e = filler(size, seed);
    e.replace(0, 4,
        "\x7f"
        "ELF");
    e[4] = 2; // 64-bit
    e[5] = 1; // little-endian
    e[6] = 1;
    e.replace(64, note.size(), note);
    return e;
}

int runBuildSampleEif(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the sample EIF."));
    const QCommandLineOption output(
        QStringLiteral("output"), QStringLiteral("The EIF to write."), QStringLiteral("OUT"));
    const QCommandLineOption certOut(QStringLiteral("certificate-output"),
        QStringLiteral("Also write the signing certificate (PEM) here."), QStringLiteral("PEM"));
    const QCommandLineOption unsignedOpt(
        QStringLiteral("unsigned"), QStringLiteral("Do not sign the image."));
    parser.addOptions({ output, certOut, unsignedOpt });
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(output)) {
        printError(QStringLiteral("usage: enclave-tool build-sample-eif --output OUT.eif "
                                  "[--certificate-output CERT.pem] [--unsigned]"));
        return ExitUsage;
    }
    const QString out = parser.value(output);

    CpioWriter bootstrap;
    bootstrap.addDirectory(QStringLiteral("dev"), 0755);
    bootstrap.addFile(QStringLiteral("init"),
        fakeElf(
            "enclave init (sample): mounts /dev, loads nsm.ko, heartbeat to vsock 3:9000", 48 * 1024, 0x1417),
        0755);
    bootstrap.addFile(QStringLiteral("nsm.ko"),
        fakeElf("vermagic=4.14.256-209.484.amzn2.x86_64 SMP mod_unload modversions", 24 * 1024, 0x45a1),
        0755);

    CpioWriter app;
    app.addDirectory(QStringLiteral("rootfs"), 0755);
    for (const char *d : { "bin", "dev", "etc", "proc", "run", "sys", "tmp", "usr", "usr/bin", "var" })
        app.addDirectory(QStringLiteral("rootfs/") + QLatin1StringView(d), 0755);
    app.addFile(QStringLiteral("rootfs/etc/os-release"),
        QByteArrayLiteral("NAME=\"Sample Linux\"\nID=sample\nVERSION_ID=1.0\n"), 0644);
    app.addFile(QStringLiteral("rootfs/usr/bin/hello"),
        QByteArrayLiteral("#!/bin/sh\nwhile true; do echo \"Hello from the enclave side!\"; sleep 5; done\n"),
        0755);
    app.addFile(QStringLiteral("rootfs/bin/busybox"),
        fakeElf("BusyBox v1.36.1 (sample) multi-call binary", 96 * 1024, 0xb0b0), 0755);
    app.addSymlink(QStringLiteral("rootfs/bin/sh"), QStringLiteral("busybox"));
    app.addFile(QStringLiteral("cmd"), QByteArrayLiteral("/usr/bin/hello\n"), 0644);
    app.addFile(QStringLiteral("env"),
        QByteArrayLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOME=/\n"),
        0644);

    QJsonObject build;
    build.insert(QLatin1StringView("BuildTime"), QStringLiteral("2024-01-01T00:00:00+00:00"));
    build.insert(QLatin1StringView("BuildTool"), QStringLiteral("enclave-tool"));
    build.insert(QLatin1StringView("BuildToolVersion"), QStringLiteral(ENCLAVE_VERSION));
    build.insert(QLatin1StringView("OperatingSystem"), QStringLiteral("Linux"));
    build.insert(QLatin1StringView("KernelVersion"), QStringLiteral("4.14.256"));
    QJsonObject docker;
    docker.insert(QLatin1StringView("Id"), QString(QStringLiteral("sha256:") + QString(64, u'0')));
    docker.insert(QLatin1StringView("RepoTags"), QJsonArray { QStringLiteral("sample-hello:latest") });
    QJsonObject custom;
    custom.insert(QLatin1StringView("app"), QStringLiteral("hello"));
    custom.insert(QLatin1StringView("team"), QStringLiteral("enclave-studio"));

    EifWriter writer;
    writer.setKernel(fakeBzImage());
    writer.setCmdline(
        QByteArrayLiteral("reboot=k panic=30 pci=off nomodules console=ttyS0 i8042.noaux i8042.nomux "
                          "i8042.nopnp i8042.dumbkbd random.trust_cpu=on"));
    writer.setMetadata(
        EifMetadata::build(QStringLiteral("sample-hello"), QStringLiteral("1.0"), build, docker, custom));
    writer.addRamdisk(bootstrap.finish());
    writer.addRamdisk(app.finish());
    if (auto w = writer.write(out); !w) {
        printError(out, w.error());
        return ExitInvalid;
    }

    if (!parser.isSet(unsignedOpt)) {
        SigningCertificateRequest request;
        request.subject = QStringLiteral("/CN=sample.enclave-studio");
        request.days = 3650;
        auto identity = SigningCertificateGenerator::generate(request);
        if (!identity) {
            printError(out, identity.error());
            return ExitInvalid;
        }
        auto signedImage = EifImageSigner::sign(out, out, identity->privateKeyPem, identity->certificatePem);
        if (!signedImage) {
            printError(out, signedImage.error());
            return ExitInvalid;
        }
        if (parser.isSet(certOut)) {
            QSaveFile pem(parser.value(certOut));
            if (!pem.open(QIODevice::WriteOnly)
                || pem.write(identity->certificatePem) != identity->certificatePem.size() || !pem.commit()) {
                printError(parser.value(certOut), Error { Error::Code::Io, -1, pem.errorString() });
                return ExitInvalid;
            }
        }
    }
    auto description = EifDescription::describe(out);
    if (!description) {
        printError(out, description.error());
        return ExitInvalid;
    }
    printText(QString::fromUtf8(NitroCliJson::buildInfo(description->pcrs())));
    return description->isClean() ? ExitOk : ExitInvalid;
}

} // namespace

ENCLAVE_COMMAND(
    "build-sample-eif", "write the realistic, signed sample EIF the app and tests use", &runBuildSampleEif);

#include "agent/agentbinaries.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>

namespace enclave::agent {

namespace {
QString existing(const QStringList &candidates)
{
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile() && QFileInfo(c).isExecutable())
            return QFileInfo(c).canonicalFilePath();
    return {};
}
} // namespace

std::optional<QString> AgentBinaries::normalizeArchitecture(const QString &machine)
{
    const QString m = machine.trimmed().toLower();
    if (m == u"x86_64" || m == u"amd64" || m == u"x86-64")
        return QStringLiteral("x86_64");
    if (m == u"aarch64" || m == u"arm64")
        return QStringLiteral("aarch64");
    return std::nullopt;
}

QString AgentBinaries::hostArchitecture()
{
    return normalizeArchitecture(QSysInfo::currentCpuArchitecture())
        .value_or(QSysInfo::currentCpuArchitecture());
}

QStringList AgentBinaries::searchedPaths(const QString &arch)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString sub
        = QStringLiteral("/lib/enclave-studio/agent/linux-") + arch + QStringLiteral("/enclave-agent");
    QStringList paths;
    const QByteArray env = qgetenv("ENCLAVE_AGENT_DIR"); // a directory holding linux-<arch>/enclave-agent
    if (!env.isEmpty())
        paths << QFile::decodeName(env) + QStringLiteral("/linux-") + arch + QStringLiteral("/enclave-agent");
    paths << dir + QStringLiteral("/..") + sub // <prefix>/bin -> <prefix>/lib/...
          << dir + QStringLiteral("/../..") + sub // build/app/<program>/ -> build/lib/...
          << dir + QStringLiteral("/../../..") + sub; // build/tests/<area>/ -> build/lib/...
#ifdef ENCLAVE_INSTALL_PREFIX
    paths << QStringLiteral(ENCLAVE_INSTALL_PREFIX) + sub;
#endif
    // Last: a bare enclave-agent next to the program (a package may still put the Qt agent
    // there, which must never be what install-agent copies).
    if (arch == hostArchitecture())
        paths << dir + QStringLiteral("/enclave-agent"); // next to the program
    return paths;
}

QString AgentBinaries::agent(const QString &arch)
{
    return existing(searchedPaths(arch));
}

QString AgentBinaries::localAgent()
{
    const QString found = agent(hostArchitecture());
    if (!found.isEmpty())
        return found;
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("enclave-agent"));
    return inPath.isEmpty() ? QStringLiteral("enclave-agent") : inPath;
}

QString AgentBinaries::nitroCliSim()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString found = existing(
        { dir + QStringLiteral("/nitro-cli-sim"), dir + QStringLiteral("/../nitro-cli-sim/nitro-cli-sim"),
            dir + QStringLiteral("/../../app/nitro-cli-sim/nitro-cli-sim") });
    if (!found.isEmpty())
        return found;
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("nitro-cli-sim"));
    return inPath.isEmpty() ? QStringLiteral("nitro-cli-sim") : inPath;
}

QString AgentBinaries::versionLine(const QString &arch)
{
    QString program = agent(arch);
    if (arch != hostArchitecture() || program.isEmpty())
        program = agent(hostArchitecture());
    if (program.isEmpty())
        return {};
    QProcess p;
    p.start(program, { QStringLiteral("--version") });
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).section(u'\n', 0, 0).trimmed();
}

} // namespace enclave::agent

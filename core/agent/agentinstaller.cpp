#include "agent/agentinstaller.h"

#include <QEventLoop>
#include <QFile>

#include "agent/agentbinaries.h"

namespace enclave::agent {

namespace {
constexpr qint64 kMaxBinaryBytes = 256 << 20;

QString field(const QByteArray &out, const char *key)
{
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size())).trimmed();
    return {};
}

bool hasField(const QByteArray &out, const char *key)
{
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(prefix) && out.contains(QByteArray(line + '\n')))
            return true;
    return false;
}
} // namespace

AgentInstaller::AgentInstaller(QObject *parent)
    : QObject(parent)
{
}

AgentInstaller::~AgentInstaller()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        delete m_process;
    }
}

QString AgentInstaller::remoteScript()
{
    // Read the target path (data, never code), report the architecture and the installed
    // version, then read "skip" or "size N" followed by N bytes. Every failure prints
    // "step=NAME detail" and leaves no partial file behind. --version runs with stdin from
    // /dev/null so an old binary cannot eat the bytes that follow.
    return QStringLiteral(
        "sh -c 'IFS= read -r t || exit 3; "
        "case \"$t\" in \"~/\"*) t=\"$HOME/${t#??}\";; /*) ;; *) echo \"step=path not absolute\"; exit 4;; "
        "esac; "
        "echo \"arch=$(uname -m)\"; "
        "if [ -x \"$t\" ]; then echo \"current=$(\"$t\" --version </dev/null 2>/dev/null | head -n 1)\"; "
        "else echo \"current=\"; fi; "
        "echo \"path=$t\"; "
        "IFS= read -r c || exit 3; "
        "case \"$c\" in skip) exit 0;; \"size \"*) n=${c#size };; *) exit 3;; esac; "
        "case \"$n\" in \"\"|*[!0-9]*) exit 3;; esac; "
        "d=$(dirname \"$t\"); mkdir -p \"$d\" || { echo \"step=mkdir cannot create $d\"; exit 5; }; "
        "tmp=\"$d/.enclave-agent.$$.tmp\"; "
        "head -c \"$n\" > \"$tmp\" || { rm -f \"$tmp\"; echo \"step=copy cannot write $tmp\"; exit 6; }; "
        "s=$(wc -c < \"$tmp\"); "
        "if [ \"$s\" -ne \"$n\" ]; then rm -f \"$tmp\"; echo \"step=copy received $s of $n bytes\"; exit 6; "
        "fi; "
        "chmod 755 \"$tmp\" || { rm -f \"$tmp\"; echo \"step=chmod failed on $tmp\"; exit 7; }; "
        "mv -f \"$tmp\" \"$t\" || { rm -f \"$tmp\"; echo \"step=rename cannot replace $t\"; exit 8; }; "
        "echo \"installed=$(\"$t\" --version </dev/null 2>/dev/null | head -n 1)\"'");
}

std::optional<QString> AgentInstaller::checkRemotePath(const QString &path)
{
    for (QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("the remote path must be one line");
    if (path.size() > 4096)
        return QStringLiteral("the remote path is too long");
    if (!path.startsWith(u'/') && !path.startsWith(QStringLiteral("~/")))
        return QStringLiteral("the remote path '%1' must be absolute or start with ~/").arg(path);
    if (path.endsWith(u'/') || path.endsWith(QStringLiteral("/.")) || path.endsWith(QStringLiteral("/..")))
        return QStringLiteral("the remote path '%1' names a directory, not a file").arg(path);
    return std::nullopt;
}

void AgentInstaller::start(const AgentEndpoint &endpoint, const Options &options)
{
    m_endpoint = endpoint;
    m_options = options;
    m_out.clear();
    m_err.clear();
    m_decided = m_copied = m_done = false;
    if (auto bad = checkRemotePath(options.remotePath))
        return finish(Outcome { false, false, QStringLiteral("path"), *bad, {}, {} });
    if (options.arch != u"auto" && !AgentBinaries::architectures().contains(options.arch))
        return finish(Outcome { false, false, QStringLiteral("arch"),
            QStringLiteral("unsupported architecture '%1' (the agent is built for x86_64 and aarch64)")
                .arg(options.arch),
            {}, {} });
    AgentEndpoint ep = endpoint;
    ep.kind = AgentEndpoint::Kind::Ssh;
    ep.agentCommand = remoteScript();
    const auto program = ep.program();
    const auto args = ep.arguments();
    if (!program || !args)
        return finish(Outcome { false, false, QStringLiteral("connect"),
            (!program ? program.error() : args.error()).message, {}, {} });
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &AgentInstaller::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_err += m_process->readAllStandardError();
        if (m_err.size() > 8192)
            m_err = m_err.right(8192);
    });
    connect(m_process, &QProcess::finished, this, &AgentInstaller::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(Outcome { false, false, QStringLiteral("connect"),
                QStringLiteral("cannot start %1: %2").arg(m_process->program(), m_process->errorString()), {},
                {} });
    });
    Q_EMIT progress(tr("Connecting to %1...").arg(endpoint.displayName()));
    m_process->start(*program, *args);
    m_process->write(options.remotePath.toUtf8() + '\n');
}

void AgentInstaller::cancel()
{
    if (m_process)
        m_process->kill();
}

void AgentInstaller::onOutput()
{
    m_out += m_process->readAllStandardOutput();
    if (m_out.size() > 65536)
        m_out = m_out.right(65536);
    if (!m_decided && hasField(m_out, "arch") && hasField(m_out, "current") && hasField(m_out, "path"))
        decide();
}

void AgentInstaller::decide()
{
    m_decided = true;
    const QString uname = field(m_out, "arch");
    const QString remotePath = field(m_out, "path"); // with ~ expanded by the remote shell
    m_current = field(m_out, "current");
    auto skip = [this](Outcome o) {
        m_process->write("skip\n");
        m_process->closeWriteChannel();
        m_pending = std::move(o);
    };
    QString arch = m_options.arch;
    if (arch == u"auto") {
        const auto normalized = AgentBinaries::normalizeArchitecture(uname);
        if (!normalized)
            return skip(Outcome { false, false, QStringLiteral("arch"),
                QStringLiteral(
                    "unsupported architecture '%1' (uname -m); the agent is built for x86_64 and aarch64")
                    .arg(uname.left(64)),
                uname.left(64), {} });
        arch = *normalized;
    }
    m_remoteArch = arch;
    const QString local = AgentBinaries::agent(arch);
    if (local.isEmpty())
        return skip(Outcome { false, false, QStringLiteral("local binary"),
            QStringLiteral("no enclave-agent for %1 here (looked in %2)")
                .arg(arch, AgentBinaries::searchedPaths(arch).join(u", ")),
            arch, {} });
    m_expected = AgentBinaries::versionLine(arch);
    if (!m_options.force && !m_expected.isEmpty() && m_current == m_expected)
        return skip(Outcome { true, true, {},
            QStringLiteral("%1 at %2 is already current (%3)").arg(m_current, remotePath, arch), arch,
            m_current });
    QFile f(local);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxBinaryBytes)
        return skip(Outcome { false, false, QStringLiteral("local binary"),
            QStringLiteral("cannot read %1").arg(local), arch, {} });
    const QByteArray bytes = f.readAll();
    Q_EMIT progress(
        tr("Copying %1 (%2 KiB, %3) to %4...").arg(local).arg(bytes.size() / 1024).arg(arch, remotePath));
    m_process->write(QByteArrayLiteral("size ") + QByteArray::number(bytes.size()) + '\n');
    m_process->write(bytes);
    m_process->closeWriteChannel();
    m_copied = true;
    m_pending = Outcome { true, false, {}, remotePath, arch, {} };
}

void AgentInstaller::onFinished()
{
    if (m_done)
        return;
    m_out += m_process->readAllStandardOutput();
    m_err += m_process->readAllStandardError();
    const int code = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    const QString step = field(m_out, "step");
    if (!step.isEmpty())
        return finish(
            Outcome { false, false, step.section(u' ', 0, 0), step.section(u' ', 1), m_remoteArch, {} });
    if (!m_decided) {
        // ssh itself failed (host key, refused key, unreachable host): its own last line says why.
        const QString why = QString::fromLocal8Bit(m_err).trimmed().section(u'\n', -1).trimmed();
        return finish(Outcome { false, false, QStringLiteral("connect"),
            why.isEmpty() ? QStringLiteral("ssh exited with status %1").arg(code) : why, {}, {} });
    }
    if (!m_copied)
        return finish(m_pending);
    const QString installed = field(m_out, "installed");
    if (code != 0)
        return finish(Outcome { false, false, QStringLiteral("copy"),
            QStringLiteral("the remote side exited with status %1").arg(code), m_remoteArch, {} });
    if (installed.isEmpty() || (!m_expected.isEmpty() && installed != m_expected))
        return finish(Outcome { false, false, QStringLiteral("verify"),
            QStringLiteral("%1 --version printed '%2', expected '%3'")
                .arg(m_pending.message, installed.left(200), m_expected),
            m_remoteArch, installed });
    finish(Outcome { true, false, {},
        QStringLiteral("%1 installed at %2 (%3)").arg(installed, m_pending.message, m_remoteArch),
        m_remoteArch, installed });
}

void AgentInstaller::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

AgentInstaller::Outcome AgentInstaller::run(
    const AgentEndpoint &endpoint, const Options &options, int timeoutMs)
{
    Outcome result { false, false, QStringLiteral("connect"), QStringLiteral("timed out"), {}, {} };
    QEventLoop loop;
    bool done = false;
    auto c = connect(this, &AgentInstaller::finished, &loop, [&](const Outcome &o) {
        result = o;
        done = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, [&] { cancel(); });
    start(endpoint, options);
    timer.start(timeoutMs);
    if (!done)
        loop.exec();
    disconnect(c);
    return result;
}

} // namespace enclave::agent

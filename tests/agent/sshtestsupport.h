#pragma once

// A real OpenSSH server on a free 127.0.0.1 port for the agent's SSH tests (tst_agentssh,
// tst_agentsoak): ed25519 keys generated in a temporary directory, strict host key checking
// through a known_hosts file written here, and the server stopped by the PID we started.

#include <csignal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include "agent/agenttestsupport.h"

namespace enclave::agent::test {

// Runs a short program to completion (bounded); true on exit status 0.
inline bool runQuietly(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished(2000);
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// ssh-keygen -t ed25519 without passphrase: path (private, 0600) and path.pub.
inline bool generateSshKey(const QString &path)
{
    return runQuietly(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-f"), path });
}

// The "TYPE BASE64" of path.pub (its comment dropped).
inline QByteArray sshPublicKey(const QString &path)
{
    QFile f(path + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    return parts.value(0) + ' ' + parts.value(1);
}

// Why the SSH tests cannot run here, or empty.
inline QString missingOpenSsh()
{
    for (const char *tool : { "/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen" })
        if (!QFile::exists(QLatin1StringView(tool)))
            return QStringLiteral(
                "OpenSSH client/server not installed (packaging/install-deps.sh installs them)");
    return {};
}

class LoopbackSshd final {
public:
    ~LoopbackSshd() { stop(); }

    // Starts sshd -D on a free port with DIR/host_key (generated here when missing) and
    // DIR/authorized_keys (written by the caller; environment= options are honoured). When run
    // as root it creates sshd's privilege-separation directory /run/sshd, as the package does.
    bool start(const QString &dir)
    {
        m_dir = dir;
        if (::geteuid() == 0 && !QFile::exists(QStringLiteral("/run/sshd")))
            ::mkdir("/run/sshd", 0755);
        if (!QFile::exists(dir + QStringLiteral("/host_key"))
            && !generateSshKey(dir + QStringLiteral("/host_key")))
            return false;
        QFile::setPermissions(dir + QStringLiteral("/authorized_keys"), QFile::ReadOwner | QFile::WriteOwner);
        // A free high port: bind to 0, read it, release it, hand it to sshd (retried if taken meanwhile).
        for (int attempt = 0; attempt < 3 && m_sshd.state() != QProcess::Running; ++attempt) {
            const int s = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in a {};
            a.sin_family = AF_INET;
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t len = sizeof(a);
            ::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof(a));
            ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len);
            m_port = ntohs(a.sin_port);
            ::close(s);
            QFile cfg(dir + QStringLiteral("/sshd_config"));
            if (!cfg.open(QIODevice::WriteOnly))
                return false;
            cfg.write(QStringLiteral(
                "Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\nAuthorizedKeysFile "
                "%2/authorized_keys\n"
                "PidFile %2/sshd.pid\nStrictModes no\nPubkeyAuthentication yes\nPasswordAuthentication no\n"
                "KbdInteractiveAuthentication no\nUsePAM no\nPermitRootLogin %3\nLogLevel "
                "ERROR\nPermitUserEnvironment yes\nMaxStartups 32\nMaxSessions 32\n")
                          .arg(m_port)
                          .arg(dir, ::geteuid() == 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                          .toUtf8());
            cfg.close();
            m_sshd.setStandardErrorFile(dir + QStringLiteral("/sshd.log"));
            m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
                { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), cfg.fileName() });
            if (!m_sshd.waitForStarted(5000))
                return false;
            // Ready once it accepts TCP connections (bounded).
            const bool up = waitUntil(
                [&] {
                    if (m_sshd.state() != QProcess::Running)
                        return true;
                    const int c = ::socket(AF_INET, SOCK_STREAM, 0);
                    sockaddr_in t {};
                    t.sin_family = AF_INET;
                    t.sin_port = htons(m_port);
                    t.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                    const bool ok = ::connect(c, reinterpret_cast<sockaddr *>(&t), sizeof(t)) == 0;
                    ::close(c);
                    return ok;
                },
                5000);
            if (!up)
                return false;
        }
        return m_sshd.state() == QProcess::Running
            && writeKnownHosts(dir + QStringLiteral("/known_hosts"), dir + QStringLiteral("/host_key"));
    }

    // A known_hosts file that names this server ([127.0.0.1]:PORT) with the key at hostKey.
    bool writeKnownHosts(const QString &file, const QString &hostKey) const
    {
        QFile kh(file);
        const QByteArray key = sshPublicKey(hostKey);
        if (key.isEmpty() || !kh.open(QIODevice::WriteOnly))
            return false;
        kh.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + key + '\n');
        return true;
    }

    // An endpoint for "ssh -i KEY 127.0.0.1" with strict checking against DIR/known_hosts and an
    // empty ssh_config (hermetic: not ~/.ssh/config).
    AgentEndpoint endpoint(const QString &identity, const QString &knownHosts) const
    {
        QFile(m_dir + QStringLiteral("/ssh_config")).open(QIODevice::WriteOnly | QIODevice::Append);
        AgentEndpoint e = AgentEndpoint::ssh(QStringLiteral("127.0.0.1"));
        e.port = m_port;
        e.identityFile = identity;
        e.configFile = m_dir + QStringLiteral("/ssh_config");
        e.options
            = { QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("IdentitiesOnly=yes"),
                  QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("LogLevel=ERROR") };
        return e;
    }

    quint16 port() const { return m_port; }
    bool running() const { return m_sshd.state() == QProcess::Running; }

    // Our own sshd, by the PID of the process we started.
    void stop()
    {
        if (m_sshd.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_sshd.processId()), SIGTERM);
        if (!m_sshd.waitForFinished(5000)) {
            m_sshd.kill();
            m_sshd.waitForFinished(2000);
        }
    }

private:
    QString m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
};

} // namespace enclave::agent::test

#pragma once

// A real sshd on 127.0.0.1 for tests and benchmarks: host and user keys generated in a temporary
// directory, strict host key checking with our own known_hosts, no PAM, no passwords. Started
// and stopped by the PID of the process we started; every wait is bounded.

#include <csignal>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include "agent/agentendpoint.h"

namespace enclave::agent::test {

class LoopbackSshd final {
public:
    // Everything lives under dir (no spaces: the remote command line is split by the login shell).
    explicit LoopbackSshd(const QString &dir)
        : m_dir(dir)
    {
    }
    ~LoopbackSshd() { stop(); }
    LoopbackSshd(const LoopbackSshd &) = delete;
    LoopbackSshd &operator=(const LoopbackSshd &) = delete;

    static bool available()
    {
        for (const char *tool : { "/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen" })
            if (!QFile::exists(QLatin1StringView(tool)))
                return false;
        return true;
    }

    // Before start(): another login key DIR/name, its authorized_keys line prefixed with options
    // (e.g. environment="HOME=...", which setExtraConfig("PermitUserEnvironment yes\n") allows).
    void addUserKey(const QString &name, const QByteArray &authorizedKeysOptions = {})
    {
        m_userKeys.append({ name, authorizedKeysOptions });
    }
    void setExtraConfig(const QByteArray &lines) { m_extraConfig = lines; }

    // An ed25519 key pair DIR/name and DIR/name.pub without passphrase.
    bool generateKey(const QString &name) const
    {
        return run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), m_dir + u'/' + name });
    }

    // Writes DIR/file as a known_hosts that says this server's key is DIR/hostKey.pub (another
    // key than host_key makes a known_hosts that ssh must refuse).
    bool writeKnownHosts(const QString &file, const QString &hostKey = QStringLiteral("host_key")) const
    {
        QFile kh(m_dir + u'/' + file);
        const QList<QByteArray> parts = readFile(hostKey + QStringLiteral(".pub")).split(' ');
        return parts.size() >= 2 && kh.open(QIODevice::WriteOnly)
            && kh.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + parts.value(0) + ' '
                   + parts.value(1) + '\n')
            > 0;
    }

    // Generates keys, writes sshd_config / authorized_keys / known_hosts and starts sshd on a
    // free port. The empty string on success, else what failed.
    QString start()
    {
        if (::geteuid() == 0 && !QFile::exists(QStringLiteral("/run/sshd")))
            ::mkdir("/run/sshd", 0755); // sshd's privilege-separation directory, as the package creates it
        QFile auth(m_dir + QStringLiteral("/authorized_keys"));
        if (!auth.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write authorized_keys");
        const QList<std::pair<QString, QByteArray>> keys
            = QList<std::pair<QString, QByteArray>> { { QStringLiteral("user_key"), {} } } + m_userKeys;
        for (const auto &[name, options] : keys) {
            if (!generateKey(name))
                return QStringLiteral("ssh-keygen failed");
            auth.write((options.isEmpty() ? QByteArray() : options + ' ')
                + readFile(name + QStringLiteral(".pub")).trimmed() + '\n');
        }
        if (!generateKey(QStringLiteral("host_key")))
            return QStringLiteral("ssh-keygen failed");
        auth.close();
        auth.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QFile(m_dir + QStringLiteral("/ssh_config")).open(QIODevice::WriteOnly); // not ~/.ssh/config
        for (int attempt = 0; attempt < 3 && m_sshd.state() != QProcess::Running; ++attempt) {
            // A free high port: bind to 0, read it, release it, hand it to sshd.
            const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_in a {};
            a.sin_family = AF_INET;
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t len = sizeof(a);
            ::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof(a));
            ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len);
            m_port = ntohs(a.sin_port);
            ::close(s);
            QFile cfg(m_dir + QStringLiteral("/sshd_config"));
            if (!cfg.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write sshd_config");
            cfg.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\n"
                                     "AuthorizedKeysFile %2/authorized_keys\nPidFile %2/sshd.pid\n"
                                     "StrictModes no\nPubkeyAuthentication yes\nPasswordAuthentication no\n"
                                     "KbdInteractiveAuthentication no\nUsePAM no\nPermitRootLogin %3\n"
                                     "LogLevel ERROR\n")
                          .arg(m_port)
                          .arg(m_dir, ::geteuid() == 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                          .toUtf8()
                + m_extraConfig);
            cfg.close();
            m_sshd.setStandardErrorFile(m_dir + QStringLiteral("/sshd.log"));
            m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
                { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), cfg.fileName() });
            if (!m_sshd.waitForStarted(5000))
                continue;
            QElapsedTimer t;
            t.start();
            while (m_sshd.state() == QProcess::Running && !accepts() && t.elapsed() < 5000)
                QThread::msleep(20);
        }
        if (m_sshd.state() != QProcess::Running)
            return QStringLiteral("sshd did not start (see %1/sshd.log)").arg(m_dir);
        if (!writeKnownHosts(QStringLiteral("known_hosts")))
            return QStringLiteral("cannot write known_hosts");
        return {};
    }

    void stop()
    {
        if (m_sshd.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_sshd.processId()), SIGTERM); // our own sshd, by the PID we started
        if (!m_sshd.waitForFinished(5000)) {
            m_sshd.kill();
            m_sshd.waitForFinished(2000);
        }
    }

    // ssh to this sshd running remoteCommand (a fixed string of ours, no user input).
    AgentEndpoint endpoint(const QString &remoteCommand) const
    {
        AgentEndpoint e = AgentEndpoint::ssh(QStringLiteral("127.0.0.1"));
        e.port = m_port;
        e.identityFile = m_dir + QStringLiteral("/user_key");
        e.configFile = m_dir + QStringLiteral("/ssh_config");
        e.options = { QStringLiteral("UserKnownHostsFile=") + m_dir + QStringLiteral("/known_hosts"),
            QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("GlobalKnownHostsFile=/dev/null"),
            QStringLiteral("LogLevel=ERROR") };
        e.agentCommand = remoteCommand;
        return e;
    }

    quint16 port() const { return m_port; }

private:
    static bool run(const QString &program, const QStringList &args)
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
    QByteArray readFile(const QString &name) const
    {
        QFile f(m_dir + u'/' + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool accepts() const
    {
        const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in t {};
        t.sin_family = AF_INET;
        t.sin_port = htons(m_port);
        t.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool ok = ::connect(c, reinterpret_cast<sockaddr *>(&t), sizeof(t)) == 0;
        ::close(c);
        return ok;
    }

    QString m_dir;
    QList<std::pair<QString, QByteArray>> m_userKeys;
    QByteArray m_extraConfig;
    QProcess m_sshd;
    quint16 m_port = 0;
};

} // namespace enclave::agent::test

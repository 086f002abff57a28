#pragma once

// Shared by the agent tests: a simulator state directory, bounded waiting, a Unix-socket echo
// service playing an enclave application, and ways to find and stop the processes we started.

#include <csignal>
#include <functional>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include "agent/agentclient.h"
#include "agent/fdchannel.h"
#include "agent/processprobe.h"

namespace enclave::agent::test {

// Runs the event loop until pred() holds or timeoutMs passed; every wait is bounded.
inline bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

// STATE_DIR with images/ holding the fixture EIF and simulator settings.
inline void prepareSimulator(const QString &dir, const QByteArray &simulatorYaml,
    const QByteArray &allocatorYaml = "memory_mib: 4096\ncpu_count: 4\n")
{
    QDir().mkpath(dir + QStringLiteral("/images"));
    QFile::copy(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"),
        dir + QStringLiteral("/images/unsigned_v4.eif"));
    QFile s(dir + QStringLiteral("/simulator.yaml"));
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(simulatorYaml);
    QFile a(dir + QStringLiteral("/allocator.yaml"));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(allocatorYaml);
}

// The local simulator as the product runs it ("--simulate STATE_DIR --nitro-cli nitro-cli-sim"),
// spelled out: the agent's nitro-cli backend driving nitro-cli-sim, agent state in
// STATE_DIR/agent, images in STATE_DIR/images, vsock as STATE_DIR/vsock/CID_PORT.sock, and
// NITRO_CLI_SIM_STATE_DIR for the nitro-cli-sim children.
inline QStringList simulatorAgentArguments(const QString &stateDir)
{
    QStringList args { QStringLiteral("--stdio"), QStringLiteral("--nitro-cli"),
        QStringLiteral(NITRO_CLI_SIM_PATH), QStringLiteral("--state-dir"),
        stateDir + QStringLiteral("/agent"), QStringLiteral("--image-dir"),
        stateDir + QStringLiteral("/images"), QStringLiteral("--vsock-unix-dir"),
        stateDir + QStringLiteral("/vsock") }; // vsock as Unix sockets: AF_VSOCK is never opened here
    return args;
}

inline AgentEndpoint localSimulator(const QString &stateDir)
{
    qputenv("NITRO_CLI_SIM_STATE_DIR", QFile::encodeName(stateDir));
    return AgentEndpoint::local(QStringLiteral(ENCLAVE_AGENT_PATH), simulatorAgentArguments(stateDir));
}

// What the simulated sample enclave prints after its boot log when it runs `lines` lines.
inline QByteArray expectedAppOutput(qint64 lines)
{
    QByteArray out;
    for (qint64 i = 1; i <= lines; ++i)
        out += "app: line " + QByteArray::number(i) + '\n';
    return out + "app: done, exiting\n";
}

// Stops every simulated enclave process (nitro-cli-sim's STATE_DIR/state.json) and console
// capture (the agent's STATE_DIR/agent/state.json) still running, by PID, after checking that
// the PID still runs that enclave.
inline void stopSimulatedEnclaves(const QString &stateDir)
{
    for (const QString &file : QStringList {
             stateDir + QStringLiteral("/state.json"), stateDir + QStringLiteral("/agent/state.json") }) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray list
            = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("enclaves")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("EnclaveID")).toString();
            ProcessProbe::terminate(r.value(QStringLiteral("ProcessID")).toInteger(), id, 1000);
            ProcessProbe::terminate(r.value(QStringLiteral("CapturePID")).toInteger(), id, 1000);
        }
    }
}

// A Unix-socket server that echoes every byte back: the "enclave application" behind
// STATE_DIR/vsock/CID_PORT.sock.
class EchoServer final : public QObject {
public:
    explicit EchoServer(const QString &path)
    {
        QFile::remove(path);
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        std::memcpy(
            addr.sun_path, p.constData(), size_t(qMin<qsizetype>(p.size(), sizeof(addr.sun_path) - 1)));
        m_ok = ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0 && ::listen(m_fd, 8) == 0;
        m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            const int c = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (c < 0)
                return;
            ++m_accepted;
            auto *ch = new FdChannel(c, c, false, this);
            connect(ch, &FdChannel::dataRead, ch, [ch, this](const QByteArray &b) {
                m_bytes += b.size();
                ch->write(b);
            });
            connect(ch, &FdChannel::readFinished, ch, [ch] { ch->closeWrite(); });
        });
    }
    ~EchoServer() override
    {
        delete m_notifier;
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_ok; }
    int accepted() const { return m_accepted; }
    qint64 bytes() const { return m_bytes; }

private:
    int m_fd = -1;
    bool m_ok = false;
    int m_accepted = 0;
    qint64 m_bytes = 0;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace enclave::agent::test

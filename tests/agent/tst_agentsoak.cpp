// Agent soak (issue 13), real parts only: eight concurrent sessions of the static enclave-agent
// (--stdio, its nitro-cli backend driving the real nitro-cli-sim) against ONE simulator state
// directory, for a bounded time, each doing a seeded random mix of launches, terminations,
// console subscriptions, uploads and lists through the real AgentClient. Then:
//   - launches were serialized: no two enclaves that were alive at the same time had the same CID.
//     "Alive at the same time" is judged only from what is certain: an enclave is alive from the
//     moment its enclaves.run reply arrived until its enclaves.terminate request was sent (the
//     simulated enclaves never end by themselves here), and an enclave whose run reply was lost
//     (its session's ssh was killed) is alive between the first and last state snapshot that
//     listed it. CIDs are reused once freed; overlapping lifetimes with one CID are the bug.
//     Every snapshot of nitro-cli-sim's state (taken every 100 ms) also lists distinct CIDs.
//   - every state file (nitro-cli-sim's and the agents' shared one) parsed in every snapshot;
//   - every console byte the enclave wrote was received by every subscriber exactly once: each
//     subscriber's stream, from seq 0 to console.closed, in order and without gaps, equals the
//     console log the capture kept, whose application part is the simulator's deterministic
//     "app: line 1..N" sequence;
//   - every agent process exited with status 0 on EOF (a wrapper records each exit status);
//   - no socket, temporary or upload file is left behind (the state directory, the agents'
//     data directories and TMPDIR are scanned), and no enclave or capture process still runs.
// The second variant runs the sessions through a real sshd on 127.0.0.1 and kills the ssh client
// of one session (SIGKILL, by its PID) a few times at random moments: the other sessions must not
// notice, and the killed one must reconnect and resume its consoles losslessly.
// ENCLAVE_SOAK_SECONDS (default 25 per variant), ENCLAVE_SOAK_KILLS (default 3) and
// ENCLAVE_SOAK_SEED change the run (the seed is printed so a failure can be replayed);
// ENCLAVE_SOAK_VERBOSE=1 logs kills and reconnects.

#include <algorithm>
#include <csignal>
#include <memory>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>

#include "agent/agenttestsupport.h"
#include "agent/loopbacksshd.h"

using namespace enclave::agent;
using namespace enclave::agent::test;

namespace {

constexpr int kSessions = 8;
constexpr int kMaxRunning = 5; // enclaves at a time (allocator: 12 CPUs, 2 per enclave)

qint64 envInt(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? v : fallback;
}

// What every session knows about the enclaves launched so far.
struct Enclave {
    QString id;
    qint64 cid = -1;
    qint64 aliveFromMs = 0; // run reply received
    qint64 aliveUntilMs = -1; // terminate request sent (-1: still running)
};

struct Subscription {
    QByteArray bytes;
    qint64 nextSeq = 0;
    bool ordered = true;
    int gaps = 0;
    int closed = 0;
    QString reason;
};

struct Shared {
    QElapsedTimer clock;
    QString state;
    QString images;
    QMap<QString, Enclave> enclaves;
    QMap<QString, QByteArray> logs; // console log bodies, read once the console closed
    QStringList failures;
    qint64 ops = 0;
    bool stopping = false;
    qint64 uploads = 0;
    QMap<QString, qint64> uploaded; // name -> size

    QStringList running() const
    {
        QStringList r;
        for (const Enclave &e : enclaves)
            if (e.aliveUntilMs < 0)
                r << e.id;
        return r;
    }
    void fail(int session, const QString &what)
    {
        if (failures.size() < 50)
            failures << QStringLiteral("session %1: %2").arg(session).arg(what);
    }
};

// The body of STATE/agent/console/ID.log (after its 64-byte header); asserts the ring never
// dropped anything (first=0).
QByteArray readConsoleLog(const QString &state, const QString &id, QString *problem)
{
    QFile f(state + QStringLiteral("/agent/console/") + id + QStringLiteral(".log"));
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("no console log for ") + id;
        return {};
    }
    const QByteArray all = f.readAll();
    if (!all.startsWith("ENCLAVE-CONSOLE 1 first=00000000000000000000"))
        *problem = QStringLiteral("console log of %1 was compacted or is malformed").arg(id);
    return all.mid(64);
}

class SoakSession final : public QObject {
public:
    SoakSession(int index, quint64 seed, Shared &shared, const AgentEndpoint &endpoint)
        : m_index(index)
        , m_rng(quint32(seed * 1000003u + quint64(index)))
        , m_shared(shared)
    {
        m_client.setEndpoint(endpoint);
        m_client.setReconnectPolicy(20, 100, 1000);
        connect(&m_client, &AgentClient::connected, this, [this] { ++m_connections; });
        connect(&m_client, &AgentClient::disconnected, this, [this](const QString &why) {
            ++m_disconnects;
            if (qEnvironmentVariableIsSet("ENCLAVE_SOAK_VERBOSE"))
                qInfo("soak: %lld ms: session %d disconnected: %s", m_shared.clock.elapsed(), m_index,
                    qPrintable(why));
        });
        connect(&m_client, &AgentClient::connected, this, [this] {
            if (qEnvironmentVariableIsSet("ENCLAVE_SOAK_VERBOSE"))
                qInfo("soak: %lld ms: session %d connected, ssh %lld", m_shared.clock.elapsed(), m_index,
                    m_client.processId());
        });
        connect(&m_client, &AgentClient::consoleData, this,
            [this](const QString &id, qint64 seq, const QByteArray &d) {
                Subscription &s = m_subs[id];
                s.ordered &= seq == s.nextSeq && s.closed == 0;
                s.nextSeq = seq + d.size();
                s.bytes += d;
            });
        connect(&m_client, &AgentClient::consoleGap, this,
            [this](const QString &id, qint64, qint64) { ++m_subs[id].gaps; });
        connect(
            &m_client, &AgentClient::consoleClosed, this, [this](const QString &id, const QString &reason) {
                Subscription &s = m_subs[id];
                ++s.closed;
                s.reason = reason;
                if (!m_shared.logs.contains(id)) {
                    QString problem;
                    m_shared.logs.insert(id, readConsoleLog(m_shared.state, id, &problem));
                    if (!problem.isEmpty())
                        m_shared.fail(m_index, problem);
                }
            });
    }

    AgentClient &client() { return m_client; }
    const QMap<QString, Subscription> &subscriptions() const { return m_subs; }
    int connections() const { return m_connections; }
    int disconnects() const { return m_disconnects; }
    bool idle() const { return !m_busy; }
    int lostReplies() const { return m_lost; }

    void start()
    {
        m_client.connectToAgent();
        scheduleNext();
    }

private:
    void scheduleNext()
    {
        if (m_shared.stopping)
            return;
        QTimer::singleShot(int(m_rng.bounded(30)), this, [this] { next(); });
    }

    // One operation at a time per session; the concurrency is between the eight sessions.
    void next()
    {
        if (m_shared.stopping)
            return;
        if (m_client.state() != AgentClient::State::Connected) {
            QTimer::singleShot(50, this, [this] { next(); });
            return;
        }
        m_busy = true;
        const QStringList running = m_shared.running();
        const quint32 pick = m_rng.bounded(100);
        if (pick < 25 && running.size() < kMaxRunning)
            return launch();
        if (pick < 45 && !running.isEmpty())
            return terminate(running.at(int(m_rng.bounded(quint32(running.size())))));
        if (pick < 65 && !running.isEmpty())
            return subscribe(running.at(int(m_rng.bounded(quint32(running.size())))));
        if (pick < 80)
            return upload();
        return list();
    }

    void done()
    {
        ++m_shared.ops;
        m_busy = false;
        scheduleNext();
    }

    // A reply lost with the connection (the ssh of this session was killed): not the agent's fault.
    bool lost(const RpcResult<QJsonValue> &r)
    {
        if (r || r.error().code != RpcError::ConnectionLost)
            return false;
        ++m_lost;
        m_busy = false;
        scheduleNext();
        return true;
    }

    void launch()
    {
        m_client.runEnclave(
            QJsonObject { { QStringLiteral("eifPath"), QStringLiteral("unsigned_v4.eif") },
                { QStringLiteral("cpuCount"), 2 }, { QStringLiteral("memoryMiB"), 64 },
                { QStringLiteral("debugMode"), true } },
            [this](const RpcResult<QJsonValue> &r) {
                if (lost(r))
                    return;
                if (!r) {
                    // The pool may be full when several sessions launch at once: E22/E27 are
                    // nitro-cli's answers, not failures.
                    if (r.error().nitroCode != QStringLiteral("E22")
                        && r.error().nitroCode != QStringLiteral("E27"))
                        m_shared.fail(m_index, QStringLiteral("run: ") + r.error().toString());
                    return done();
                }
                const QJsonObject o = r->toObject();
                Enclave e;
                e.id = o.value(QStringLiteral("EnclaveID")).toString();
                e.cid = o.value(QStringLiteral("EnclaveCID")).toInteger(-1);
                e.aliveFromMs = m_shared.clock.elapsed();
                if (e.id.isEmpty() || e.cid < 4)
                    m_shared.fail(m_index, QStringLiteral("run reply without ID or CID"));
                else
                    m_shared.enclaves.insert(e.id, e);
                done();
            },
            this);
    }

    void terminate(const QString &id)
    {
        m_shared.enclaves[id].aliveUntilMs = m_shared.clock.elapsed(); // no other session picks it now
        m_client.terminateEnclave(
            id,
            [this, id](const RpcResult<QJsonValue> &r) {
                if (lost(r))
                    return;
                if (!r)
                    m_shared.fail(m_index, QStringLiteral("terminate %1: %2").arg(id, r.error().toString()));
                done();
            },
            this);
    }

    void subscribe(const QString &id)
    {
        if (!m_subs.contains(id)) {
            m_subs.insert(id, Subscription {});
            m_client.subscribeConsole(id, 0);
        }
        done();
    }

    void list()
    {
        m_client.listEnclaves(
            [this](const RpcResult<QJsonValue> &r) {
                if (lost(r))
                    return;
                if (!r || !r->isArray())
                    m_shared.fail(m_index,
                        QStringLiteral("list: ")
                            + (r ? QStringLiteral("not an array") : r.error().toString()));
                done();
            },
            this);
    }

    // begin, chunks of at most 64 KiB (so other sessions' traffic interleaves), finish; then the
    // stored file must hold exactly these bytes.
    void upload()
    {
        const qint64 size = 1 + qint64(m_rng.bounded(192 * 1024));
        QByteArray bytes(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char(m_rng.bounded(256));
        const QString name = QStringLiteral("soak-%1-%2.eif").arg(m_index).arg(++m_uploadCounter);
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha384).toHex());
        m_client.call(
            QStringLiteral("eif.upload.begin"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), size },
                { QStringLiteral("sha384"), sha } },
            [this, bytes, name](const RpcResult<QJsonValue> &r) {
                if (lost(r))
                    return;
                if (!r) {
                    m_shared.fail(m_index, QStringLiteral("upload.begin: ") + r.error().toString());
                    return done();
                }
                sendChunk(r->toObject().value(QStringLiteral("uploadId")).toString(), name, bytes, 0);
            },
            this);
    }

    void sendChunk(const QString &uploadId, const QString &name, const QByteArray &bytes, qint64 offset)
    {
        if (offset == bytes.size()) {
            m_client.call(
                QStringLiteral("eif.upload.finish"), QJsonObject { { QStringLiteral("uploadId"), uploadId } },
                [this, name, bytes](const RpcResult<QJsonValue> &r) {
                    if (lost(r))
                        return;
                    if (!r) {
                        m_shared.fail(m_index, QStringLiteral("upload.finish: ") + r.error().toString());
                        return done();
                    }
                    QFile f(m_shared.images + u'/' + name);
                    if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes)
                        m_shared.fail(
                            m_index, QStringLiteral("uploaded %1 differs from what was sent").arg(name));
                    m_shared.uploaded.insert(name, bytes.size());
                    done();
                },
                this);
            return;
        }
        const QByteArray part = bytes.mid(offset, 64 * 1024);
        m_client.call(
            QStringLiteral("eif.upload.chunk"),
            QJsonObject { { QStringLiteral("uploadId"), uploadId }, { QStringLiteral("offset"), offset },
                { QStringLiteral("data"), QString::fromLatin1(part.toBase64()) } },
            [this, uploadId, name, bytes, offset, n = part.size()](const RpcResult<QJsonValue> &r) {
                if (lost(r))
                    return;
                if (!r) {
                    m_shared.fail(m_index, QStringLiteral("upload.chunk: ") + r.error().toString());
                    return done();
                }
                sendChunk(uploadId, name, bytes, offset + n);
            },
            this);
    }

    AgentClient m_client;
    int m_index;
    QRandomGenerator m_rng;
    Shared &m_shared;
    QMap<QString, Subscription> m_subs;
    bool m_busy = false;
    int m_connections = 0;
    int m_disconnects = 0;
    int m_lost = 0;
    int m_uploadCounter = 0;
};

// Every agent process of this soak (found by its command line, which names our state directory).
QList<qint64> agentPids(const QString &state)
{
    QList<qint64> pids;
    const QByteArray agent = QByteArrayLiteral(ENCLAVE_AGENT_PATH);
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = f.readAll().split('\0');
        if (args.value(0) == agent && args.contains("--stdio")
            && args.contains(QFile::encodeName(state + QStringLiteral("/agent"))))
            pids << pid;
    }
    return pids;
}

qint64 vmHwmKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestAgentSoak final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void localSessions();
    void sshSessionsWithKills();

private:
    // The whole soak; killSession >= 0 has its ssh killed `kills` times.
    void soak(const std::function<AgentEndpoint(int)> &endpoint, int killSession, int kills);
    QString agentCommand() const;

    QTemporaryDir m_dir;
    QString m_state;
    QString m_wrapper;
    LoopbackSshd m_sshd { m_dir.path() };
};

void TestAgentSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!m_dir.path().contains(u' '), "the remote command line is split by the login shell");
    // Runs the agent and records its exit status in DIR/exit.<pid>, the only way to see the exit
    // status of an agent that sshd started.
    m_wrapper = m_dir.path() + QStringLiteral("/record-exit");
    QFile w(m_wrapper);
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write("#!/bin/sh\ndir=$1\nshift\n\"$@\"\necho $? > \"$dir/exit.$$\"\n");
    w.close();
    QVERIFY(w.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestAgentSoak::cleanupTestCase()
{
    m_sshd.stop();
}

void TestAgentSoak::init()
{
    static int n = 0;
    m_state = m_dir.path() + QStringLiteral("/soak%1").arg(++n);
    // Enclaves that never end by themselves (so lifetimes are known), a steady console, room
    // for kMaxRunning enclaves, and a boot wait that a loaded CI machine does not exceed.
    prepareSimulator(m_state,
        "console_interval_ms: 20\nconsole_burst: 1\nenclave_lifetime_s: 3600\nheartbeat_timeout_ms: 60000\n",
        "memory_mib: 4096\ncpu_count: 12\n");
    QVERIFY(QDir().mkpath(m_state + QStringLiteral("/tmp")));
    QVERIFY(QDir().mkpath(m_state + QStringLiteral("/exits")));
}

void TestAgentSoak::cleanup()
{
    stopSimulatedEnclaves(m_state);
}

QString TestAgentSoak::agentCommand() const
{
    return m_wrapper + u' ' + m_state + QStringLiteral("/exits env TMPDIR=") + m_state
        + QStringLiteral("/tmp NITRO_CLI_SIM_STATE_DIR=") + m_state
        + QStringLiteral(" " ENCLAVE_AGENT_PATH " ") + simulatorAgentArguments(m_state).join(u' ');
}

void TestAgentSoak::localSessions()
{
    const QString command = agentCommand();
    soak(
        [&](int) {
            QStringList parts = command.split(u' ');
            const QString program = parts.takeFirst();
            return AgentEndpoint::local(program, parts);
        },
        -1, 0);
}

void TestAgentSoak::sshSessionsWithKills()
{
    if (!LoopbackSshd::available())
        QSKIP("OpenSSH client/server not installed (packaging/install-deps.sh installs them)");
    if (m_sshd.port() == 0) {
        const QString started = m_sshd.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }
    const AgentEndpoint e = m_sshd.endpoint(agentCommand());
    soak([&](int) { return e; }, kSessions - 1, int(envInt("ENCLAVE_SOAK_KILLS", 3)));
}

void TestAgentSoak::soak(const std::function<AgentEndpoint(int)> &endpoint, int killSession, int kills)
{
    const qint64 seconds = std::clamp<qint64>(envInt("ENCLAVE_SOAK_SECONDS", 25), 1, 3600);
    const quint64 seed
        = quint64(envInt("ENCLAVE_SOAK_SEED", qint64(QRandomGenerator::global()->bounded(1000000))));
    qInfo("soak: seed %llu (ENCLAVE_SOAK_SEED=%llu replays it), %lld s, %d sessions%s", seed, seed, seconds,
        kSessions,
        killSession >= 0
            ? qPrintable(QStringLiteral(", ssh of session %1 killed %2 times").arg(killSession).arg(kills))
            : "");
    qputenv("NITRO_CLI_SIM_STATE_DIR", QFile::encodeName(m_state));
    qputenv("TMPDIR", QFile::encodeName(m_state + QStringLiteral("/tmp")));

    Shared shared;
    shared.state = m_state;
    shared.images = m_state + QStringLiteral("/images");
    shared.clock.start();

    // Snapshots of both state files every 100 ms: they must parse, and the simulator's running
    // enclaves must have distinct CIDs; also the lifetimes of enclaves whose run reply was lost.
    struct Seen {
        qint64 cid = -1;
        qint64 first = 0;
        qint64 last = 0;
    };
    QMap<QString, Seen> seen;
    int snapshots = 0;
    auto snapshot = [&] {
        ++snapshots;
        const QStringList stateFiles { m_state + QStringLiteral("/state.json"),
            m_state + QStringLiteral("/agent/state.json") };
        for (const QString &file : stateFiles) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue; // not written yet
            QJsonParseError err {};
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject()) {
                shared.fail(-1, file + QStringLiteral(" does not parse: ") + err.errorString());
                continue;
            }
            if (!file.endsWith(QStringLiteral("/agent/state.json"))) {
                QSet<qint64> cids;
                const qint64 now = shared.clock.elapsed();
                for (const QJsonValue &v : doc.object().value(QStringLiteral("enclaves")).toArray()) {
                    const QJsonObject r = v.toObject();
                    const qint64 cid = r.value(QStringLiteral("EnclaveCID")).toInteger();
                    if (cids.contains(cid))
                        shared.fail(-1, QStringLiteral("two enclaves with CID %1 in one snapshot").arg(cid));
                    cids.insert(cid);
                    Seen &s = seen[r.value(QStringLiteral("EnclaveID")).toString()];
                    if (s.cid < 0)
                        s = Seen { cid, now, now };
                    s.last = now;
                }
            }
        }
    };
    QTimer sampler;
    sampler.setInterval(100);
    connect(&sampler, &QTimer::timeout, this, snapshot);
    sampler.start();

    std::vector<std::unique_ptr<SoakSession>> sessions;
    for (int i = 0; i < kSessions; ++i)
        sessions.push_back(std::make_unique<SoakSession>(i, seed, shared, endpoint(i)));
    for (auto &s : sessions)
        s->start();
    QVERIFY2(waitUntil(
                 [&] {
                     return std::all_of(sessions.begin(), sessions.end(),
                         [](const auto &s) { return s->connections() > 0; });
                 },
                 60000),
        "not every session connected");

    // The run, with the ssh kills at random moments (at least 2 s apart, inside the run).
    QRandomGenerator killRng { quint32(seed) };
    QList<qint64> killAt;
    for (int k = 0; k < kills; ++k)
        killAt << qint64(seconds * 1000 * (k + 1) / (kills + 1)) + qint64(killRng.bounded(1000)) - 500;
    const qint64 runStart = shared.clock.elapsed();
    int killed = 0;
    qint64 lastKilled = 0;
    // A kill waits until the session is connected again; the run is extended (bounded) until the
    // last one happened.
    while (shared.clock.elapsed() - runStart < seconds * 1000
        || (killed < kills && shared.clock.elapsed() - runStart < seconds * 1000 + 60000)) {
        QTest::qWait(20);
        if (killed < killAt.size() && shared.clock.elapsed() - runStart >= killAt.at(killed)) {
            AgentClient &c = sessions[std::size_t(killSession)]->client();
            const qint64 ssh = c.processId();
            // A killed ssh stays "connected" until its exit is noticed: never count it twice.
            if (c.state() == AgentClient::State::Connected && ssh > 0 && ssh != lastKilled) {
                lastKilled = ssh;
                ::kill(pid_t(ssh), SIGKILL); // the ssh client this test started, by its PID
                if (qEnvironmentVariableIsSet("ENCLAVE_SOAK_VERBOSE"))
                    qInfo("soak: %lld ms: killed ssh %lld", shared.clock.elapsed(), ssh);
                ++killed;
            }
        }
    }
    const qint64 runMs = shared.clock.elapsed() - runStart;
    const qint64 ops = shared.ops;
    shared.stopping = true;
    QVERIFY2(waitUntil(
                 [&] {
                     return std::all_of(sessions.begin(), sessions.end(), [](const auto &s) {
                         return s->idle() && s->client().state() == AgentClient::State::Connected;
                     });
                 },
                 60000),
        "sessions did not finish their last operation");
    QCOMPARE(killed, kills);

    // Terminate whatever runs (including enclaves whose run reply was lost with a killed ssh).
    AgentClient &first = sessions.front()->client();
    const auto list = first.callSync(QStringLiteral("enclaves.list"));
    QVERIFY(list);
    for (const QJsonValue &v : list->toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("State")).toString() != QStringLiteral("RUNNING"))
            continue;
        const QString id = r.value(QStringLiteral("EnclaveID")).toString();
        if (shared.enclaves.contains(id))
            shared.enclaves[id].aliveUntilMs = shared.clock.elapsed();
        const auto t = first.callSync(
            QStringLiteral("enclaves.terminate"), QJsonObject { { QStringLiteral("enclaveId"), id } });
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
    }
    // Every subscriber sees its consoles close.
    QVERIFY2(waitUntil(
                 [&] {
                     for (const auto &s : sessions)
                         for (const Subscription &sub : s->subscriptions())
                             if (sub.closed == 0)
                                 return false;
                     return true;
                 },
                 30000),
        "a subscriber did not see its console close");
    snapshot();
    sampler.stop();

    // Peak RSS of the agents, read before they exit.
    const QList<qint64> agents = agentPids(m_state);
    qint64 peakKiB = 0;
    for (qint64 pid : agents)
        peakKiB = std::max(peakKiB, vmHwmKiB(pid));
    QVERIFY2(agents.size() >= kSessions, qPrintable(QStringLiteral("%1 agents found").arg(agents.size())));

    int connections = 0;
    for (auto &s : sessions) {
        connections += s->connections();
        s->client().disconnectFromAgent();
    }
    QVERIFY2(waitUntil(
                 [&] {
                     return std::all_of(sessions.begin(), sessions.end(), [](const auto &s) {
                         return s->client().state() == AgentClient::State::Disconnected;
                     }) && agentPids(m_state).isEmpty();
                 },
                 30000),
        "agents still running after EOF");

    qInfo(
        "soak: %lld operations in %lld ms = %.1f ops/s (8 sessions), %d launches, %d uploads, %d snapshots; "
        "peak agent RSS (VmHWM, max of %lld agents) %lld KiB",
        ops, runMs, double(ops) * 1000.0 / double(runMs), int(shared.enclaves.size()),
        int(shared.uploaded.size()), snapshots, qint64(agents.size()), peakKiB);

    // No failed operation (nitro-cli's "pool full" aside).
    QVERIFY2(shared.failures.isEmpty(), qPrintable(shared.failures.join(u'\n')));
    QVERIFY(shared.enclaves.size() >= 3);

    // Launches serialized: overlapping certain lifetimes never share a CID.
    struct Life {
        QString id;
        qint64 cid, from, until;
    };
    QList<Life> lives;
    for (const Enclave &e : shared.enclaves)
        lives << Life { e.id, e.cid, e.aliveFromMs,
            e.aliveUntilMs < 0 ? shared.clock.elapsed() : e.aliveUntilMs };
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        lives << Life { it.key(), it->cid, it->first, it->last };
    for (const Life &a : lives)
        for (const Life &b : lives)
            if (a.id != b.id && a.cid == b.cid && a.from < b.until && b.from < a.until)
                QFAIL(qPrintable(QStringLiteral("CID %1 held by %2 [%3, %4] ms and %5 [%6, %7] ms at once")
                                     .arg(a.cid)
                                     .arg(a.id)
                                     .arg(a.from)
                                     .arg(a.until)
                                     .arg(b.id)
                                     .arg(b.from)
                                     .arg(b.until)));

    // Every subscriber got every byte of its consoles exactly once.
    int checkedStreams = 0;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const auto &subs = sessions[i]->subscriptions();
        for (auto it = subs.cbegin(); it != subs.cend(); ++it) {
            const QString where = QStringLiteral("session %1, console of %2").arg(i).arg(it.key());
            QVERIFY2(shared.logs.contains(it.key()), qPrintable(where));
            const QByteArray log = shared.logs.value(it.key());
            QVERIFY2(it->ordered, qPrintable(where + QStringLiteral(": out of order or after close")));
            QCOMPARE(it->gaps, 0);
            QCOMPARE(it->closed, 1);
            QVERIFY2(it->bytes == log,
                qPrintable(where
                    + QStringLiteral(": %1 bytes received, log holds %2; closed: %3")
                          .arg(it->bytes.size())
                          .arg(log.size())
                          .arg(it->reason)));
            // The application part is the simulator's deterministic sequence, every line once.
            const qsizetype app = log.indexOf("app: line 1\n");
            if (app >= 0) {
                const QByteArray tail = log.mid(app);
                const qint64 lines = tail.count('\n');
                QVERIFY2(tail == expectedAppOutput(lines).chopped(int(qstrlen("app: done, exiting\n"))),
                    qPrintable(where + QStringLiteral(": application lines not consecutive")));
            }
            ++checkedStreams;
        }
    }
    QVERIFY(checkedStreams > 0);

    // Every agent exited 0 on EOF, one exit record per connection.
    const QStringList exits = QDir(m_state + QStringLiteral("/exits")).entryList(QDir::Files);
    for (const QString &name : exits) {
        QFile f(m_state + QStringLiteral("/exits/") + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed(), QByteArray("0"));
    }
    QCOMPARE(int(exits.size()), connections);

    // Nothing left behind: the simulator reaps its enclaves (sockets and records gone), the capture
    // helpers end, and no socket, temporary or partial upload stays in any directory.
    QVERIFY2(waitUntil(
                 [&] {
                     QFile f(m_state + QStringLiteral("/state.json"));
                     return f.open(QIODevice::ReadOnly)
                         && QJsonDocument::fromJson(f.readAll())
                                .object()
                                .value(QStringLiteral("enclaves"))
                                .toArray()
                                .isEmpty();
                 },
                 20000),
        "nitro-cli-sim still lists enclaves");
    QVERIFY2(waitUntil(
                 [&] {
                     QFile f(m_state + QStringLiteral("/agent/state.json"));
                     if (!f.open(QIODevice::ReadOnly))
                         return false;
                     for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll())
                                                    .object()
                                                    .value(QStringLiteral("enclaves"))
                                                    .toArray()) {
                         const QJsonObject r = v.toObject();
                         if (ProcessProbe::isAlive(r.value(QStringLiteral("CapturePID")).toInteger(),
                                 r.value(QStringLiteral("EnclaveID")).toString()))
                             return false;
                     }
                     return true;
                 },
                 20000),
        "a console capture helper still runs");
    // What may stay: the state files and their locks, error logs, images, console logs, the
    // simulator's attestation PKI, exit records.
    static const QRegularExpression kept(
        QStringLiteral("^(state\\.json|[a-z]+\\.lock|simulator\\.yaml|allocator\\.yaml"
                       "|logs/err[^/]*\\.log|images/[^/]+\\.eif|agent/state\\.json"
                       "|agent/[a-z]+\\.lock|agent/console/[^/]+\\.log(\\.closed)?"
                       "|pki/[a-z]+\\.(pem|key)|exits/exit\\.[0-9]+)$"));
    QStringList leftovers;
    QDirIterator files(m_state, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo f(files.next());
        const QString rel = f.filePath().mid(m_state.size() + 1);
        if (!f.isDir() && !kept.match(rel).hasMatch())
            leftovers << rel;
    }
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    // Uploads: exactly the finished ones, with their sizes.
    for (auto it = shared.uploaded.cbegin(); it != shared.uploaded.cend(); ++it)
        QCOMPARE(QFileInfo(shared.images + u'/' + it.key()).size(), it.value());
    const QStringList stored = QDir(shared.images).entryList({ QStringLiteral("soak-*") }, QDir::Files);
    QCOMPARE(stored.size(), shared.uploaded.size());

    // The sessions whose ssh was not killed never noticed anything; the killed one reconnected.
    for (int i = 0; i < kSessions; ++i) {
        const SoakSession &s = *sessions[std::size_t(i)];
        if (i == killSession) {
            QVERIFY2(s.connections() >= 1 + kills,
                qPrintable(QStringLiteral("%1 connections, %2 disconnects, %3 replies lost")
                               .arg(s.connections())
                               .arg(s.disconnects())
                               .arg(s.lostReplies())));
        } else {
            QCOMPARE(s.connections(), 1);
            QCOMPARE(s.lostReplies(), 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestAgentSoak)
#include "tst_agentsoak.moc"

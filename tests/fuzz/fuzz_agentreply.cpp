// Target 6b: what the agent (or anything on the far side of ssh) sends the client: reply and
// notification lines into AgentClient, through receive(), the code onReadyRead() runs. The client
// is primed as if connected: requests in flight (ids 1-4), one console subscription and one vsock
// stream, so replies, console.data/gap/closed, stream.data/closed and enclaves.changed all reach
// their handlers. Oracle: console bytes are delivered exactly once and in order (each consoleData
// starts where the last one, or the last gap, ended).

#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include "agent/agentclient.h"
#include "agent/protocol.h"

namespace enclave::agent {

class AgentClientFuzzAccess final {
public:
    static constexpr qint64 kRequests = 4;

    static void prime(AgentClient &client)
    {
        client.m_state = AgentClient::State::Connected;
        client.m_helloDone = true;
        client.m_lines = LineBuffer(protocol::kMaxLineBytes);
        const char *methods[kRequests] = { "hello", "enclaves.list", "console.subscribe", "vsock.open" };
        for (qint64 id = 1; id <= kRequests; ++id) {
            AgentClient::Pending p;
            p.method = QString::fromLatin1(methods[id - 1]);
            // What the callers do with a result: read it as the shape they expect.
            p.callback = [](const RpcResult<QJsonValue> &r) {
                if (r)
                    (void)r->toObject().value(QStringLiteral("subscription")).toString();
                else
                    (void)r.error().toString();
            };
            client.m_pending.insert(id, p);
        }
        client.m_nextId = kRequests + 1;
        AgentClient::Console console;
        console.subscription = QStringLiteral("console-1");
        client.m_consoles.insert(enclaveId(), console);
        client.m_subscriptionOwner.insert(console.subscription, enclaveId());
        client.m_streams.append(QStringLiteral("stream-1"));
    }
    static void receive(AgentClient &client, const QByteArray &bytes) { client.receive(bytes); }
    static QString enclaveId() { return QStringLiteral("i-06c28848702514cd5-enc1904e4fea1636f6"); }
};

} // namespace enclave::agent

using namespace enclave;
using enclave::agent::AgentClient;
using enclave::agent::AgentClientFuzzAccess;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AgentClient client;
    AgentClientFuzzAccess::prime(client);
    qint64 next = 0; // the next console byte the client owes its user
    QObject::connect(&client, &AgentClient::consoleGap, [&next](const QString &, qint64 from, qint64 to) {
        if (from != next || to <= from)
            std::abort(); // a gap must start at the next undelivered byte and move forward
        next = to;
    });
    QObject::connect(
        &client, &AgentClient::consoleData, [&next](const QString &, qint64 seq, const QByteArray &bytes) {
            if (seq != next || bytes.isEmpty())
                std::abort(); // a byte delivered twice, out of order, or skipped without a gap
            next = seq + bytes.size();
        });
    AgentClientFuzzAccess::receive(client, fuzz::bytes(data, size));
    return 0;
}

#include "agentd/session.h"

#include <fcntl.h>
#include <sys/stat.h>

#include "agentd/files.h"
#include "agentd/params.h"
#include "agentd/validate.h"

namespace agentd {

namespace {
// Nesting deeper than this is refused before parsing (no request needs more than 3 levels).
constexpr int kMaxNesting = 32;

bool nestingWithin(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return false;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return true;
}

bool isBlank(std::string_view s)
{
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    return true;
}

std::string lineTooLong()
{
    return "line longer than " + std::to_string(wire::kMaxLineBytes) + " bytes";
}
} // namespace

Session::Session(EventLoop &loop, NitroCliBackend &backend, SessionConfig config, int inFd, int outFd)
    : m_loop(loop)
    , m_backend(backend)
    , m_config(std::move(config))
    , m_images(m_config.imageDir)
    , m_consoles(loop, backend, *this)
    , m_streams(loop, backend, *this)
    , m_uploads(m_images, m_config.maxUploadBytes)
{
    Channel::Handlers out;
    out.drained = [this] { onOutputDrained(); };
    out.failed = [this](const std::string &) {
        // Nobody left to talk to.
        m_ending = true;
        m_loop.quit(0);
    };
    // A deep output pipe when stdout is one (sshd gives us a pipe): a console that catches up
    // writes 1 MiB per wake-up of sshd instead of 64 KiB. Best effort.
    (void)::fcntl(outFd, F_SETPIPE_SZ, 1 << 20);
    m_out = std::make_unique<Channel>(loop, -1, outFd, false, std::move(out));
    Channel::Handlers in;
    in.data = [this](std::string_view bytes) { onInput(bytes); };
    in.eof = [this] { endSession(0, {}); };
    in.failed = [this](const std::string &) { endSession(0, {}); };
    m_in = std::make_unique<Channel>(loop, inFd, -1, false, std::move(in));
}

Session::~Session()
{
    *m_alive = false;
}

void Session::send(const json &message)
{
    sendLine(encodeLine(message));
}

void Session::sendLine(std::string line)
{
    if (!m_out->isOpen())
        return;
    m_out->write(std::move(line));
    if (m_out->pendingWriteBytes() > wire::kOutputHardLimit)
        endSession(1, "client does not read its output");
}

void Session::endSession(int exitCode, const std::string &why)
{
    if (m_ending)
        return;
    m_ending = true;
    m_exitCode = exitCode; // writing the last lines below may already drain the queue and quit
    if (!why.empty())
        m_out->write(
            encodeLine(notification(wire::notification::kSessionClosing, json { { "reason", why } })));
    if (m_watchTimer)
        m_loop.cancelTimer(m_watchTimer);
    m_watchTimer = 0;
    m_in->setReadPaused(true);
    m_consoles.stop();
    m_streams.closeAll();
    m_uploads.abortAll();
    if (m_out->pendingWriteBytes() == 0) {
        m_loop.quit(exitCode);
        return;
    }
    // Give the client up to 5 s to take the last lines.
    m_loop.addTimer(5000, [this, exitCode] { m_loop.quit(exitCode); });
}

void Session::onOutputDrained()
{
    if (m_ending) {
        m_loop.quit(m_exitCode);
        return;
    }
    m_consoles.schedulePump();
    m_streams.resumeReading();
}

void Session::onInput(std::string_view bytes)
{
    if (m_ending)
        return;
    if (!m_lines.append(bytes)) {
        send(errorResponse(nullptr, RpcError::make(wire::error::kInvalidRequest, lineTooLong())));
        return endSession(1, "protocol error: line too long");
    }
    auto alive = m_alive;
    while (!m_ending) {
        auto line = m_lines.takeLine();
        if (!line) {
            if (m_lines.overflowed()) {
                send(errorResponse(nullptr, RpcError::make(wire::error::kInvalidRequest, lineTooLong())));
                endSession(1, "protocol error: line too long");
            }
            break;
        }
        if (!isBlank(*line))
            handleLine(*line);
        if (!*alive)
            return;
    }
}

void Session::handleLine(const std::string &line)
{
    if (!nestingWithin(line, kMaxNesting)) {
        send(errorResponse(nullptr,
            RpcError::make(wire::error::kInvalidRequest,
                "nesting deeper than " + std::to_string(kMaxNesting) + " levels")));
        return;
    }
    json msg;
    try {
        msg = json::parse(line);
    } catch (const json::parse_error &e) {
        // Where it broke helps the client's developer; the rest of the parser's text does not.
        send(errorResponse(nullptr,
            RpcError::make(
                wire::error::kParseError, "offset " + std::to_string(e.byte) + ": the line is not JSON")));
        return;
    } catch (const json::exception &) {
        send(errorResponse(nullptr, RpcError::make(wire::error::kParseError, "the line is not JSON")));
        return;
    }
    if (!msg.is_object()) {
        send(errorResponse(
            nullptr, RpcError::make(wire::error::kInvalidRequest, "a message must be a JSON object")));
        return;
    }
    const auto idIt = msg.find("id");
    const bool isNotification = idIt == msg.end();
    json id = isNotification ? json(nullptr) : *idIt;
    if (!isNotification && !id.is_number() && !id.is_string()) {
        send(errorResponse(
            nullptr, RpcError::make(wire::error::kInvalidRequest, "id must be a number or a string")));
        return;
    }
    if (id.is_string() && validate::codePoints(id.get_ref<const std::string &>()) > wire::kMaxIdLength) {
        send(errorResponse(nullptr, RpcError::make(wire::error::kInvalidRequest, "id too long")));
        return;
    }
    auto fail = [&](int code, const std::string &text) {
        if (!isNotification)
            send(errorResponse(id, RpcError::make(code, text)));
    };
    if (stringField(msg, "jsonrpc") != "2.0")
        return fail(wire::error::kInvalidRequest, "jsonrpc must be \"2.0\"");
    const auto methodIt = msg.find("method");
    if (methodIt == msg.end() || !methodIt->is_string())
        return fail(wire::error::kInvalidRequest, "method must be a string");
    const std::string method = methodIt->get<std::string>();
    const auto paramsIt = msg.find("params");
    if (paramsIt != msg.end() && !paramsIt->is_object())
        return fail(wire::error::kInvalidParams, "params must be an object");
    bool known = false;
    for (std::string_view m : wire::method::kAll)
        known = known || m == method;
    if (!known) {
        std::string shown = method.substr(0, 64);
        if (validate::hasControlCharacter(shown))
            shown = "(with control characters)";
        return fail(wire::error::kMethodNotFound, "unknown method '" + shown + "'");
    }
    std::weak_ptr<bool> alive = m_alive;
    Respond respond = [this, alive, id, isNotification](Result<json> result) {
        const auto a = alive.lock();
        if (!a || !*a || isNotification || m_ending)
            return;
        send(result ? response(id, std::move(*result)) : errorResponse(id, result.error()));
    };
    const json params = paramsIt == msg.end() ? json::object() : *paramsIt;
    try {
        dispatch(method, params, respond);
    } catch (const std::exception &e) {
        // A safety net: handlers report errors as values, but a JSON type surprise must not
        // take the agent down.
        respond(rpcFail(wire::error::kInternalError, std::string("internal error: ") + e.what()));
    }
}

void Session::dispatch(const std::string &method, const json &p, const Respond &r)
{
    namespace m = wire::method;
    if (method == m::kHello)
        return hello(p, r);
    if (method == m::kEnclavesList)
        return listEnclaves(p, r);
    if (method == m::kEnclavesRun)
        return runEnclave(p, r);
    if (method == m::kEnclavesTerminate)
        return terminateEnclave(p, r);
    if (method == m::kEnclavesWatch)
        return watch(p, r);
    if (method == m::kEifList)
        return listImages(p, r);
    if (method == m::kEifDescribe)
        return describeImage(p, r);
    if (method == m::kUploadBegin)
        return m_uploads.begin(p, r);
    if (method == m::kUploadChunk)
        return m_uploads.chunk(p, r);
    if (method == m::kUploadFinish)
        return m_uploads.finish(p, r);
    if (method == m::kUploadAbort)
        return m_uploads.abort(p, r);
    if (method == m::kConsoleSubscribe)
        return m_consoles.subscribe(p, r);
    if (method == m::kConsoleUnsubscribe)
        return m_consoles.unsubscribe(p, r);
    if (method == m::kVsockOpen)
        return m_streams.open(p, r);
    if (method == m::kStreamWrite)
        return m_streams.write(p, r);
    if (method == m::kStreamClose)
        return m_streams.close(p, r);
    if (method == m::kHealthCheck)
        return m_streams.healthCheck(p, r);
    if (method == m::kHostInfo)
        return hostInfo(p, r);
    r(rpcFail(wire::error::kMethodNotFound, "unknown method"));
}

void Session::hello(const json &p, const Respond &r)
{
    ParamReader pr(p);
    const std::int64_t protocol = pr.integer("protocol", 0, 1000, wire::kProtocolVersion);
    (void)pr.string("client", wire::kMaxClientNameLength, false);
    pr.allowOnly({ "protocol", "client" });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (protocol != wire::kProtocolVersion)
        return r(rpcFail(wire::error::kInvalidRequest,
            "protocol " + std::to_string(protocol) + " is not supported (this agent speaks "
                + std::to_string(wire::kProtocolVersion) + ")"));
    json capabilities = json::array();
    for (std::string_view m : wire::method::kAll)
        capabilities.push_back(m);
    r(json { { "protocol", wire::kProtocolVersion },
        { "agent",
            { { "name", "enclave-agent" }, { "version", m_config.version },
                { "buildId", m_config.buildId } } },
        { "backend", m_config.backendName }, { "hostname", m_config.hostname },
        { "capabilities", capabilities },
        { "limits",
            { { "maxLineBytes", wire::kMaxLineBytes }, { "maxChunkBytes", wire::kMaxChunkBytes },
                { "maxUploadBytes", m_config.maxUploadBytes }, { "maxStreams", wire::kMaxStreams },
                { "maxSubscriptions", wire::kMaxSubscriptions },
                { "streamWriteLimit", wire::kStreamWriteLimit } } } });
}

void Session::listEnclaves(const json &p, const Respond &r)
{
    ParamReader pr(p);
    pr.allowOnly({});
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    m_backend.listEnclaves(r);
}

void Session::runEnclave(const json &p, const Respond &r)
{
    ParamReader pr(p);
    const std::string eif = pr.string("eifPath", wire::kMaxEifPathLength);
    RunRequest req;
    req.cpuCount = pr.integer("cpuCount", 1, wire::kMaxCpuCount);
    req.memoryMiB = pr.integer("memoryMiB", 0, wire::kMaxMemoryMiB);
    req.enclaveCid = pr.integer("enclaveCid", 0, wire::kMaxRunCid, 0);
    req.debugMode = pr.boolean("debugMode", false);
    if (pr.has("enclaveName")) {
        req.enclaveName = pr.string("enclaveName", wire::kMaxEnclaveNameLength);
        if (pr.ok() && !validate::isEnclaveName(req.enclaveName))
            return r(rpcFail(
                wire::error::kInvalidParams, "enclaveName may hold letters, digits, '.', '_' and '-' only"));
    }
    pr.allowOnly({ "eifPath", "cpuCount", "memoryMiB", "enclaveCid", "debugMode", "enclaveName" });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    auto path = m_images.resolve(eif);
    if (!path)
        return r(std::unexpected(path.error()));
    req.eifPath = *path;
    m_backend.runEnclave(req, r);
}

void Session::terminateEnclave(const json &p, const Respond &r)
{
    ParamReader pr(p);
    const std::string id = pr.enclaveId("enclaveId");
    pr.allowOnly({ "enclaveId" });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    m_backend.terminateEnclave(id, [r, id](Result<json> res) {
        if (!res)
            return r(res);
        // Both nitro-cli's keys and the protocol's camelCase ones.
        (*res)["enclaveId"] = id;
        (*res)["terminated"] = true;
        r(res);
    });
}

void Session::listImages(const json &p, const Respond &r)
{
    ParamReader pr(p);
    pr.allowOnly({});
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    r(m_images.list());
}

void Session::describeImage(const json &p, const Respond &r)
{
    ParamReader pr(p);
    const std::string name = pr.imageName("name");
    pr.allowOnly({ "name" });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    auto path = m_images.resolve(name);
    if (!path)
        return r(std::unexpected(path.error()));
    struct stat st { };
    if (::stat(path->c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return r(rpcFail(wire::error::kNotFound, "no image '" + name + "'"));
    if (m_describesRunning >= 2)
        return r(rpcFail(wire::error::kLimitExceeded, "at most 2 eif.describe calls at a time"));
    ++m_describesRunning;
    std::weak_ptr<bool> alive = m_alive;
    m_backend.describeEif(*path, [this, alive, r](Result<json> res) {
        if (const auto a = alive.lock(); a && *a)
            --m_describesRunning;
        r(std::move(res));
    });
}

void Session::hostInfo(const json &p, const Respond &r)
{
    ParamReader pr(p);
    pr.allowOnly({});
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    const std::string imageDir = m_config.imageDir;
    const std::string hostname = m_config.hostname;
    m_backend.hostInfo([r, imageDir, hostname](Result<json> res) {
        if (!res)
            return r(res);
        (*res)["hostname"] = hostname;
        (*res)["imageDir"] = imageDir;
        if (const std::int64_t free = files::freeBytes(imageDir); free >= 0)
            (*res)["imageDirFreeBytes"] = free;
        r(res);
    });
}

void Session::watch(const json &p, const Respond &r)
{
    ParamReader pr(p);
    const std::int64_t interval
        = pr.integer("intervalMs", 0, wire::kMaxWatchIntervalMs, wire::kDefaultWatchIntervalMs);
    pr.allowOnly({ "intervalMs" });
    if (!pr.ok())
        return r(std::unexpected(pr.error()));
    if (m_watchTimer)
        m_loop.cancelTimer(m_watchTimer);
    m_watchTimer = 0;
    if (interval == 0)
        return r(json { { "watching", false } });
    if (interval < wire::kMinWatchIntervalMs)
        return r(rpcFail(wire::error::kInvalidParams, "intervalMs must be 0 (stop) or at least 500"));
    m_lastEnclaves = nullptr; // the first poll always reports, so the client starts from a full list
    m_watchTimer = m_loop.addTimer(
        int(interval), [this] { pollEnclaves(); }, true);
    r(json { { "watching", true }, { "intervalMs", interval } });
    m_loop.post([this, alive = std::weak_ptr<bool>(m_alive)] {
        if (const auto a = alive.lock(); a && *a)
            pollEnclaves();
    });
}

void Session::pollEnclaves()
{
    if (m_watchPolling || m_ending)
        return; // a slow describe-enclaves is still running: never two at once
    m_watchPolling = true;
    std::weak_ptr<bool> alive = m_alive;
    m_backend.listEnclaves([this, alive](Result<json> res) {
        const auto a = alive.lock();
        if (!a || !*a)
            return;
        m_watchPolling = false;
        if (!res || !m_watchTimer || m_ending)
            return;
        if (*res == m_lastEnclaves)
            return;
        m_lastEnclaves = *res;
        send(notification(wire::notification::kEnclavesChanged, json { { "enclaves", *res } }));
    });
}

} // namespace agentd

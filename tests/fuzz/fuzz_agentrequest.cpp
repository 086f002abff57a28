// Target 6a: request lines into the static agent's dispatcher (app/enclave-agent/agentd). The input
// is what the client writes on the agent's stdin (normally one request line; several lines reach
// sequences such as upload.begin + chunk). It runs the real agentd::Session (framing, JSON-RPC
// checks, ParamReader validation, dispatch, uploads, console feeds, streams) and the real
// NitroCliBackend (launch queue, enclave store, error mapping), with a CommandRunner that starts
// nothing on the host: nitro-cli's answers are canned from nitro-cli 1.x's recorded output (as
// tests/agent/fake-nitro-cli.sh replays it), and the console capture helper is played by writing
// a canned console into its log. Every file the agent writes is under one temporary directory,
// reset before each input; vsock goes to Unix sockets in an empty directory there (never AF_VSOCK).
// Oracle: every line the agent sends is a JSON-RPC 2.0 object (a response with an id, or a
// notification with a method), and the session ends by itself once its input ends.

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "agentd/consolelog.h"
#include "agentd/enclavestore.h"
#include "agentd/eventloop.h"
#include "agentd/nitroclibackend.h"
#include "agentd/session.h"

namespace {

namespace fs = std::filesystem;
using agentd::json;

constexpr std::string_view kAdoptableId = "i-06c28848702514cd5-enc1904e4fea1636f6";

std::string argAfter(const std::vector<std::string> &argv, std::string_view flag)
{
    for (std::size_t i = 0; i + 1 < argv.size(); ++i)
        if (argv[i] == flag)
            return argv[i + 1];
    return {};
}

bool hasArg(const std::vector<std::string> &argv, std::string_view flag)
{
    for (const auto &a : argv)
        if (a == flag)
            return true;
    return false;
}

std::int64_t number(const std::string &s)
{
    try {
        return std::stoll(s);
    } catch (...) {
        return -1;
    }
}

// nitro-cli as recorded, with a small model of the enclaves it runs (reset per input). One
// enclave runs from the start that the agent did not launch, so console.subscribe adopts it.
class CannedNitroCli final : public agentd::CommandRunner {
public:
    CannedNitroCli(agentd::EventLoop &loop, std::string stateDir)
        : m_loop(loop)
        , m_store(std::move(stateDir))
    {
        m_running[std::string(kAdoptableId)] = Enclave { 16, true, "hello" };
    }

    int inFlight() const { return m_inFlight; }

    void run(const std::vector<std::string> &argv, const agentd::Environment &, int, std::int64_t maxOutput,
        std::function<void(const agentd::ProcessResult &)> done) override
    {
        agentd::ProcessResult r = answer(argv);
        if (std::int64_t(r.out.size()) > maxOutput)
            r.out.resize(std::size_t(maxOutput));
        ++m_inFlight;
        m_loop.post([this, done = std::move(done), r = std::move(r)] {
            --m_inFlight;
            done(r);
        });
    }

    // The capture helper, played in-process: the enclave's console (banner already stripped, as
    // the helper does) goes into its log; a console that nitro-cli would refuse is closed at once.
    pid_t startDetached(const std::vector<std::string> &argv, const agentd::Environment &) override
    {
        const std::string id = argAfter(argv, "--capture-console");
        if (id.empty())
            std::abort(); // the backend starts no other helper
        auto log = agentd::ConsoleLog::open(m_store.consolePath(id));
        if (!log)
            return -1;
        const auto it = m_running.find(id);
        if (it == m_running.end()) {
            (void)log->close("[ E11 ] Socket error.");
            return -1;
        }
        (void)log->append(
            "[    0.000000] Linux version 4.14.256 \x1b[1;32mOK\x1b[0m\r\n\xff\xfe app tick 1\n");
        if (!it->second.debug)
            (void)log->close("[ E44 ] Console connection failure.");
        return -1; // no process: nothing for the backend to stop later
    }

private:
    struct Enclave {
        std::int64_t cid = 0;
        bool debug = false;
        std::string name;
    };

    static agentd::ProcessResult fail(int code, const std::string &line)
    {
        agentd::ProcessResult r;
        r.exitCode = code;
        r.err = "[ E" + std::string(code < 10 ? "0" : "") + std::to_string(code) + " ] " + line
            + "\n\nFor more details, please visit "
              "https://docs.aws.amazon.com/enclaves/latest/user/cli-errors.html\n\nIf you open a support "
              "ticket, please provide the error log found at \"/var/log/nitro_enclaves/err2023.log\"\n";
        return r;
    }

    static json record(const std::string &id, const Enclave &e)
    {
        return json { { "EnclaveName", e.name }, { "EnclaveID", id }, { "ProcessID", 6383 },
            { "EnclaveCID", e.cid }, { "NumberOfCPUs", 2 }, { "CPUIDs", json::array({ 1, 5 }) },
            { "MemoryMiB", 512 } };
    }

    agentd::ProcessResult answer(const std::vector<std::string> &argv)
    {
        agentd::ProcessResult r;
        r.exitCode = 0;
        const std::string cmd = argv.size() > 1 ? argv[1] : std::string();
        if (cmd == "--version") {
            r.out = "Nitro CLI 1.4.2\n";
        } else if (cmd == "describe-enclaves") {
            json list = json::array();
            for (const auto &[id, e] : m_running) {
                json v = record(id, e);
                v["State"] = "RUNNING";
                v["Flags"] = e.debug ? "DEBUG_MODE" : "NONE";
                list.push_back(v);
            }
            r.out = list.dump(2) + "\n";
        } else if (cmd == "run-enclave") {
            const std::int64_t memory = number(argAfter(argv, "--memory"));
            const std::int64_t cpus = number(argAfter(argv, "--cpu-count"));
            std::int64_t cid = number(argAfter(argv, "--enclave-cid"));
            if (memory < 64)
                return fail(29, "Invalid argument provided. Memory must be at least 64 MiB");
            if (cpus % 2 != 0)
                return fail(29, "Invalid argument provided. The number of CPUs must be even");
            if (m_running.size() >= 4)
                return fail(22, "Insufficient CPUs available in the pool.");
            if (cid > 0 && cid < 4)
                return fail(3, "Invalid enclave CID: reserved");
            for (const auto &[id, e] : m_running)
                if (cid > 0 && e.cid == cid)
                    return fail(29, "The enclave CID is already in use");
            if (cid <= 0)
                cid = 17 + std::int64_t(m_launched);
            char id[64];
            std::snprintf(id, sizeof id, "i-0123456789abcdef0-enc%016llx", 0x100ULL + m_launched++);
            std::string name = argAfter(argv, "--enclave-name");
            const Enclave e { cid, hasArg(argv, "--debug-mode"), name.empty() ? "hello" : name };
            m_running[id] = e;
            r.err = "Start allocating memory...\nStarted enclave with enclave-cid: " + std::to_string(cid)
                + "\n";
            r.out = record(id, e).dump(2) + "\n";
        } else if (cmd == "terminate-enclave") {
            const std::string id = argAfter(argv, "--enclave-id");
            const auto it = m_running.find(id);
            if (it == m_running.end())
                return fail(11, "Socket error.");
            r.out = json { { "EnclaveName", it->second.name }, { "EnclaveID", id }, { "Terminated", true } }
                        .dump(2)
                + "\n";
            r.err = "Successfully terminated enclave " + id + ".\n";
            m_running.erase(it);
        } else if (cmd == "describe-eif") {
            r.out = R"({
  "EifVersion": 4,
  "Measurements": {
    "HashAlgorithm": "Sha384 { ... }",
    "PCR0": "20465c702d4d5956cf9b32bc8e4b8bb556909056002f7bdfa7271b50e2174be50e78094b9ff233d2e6ef04b5ef64851f",
    "PCR1": "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    "PCR2": "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
  },
  "IsSigned": false,
  "CheckCRC": true,
  "ImageName": "hello",
  "ImageVersion": "1.0",
  "Metadata": {"BuildTime": "2023-04-21T10:31:12Z"}
}
)";
        } else {
            r.exitCode = 2;
            r.err = "error: Found argument '" + cmd + "' which wasn't expected\n";
        }
        return r;
    }

    agentd::EventLoop &m_loop;
    agentd::EnclaveStore m_store;
    std::map<std::string, Enclave> m_running;
    unsigned m_launched = 0;
    int m_inFlight = 0;
};

// The temporary tree of one input, removed afterwards (libFuzzer may end the process without
// running static destructors, so nothing outlives the input that made it).
struct Sandbox {
    fs::path root;
    Sandbox()
    {
        // The agent fsyncs every state and upload write: on tmpfs (/dev/shm) that costs nothing,
        // on this VM's disk it made the target ten times slower.
        std::error_code ec;
        const fs::path base = fs::is_directory("/dev/shm", ec) && ::access("/dev/shm", W_OK) == 0
            ? fs::path("/dev/shm")
            : fs::temp_directory_path();
        std::string t = (base / "fuzz-agentrequest.XXXXXX").string();
        if (!::mkdtemp(t.data()))
            std::abort();
        root = t;
        for (const char *d : { "state", "images", "vsock" })
            fs::create_directories(root / d, ec);
        std::ofstream(root / "images/hello.eif") << "not really an EIF: nitro-cli is canned";
        std::ofstream(root / "allocator.yaml") << "memory_mib: 4096\ncpu_count: 4\n";
    }
    ~Sandbox()
    {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;
};

// Every line the agent wrote must be a JSON-RPC 2.0 message.
void checkOutput(int fd)
{
    const off_t size = ::lseek(fd, 0, SEEK_END);
    std::string out(std::size_t(size), '\0');
    if (size > 0 && ::pread(fd, out.data(), out.size(), 0) != size)
        std::abort();
    std::size_t start = 0;
    while (start < out.size()) {
        const std::size_t nl = out.find('\n', start);
        if (nl == std::string::npos)
            std::abort(); // every message ends with its newline
        const json msg = json::parse(
            out.begin() + std::ptrdiff_t(start), out.begin() + std::ptrdiff_t(nl), nullptr, false);
        if (!msg.is_object() || msg.value("jsonrpc", "") != "2.0")
            std::abort();
        const bool isResponse = msg.contains("id") && (msg.contains("result") != msg.contains("error"));
        const bool isNotification
            = !msg.contains("id") && msg.contains("method") && msg["method"].is_string();
        if (!isResponse && !isNotification)
            std::abort();
        start = nl + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ignoreSigpipe = [] {
        std::signal(SIGPIPE, SIG_IGN); // as the agent's main()
        return true;
    }();
    (void)ignoreSigpipe;
    const Sandbox sandbox;

    int in[2];
    if (::pipe2(in, O_CLOEXEC) != 0)
        std::abort();
    const int out = ::memfd_create("agent-stdout", MFD_CLOEXEC);
    if (out < 0)
        std::abort();
    const int outCopy = ::dup(out); // the session owns (and closes) out
    ::fcntl(in[1], F_SETFL, O_NONBLOCK);

    {
        agentd::EventLoop loop;
        agentd::BackendConfig bc;
        bc.nitroCli = "nitro-cli";
        bc.stateDir = (sandbox.root / "state").string();
        bc.selfPath = "/nonexistent/enclave-agent";
        bc.vsockUnixDir = (sandbox.root / "vsock").string();
        bc.allocatorFile = (sandbox.root / "allocator.yaml").string();
        auto runner = std::make_unique<CannedNitroCli>(loop, bc.stateDir);
        CannedNitroCli *nitro = runner.get();
        agentd::NitroCliBackend backend(loop, bc, std::move(runner));
        agentd::SessionConfig sc;
        sc.imageDir = (sandbox.root / "images").string();
        sc.hostname = "fuzz";
        sc.version = "0.0.0";
        sc.buildId = "fuzz";
        sc.maxUploadBytes = 1 << 20;
        agentd::Session session(loop, backend, sc, in[0], out);

        // Feed the input (it may exceed the pipe), then close stdin once the agent is idle: the
        // pipe read, no canned nitro-cli answer pending, and a few loop turns for what they post.
        // The feeder runs once per loop turn, woken by a pipe that always holds a byte (a posted
        // call that posts itself would never let the loop reach poll()).
        int ticker[2];
        if (::pipe2(ticker, O_CLOEXEC) != 0 || ::write(ticker[1], "t", 1) != 1)
            std::abort();
        std::size_t written = 0;
        int idleTurns = 0;
        int writeFd = in[1];
        agentd::EventLoop::Id feeder = 0;
        feeder = loop.watch(ticker[0], POLLIN, [&](short) {
            if (written < size) {
                const ssize_t n = ::write(writeFd, data + written, size - written);
                if (n > 0)
                    written += std::size_t(n);
                return;
            }
            int queued = 0;
            ::ioctl(in[0], FIONREAD, &queued);
            idleTurns = queued > 0 || nitro->inFlight() > 0 ? 0 : idleTurns + 1;
            if (idleTurns > 3) {
                ::close(writeFd); // EOF: the session ends and quits the loop
                writeFd = -1;
                loop.unwatch(feeder);
            }
        });
        loop.run();
        if (writeFd >= 0)
            ::close(writeFd);
        ::close(ticker[0]);
        ::close(ticker[1]);
    }
    if (std::getenv("FUZZ_AGENTREQUEST_ECHO")) { // what the agent answered, for writing seeds
        std::string text(std::size_t(::lseek(outCopy, 0, SEEK_END)), '\0');
        if (::pread(outCopy, text.data(), text.size(), 0) > 0)
            std::fwrite(text.data(), 1, text.size(), stderr);
    }
    checkOutput(outCopy);
    ::close(outCopy);
    return 0;
}

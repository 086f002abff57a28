#pragma once

// The enclave-agent wire protocol's constants: method names, limits, error codes and the
// protocol version. Qt-free on purpose: the static agent (app/enclave-agent, standard library
// only) and the Qt client (core/agent/agentclient, protocol.h, rpcerror.h) both include this
// header, so the two sides cannot drift apart. See core/agent/PROTOCOL.md.

#include <array>
#include <cstdint>
#include <string_view>

namespace enclave::agent::wire {

// Version of the protocol spoken in "hello"; a client asking for another one gets -32600.
inline constexpr int kProtocolVersion = 1;

// --- framing and per-message limits ---------------------------------------------------------
// One JSON object per line; a longer line is a protocol error that ends the session.
inline constexpr std::int64_t kMaxLineBytes = 1 << 20;
// Raw bytes per base64 "data" field of a request; 4/3 of it plus the envelope stays well under
// kMaxLineBytes.
inline constexpr std::int64_t kMaxChunkBytes = 512 * 1024;
// What the agent sends per stream.data notification.
inline constexpr std::int64_t kNotifyChunkBytes = 64 * 1024;
// What the agent sends per console.data notification at most: large, because a console that
// catches up streams many of them back to back, and each line costs a JSON parse on the client
// (base64 of it stays well under kMaxLineBytes).
inline constexpr std::int64_t kConsoleChunkBytes = 256 * 1024;
// A request "id" string.
inline constexpr std::size_t kMaxIdLength = 64;
// hello's "client" string.
inline constexpr std::size_t kMaxClientNameLength = 128;
// health.check's "send" and "expect" payloads (raw bytes).
inline constexpr std::int64_t kMaxHealthPayloadBytes = 64 * 1024;

// --- per-session bounds (defaults; hello reports the ones in force) --------------------------
inline constexpr std::int64_t kDefaultMaxUploadBytes = 8LL << 30;
inline constexpr int kMaxUploads = 2;
inline constexpr int kMaxSubscriptions = 32;
inline constexpr int kMaxStreams = 16;
inline constexpr std::int64_t kStreamWriteLimit = 4 << 20; // queued towards one vsock peer
inline constexpr std::int64_t kOutputSoftLimit = 4 << 20; // produce output only below this
inline constexpr std::int64_t kOutputHardLimit = 64 << 20; // a client that never reads is dropped
inline constexpr std::int64_t kUploadFreeSpaceReserve = 64 << 20;
inline constexpr int kMaxListedImages = 1000;
inline constexpr int kKeptExitedEnclaves = 32;
// ... and beyond those, every enclave that exited in the last 10 minutes (up to 128 in all), so a
// client that reconnects after others churned through many enclaves still gets a console's end.
inline constexpr int kKeptExitedSeconds = 600;
inline constexpr int kMaxKeptExitedEnclaves = 128;
inline constexpr int kMaxAdoptedConsoles = 8;
inline constexpr std::int64_t kConsoleRingBytes = 4 * 1024 * 1024;

// --- value ranges ---------------------------------------------------------------------------
inline constexpr std::int64_t kMinCid = 3;
inline constexpr std::int64_t kMaxCid = 0xFFFFFFFELL;
inline constexpr std::int64_t kMaxPort = 0xFFFFFFFELL;
inline constexpr std::int64_t kMaxCpuCount = 1024;
inline constexpr std::int64_t kMaxMemoryMiB = 16LL << 20;
inline constexpr std::int64_t kMaxRunCid = 0xFFFFFFFFLL;
inline constexpr std::int64_t kMaxFromSeq = 1LL << 52;
inline constexpr int kMinWatchIntervalMs = 500;
inline constexpr int kMaxWatchIntervalMs = 600000;
inline constexpr int kDefaultWatchIntervalMs = 2000;
inline constexpr int kMaxHealthTimeoutMs = 60000;
inline constexpr int kDefaultHealthTimeoutMs = 5000;
inline constexpr int kVsockConnectTimeoutMs = 10000;
inline constexpr std::size_t kMaxImageNameLength = 255;
inline constexpr std::size_t kMaxEnclaveNameLength = 128;
inline constexpr std::size_t kMaxEifPathLength = 4096;

// --- nitro-cli timeouts ---------------------------------------------------------------------
inline constexpr int kRunTimeoutMs = 300000;
inline constexpr int kCommandTimeoutMs = 30000;
inline constexpr std::int64_t kMaxNitroCliOutputBytes = 4 << 20;

// --- method names ---------------------------------------------------------------------------
namespace method {
inline constexpr std::string_view kHello = "hello";
inline constexpr std::string_view kEnclavesList = "enclaves.list";
inline constexpr std::string_view kEnclavesRun = "enclaves.run";
inline constexpr std::string_view kEnclavesTerminate = "enclaves.terminate";
inline constexpr std::string_view kEnclavesWatch = "enclaves.watch";
inline constexpr std::string_view kEifList = "eif.list";
inline constexpr std::string_view kEifDescribe = "eif.describe";
inline constexpr std::string_view kUploadBegin = "eif.upload.begin";
inline constexpr std::string_view kUploadChunk = "eif.upload.chunk";
inline constexpr std::string_view kUploadFinish = "eif.upload.finish";
inline constexpr std::string_view kUploadAbort = "eif.upload.abort";
inline constexpr std::string_view kConsoleSubscribe = "console.subscribe";
inline constexpr std::string_view kConsoleUnsubscribe = "console.unsubscribe";
inline constexpr std::string_view kVsockOpen = "vsock.open";
inline constexpr std::string_view kStreamWrite = "stream.write";
inline constexpr std::string_view kStreamClose = "stream.close";
inline constexpr std::string_view kHealthCheck = "health.check";
inline constexpr std::string_view kHostInfo = "host.info";

// Every method the agent serves, in the order hello's "capabilities" lists them.
inline constexpr std::array kAll { kHello, kEnclavesList, kEnclavesRun, kEnclavesTerminate, kEifList,
    kEifDescribe, kUploadBegin, kUploadChunk, kUploadFinish, kUploadAbort, kConsoleSubscribe,
    kConsoleUnsubscribe, kVsockOpen, kStreamWrite, kStreamClose, kHealthCheck, kHostInfo, kEnclavesWatch };
} // namespace method

// --- notifications the agent sends ----------------------------------------------------------
namespace notification {
inline constexpr std::string_view kConsoleData = "console.data";
inline constexpr std::string_view kConsoleClosed = "console.closed";
inline constexpr std::string_view kStreamData = "stream.data";
inline constexpr std::string_view kStreamClosed = "stream.closed";
inline constexpr std::string_view kEnclavesChanged = "enclaves.changed";
inline constexpr std::string_view kSessionClosing = "session.closing";
} // namespace notification

// --- JSON-RPC error codes -------------------------------------------------------------------
namespace error {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kNitroCliError = -32000; // data: {"code": "E26", "message": ..., "errorLog"?: ...}
inline constexpr int kNotFound = -32001; // unknown subscription, stream, upload or image
inline constexpr int kLimitExceeded = -32002; // a configured bound was hit (streams, uploads, buffers)
inline constexpr int kIoError = -32003; // a file or socket operation failed on the agent host
inline constexpr int kChecksumMismatch = -32004; // upload digest differs; nothing stored
inline constexpr int kAlreadyExists = -32005; // upload target exists and overwrite was not asked for
inline constexpr int kConnectionLost = -32010; // client side only: the transport went away
inline constexpr int kTimeout = -32011; // client side only: no reply in time
} // namespace error

} // namespace enclave::agent::wire

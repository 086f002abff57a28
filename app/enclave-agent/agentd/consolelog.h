#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "agentd/rpc.h"

namespace agentd {

// What a reader gets from a console log: the bytes starting at seq, whether older bytes were
// dropped (gap > 0: the ring no longer holds [seq - gap, seq)), and whether the log is closed.
struct ConsoleChunk {
    std::int64_t seq = 0;
    std::int64_t gap = 0;
    std::string data;
    std::int64_t endSeq = 0; // sequence number after the last byte stored
    std::int64_t firstSeq = 0; // oldest byte still stored
    bool closed = false; // closed and data reaches endSeq: nothing more will come
    std::string closeReason;
};

// An enclave's console captured to disk as a bounded ring, so the history outlives the agent
// session (a reconnecting client's new agent process reads the same file). Sequence numbers are
// absolute from the enclave's first byte.
//
// File layout (the same as the Qt agent's, so either reads the other's logs): a 64-byte header
// line "ENCLAVE-CONSOLE 1 first=<20 digits>" padded with spaces and '\n', then the bytes. Past
// its capacity the file is compacted to the newest half: a new file renamed over the old one,
// so readers always see a consistent header/body pair. "<path>.closed", holding the reason, is
// written after the last byte; "<path>.terminating" (see markTerminating) decides that reason.
class ConsoleLog final {
public:
    static constexpr std::int64_t kHeaderBytes = 64;

    // Continues an existing log (a restarted capture keeps its sequence numbers), else creates one.
    static Result<ConsoleLog> open(const std::string &path, std::int64_t capacity = wire::kConsoleRingBytes);
    ConsoleLog(ConsoleLog &&other) noexcept;
    ConsoleLog &operator=(ConsoleLog &&other) noexcept;
    ConsoleLog(const ConsoleLog &) = delete;
    ConsoleLog &operator=(const ConsoleLog &) = delete;
    ~ConsoleLog();

    Result<void> append(std::string_view bytes);
    std::int64_t endSeq() const { return m_first + m_size; }
    Result<void> close(const std::string &reason);
    static Result<void> markClosed(const std::string &path, const std::string &reason);
    // "<path>.terminating": the agent is about to terminate the enclave, so the console's end
    // that follows is "terminated", not "enclave exited" (the capture, which sees the end first,
    // reads it). Removed again if the termination fails, and by open().
    static Result<void> markTerminating(const std::string &path);
    static void clearTerminating(const std::string &path);
    static bool isTerminating(const std::string &path);
    // The log and its markers, when its enclave's record is pruned.
    static void remove(const std::string &path);

    // Reader side: any number of readers, any process. fromSeq beyond the end is InvalidParams.
    // One-off; a streaming reader keeps a ConsoleReader instead.
    static Result<ConsoleChunk> read(const std::string &path, std::int64_t fromSeq, std::int64_t maxBytes);

private:
    ConsoleLog() = default;
    Result<void> compact();

    std::string m_path;
    std::int64_t m_capacity = wire::kConsoleRingBytes;
    std::int64_t m_first = 0;
    std::int64_t m_size = 0;
    int m_fd = -1;
};

// Follows one console log for one reader: keeps the file open between reads and reopens it only
// when compaction renamed a new file over it (another inode at the path), so streaming costs a
// stat, a pread and a look for the ".closed" marker per chunk instead of an open, a header read
// and a close. Header and bytes always come from the same open file, so they always match.
class ConsoleReader final {
public:
    explicit ConsoleReader(std::string path);
    ConsoleReader(ConsoleReader &&other) noexcept;
    ConsoleReader &operator=(ConsoleReader &&other) noexcept;
    ConsoleReader(const ConsoleReader &) = delete;
    ConsoleReader &operator=(const ConsoleReader &) = delete;
    ~ConsoleReader();

    // As ConsoleLog::read.
    Result<ConsoleChunk> read(std::int64_t fromSeq, std::int64_t maxBytes);
    const std::string &path() const { return m_path; }

private:
    Result<void> reopen();

    std::string m_path;
    int m_fd = -1;
    std::uint64_t m_dev = 0;
    std::uint64_t m_ino = 0;
    std::int64_t m_first = 0;
};

} // namespace agentd

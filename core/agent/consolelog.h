#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace enclave::agent {

// What a reader gets from a console log: the bytes starting at seq, whether older bytes were
// dropped (gap > 0: the ring no longer holds [seq - gap, seq)), and whether the log is closed
// (the enclave's console ended and nothing will follow).
struct ConsoleChunk {
    qint64 seq = 0;
    qint64 gap = 0;
    QByteArray data;
    qint64 endSeq = 0; // sequence number after the last byte currently stored
    qint64 firstSeq = 0; // oldest byte still stored
    bool closed = false; // closed and data reaches endSeq: nothing more will come
    QString closeReason;
};

// An enclave's console captured to disk as a bounded ring (the file is compacted to the newest
// half once it exceeds its capacity) so the history survives the agent session that started it:
// a reconnecting client's new agent process reads the same file. Byte sequence numbers are
// absolute from the first byte the enclave printed.
//
// File layout: a fixed 64-byte header line "ENCLAVE-CONSOLE 1 first=<20 digits>" padded with
// spaces and '\n', then the bytes. Compaction writes a new file and renames it over the old one,
// so readers always see a consistent header/body pair. A sibling "<name>.closed" file holding the
// reason marks the end of the stream; it is written after the last byte.
class ConsoleLog final {
public:
    static constexpr qsizetype kHeaderBytes = 64;
    static constexpr qint64 kDefaultCapacity = 4 * 1024 * 1024;

    // Writer side: one writer per log (the capture or simulated-enclave process).
    static Result<ConsoleLog> create(const QString &path, qint64 capacity = kDefaultCapacity);
    // Continues an existing log (a restarted capture keeps the sequence numbers), else creates it.
    static Result<ConsoleLog> open(const QString &path, qint64 capacity = kDefaultCapacity);
    ConsoleLog(ConsoleLog &&other) noexcept;
    ConsoleLog &operator=(ConsoleLog &&other) noexcept;
    ConsoleLog(const ConsoleLog &) = delete;
    ConsoleLog &operator=(const ConsoleLog &) = delete;
    ~ConsoleLog();

    Result<void> append(const QByteArray &bytes);
    qint64 endSeq() const { return m_first + m_size; }
    // Marks the stream finished with a reason ("enclave exited", "terminated", ...).
    Result<void> close(const QString &reason);
    static Result<void> markClosed(const QString &path, const QString &reason);

    // Reader side: any number of readers, any process.
    static Result<ConsoleChunk> read(const QString &path, qint64 fromSeq, qsizetype maxBytes);
    static bool exists(const QString &path);

private:
    ConsoleLog() = default;
    Result<void> compact();

    QString m_path;
    qint64 m_capacity = kDefaultCapacity;
    qint64 m_first = 0;
    qint64 m_size = 0;
    int m_fd = -1;
};

} // namespace enclave::agent

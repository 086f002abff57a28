#pragma once

#include <optional>

#include <QByteArray>

namespace enclave::agent {

// Splits a byte stream into '\n'-terminated lines with a hard cap on the line length,
// checked before the partial line grows past it (a peer cannot make us buffer more).
// Worst-case cost: each byte is copied in once and scanned for '\n' once (m_scanned): linear time;
// memory at most maxLineBytes plus the bytes of one append() call.
class LineBuffer final {
public:
    explicit LineBuffer(qsizetype maxLineBytes)
        : m_max(maxLineBytes)
    {
    }

    // Appends bytes; returns false once a line exceeded the limit (the buffer is then unusable).
    bool append(const QByteArray &bytes);
    // The next complete line without its '\n' (a trailing '\r' is kept: JSON does not mind).
    std::optional<QByteArray> takeLine();
    bool overflowed() const { return m_overflow; }
    qsizetype pendingBytes() const { return m_buffer.size() - m_start; }

private:
    QByteArray m_buffer;
    qsizetype m_start = 0; // first unconsumed byte
    qsizetype m_scanned = 0; // bytes after m_start already known to hold no '\n'
    qsizetype m_max;
    bool m_overflow = false;
};

} // namespace enclave::agent

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace agentd {

// Splits a byte stream into '\n'-terminated lines with a hard bound: a line that grows past
// maxLine bytes is refused while it is still arriving, before any newline.
class LineBuffer final {
public:
    explicit LineBuffer(std::size_t maxLine)
        : m_max(maxLine)
    {
    }

    // False once the pending (unterminated) line is longer than the bound.
    bool append(std::string_view bytes);
    // The next complete line without its '\n' (a trailing '\r' is kept: JSON ignores it).
    std::optional<std::string> takeLine();
    bool overflowed() const { return m_overflow; }
    std::size_t pendingBytes() const { return m_buffer.size() - m_start; }

private:
    std::string m_buffer;
    std::size_t m_start = 0;
    std::size_t m_scanned = 0; // bytes after m_start already known to hold no '\n'
    std::size_t m_max;
    bool m_overflow = false;
};

} // namespace agentd

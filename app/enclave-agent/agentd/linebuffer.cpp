#include "agentd/linebuffer.h"

namespace agentd {

bool LineBuffer::append(std::string_view bytes)
{
    if (m_overflow)
        return false;
    if (m_start > 0 && m_start >= m_buffer.size() / 2) {
        m_buffer.erase(0, m_start);
        m_start = 0;
    }
    m_buffer.append(bytes);
    // Only the tail after the last newline can be an over-long line.
    const std::size_t lastNl = m_buffer.rfind('\n');
    const std::size_t tailStart = lastNl == std::string::npos || lastNl < m_start ? m_start : lastNl + 1;
    if (m_buffer.size() - tailStart > m_max)
        m_overflow = true;
    return !m_overflow;
}

std::optional<std::string> LineBuffer::takeLine()
{
    const std::size_t nl = m_buffer.find('\n', m_start + m_scanned);
    if (nl == std::string::npos) {
        m_scanned = m_buffer.size() - m_start;
        return std::nullopt;
    }
    if (nl - m_start > m_max) {
        m_overflow = true;
        return std::nullopt;
    }
    std::string line = m_buffer.substr(m_start, nl - m_start);
    m_start = nl + 1;
    m_scanned = 0;
    return line;
}

} // namespace agentd

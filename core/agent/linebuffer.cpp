#include "agent/linebuffer.h"

namespace enclave::agent {

bool LineBuffer::append(const QByteArray &bytes)
{
    if (m_overflow)
        return false;
    if (m_start > 0 && m_start >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    m_buffer.append(bytes);
    // Check the partial line at the end: everything after the last '\n' must fit.
    const qsizetype lastNl = m_buffer.lastIndexOf('\n');
    const qsizetype tailStart = lastNl < m_start ? m_start : lastNl + 1;
    if (m_buffer.size() - tailStart > m_max)
        m_overflow = true;
    return !m_overflow;
}

std::optional<QByteArray> LineBuffer::takeLine()
{
    const qsizetype nl = m_buffer.indexOf('\n', m_start + m_scanned);
    if (nl < 0) {
        m_scanned = m_buffer.size() - m_start;
        return std::nullopt;
    }
    if (nl - m_start > m_max) {
        m_overflow = true;
        return std::nullopt;
    }
    QByteArray line = m_buffer.mid(m_start, nl - m_start);
    m_start = nl + 1;
    m_scanned = 0;
    if (m_start == m_buffer.size()) {
        m_buffer.clear();
        m_start = 0;
    }
    return line;
}

} // namespace enclave::agent

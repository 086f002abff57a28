#include "inspector/filebytesource.h"

#include <algorithm>

#include <QFile>

namespace enclave::ui {

FileByteSource::FileByteSource(const QString &path)
    : m_file(std::make_unique<QFile>(path))
{
    if (m_file->open(QIODevice::ReadOnly))
        m_size = m_file->size();
}

FileByteSource::~FileByteSource() = default;

bool FileByteSource::isOpen() const
{
    return m_file->isOpen();
}

QString FileByteSource::errorString() const
{
    return m_file->errorString();
}

qint64 FileByteSource::size() const
{
    return m_size;
}

QByteArray FileByteSource::read(qint64 offset, qint64 length) const
{
    if (!m_file->isOpen() || offset < 0 || length <= 0 || offset >= m_size)
        return {};
    length = std::min(length, m_size - offset);
    // A range inside one cached page (the common case: the visible rows) is served from memory.
    const qint64 pageStart = offset - offset % PageSize;
    if (offset + length <= pageStart + PageSize) {
        if (m_pageOffset != pageStart) {
            if (!m_file->seek(pageStart))
                return {};
            m_page = m_file->read(PageSize);
            m_pageOffset = pageStart;
        }
        return m_page.mid(offset - pageStart, length);
    }
    if (!m_file->seek(offset))
        return {};
    return m_file->read(length);
}

} // namespace enclave::ui

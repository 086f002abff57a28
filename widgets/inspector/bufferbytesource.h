#pragma once

#include <QByteArray>

#include "inspector/bytesource.h"

namespace enclave::ui {

// Bytes already in memory (decoded base64/hex text, small documents, tests).
class BufferByteSource final : public ByteSource {
public:
    explicit BufferByteSource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }

    qint64 size() const override { return m_bytes.size(); }
    QByteArray read(qint64 offset, qint64 length) const override
    {
        if (offset < 0 || length <= 0 || offset >= m_bytes.size())
            return {};
        return m_bytes.mid(offset, length);
    }

private:
    QByteArray m_bytes;
};

} // namespace enclave::ui

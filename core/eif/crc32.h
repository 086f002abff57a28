#pragma once

#include <QByteArrayView>

namespace enclave {

// Streaming CRC-32 (zlib crc32: ISO-HDLC, the EIF's eif_crc32). Check value: "123456789" -> cbf43926.
class Crc32 final {
public:
    void update(const char *data, qint64 size);
    void update(QByteArrayView bytes) { update(bytes.data(), bytes.size()); }
    quint32 value() const { return m_crc; }

    static quint32 of(QByteArrayView bytes)
    {
        Crc32 c;
        c.update(bytes);
        return c.value();
    }

private:
    quint32 m_crc = 0;
};

} // namespace enclave

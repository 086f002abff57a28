#include "cborencoder.h"

namespace enclave {

CborEncoder &CborEncoder::head(int major, quint64 value)
{
    const char m = char(major << 5);
    if (value < 24) {
        m_out.append(char(m | char(value)));
    } else if (value <= 0xff) {
        m_out.append(char(m | 24));
        m_out.append(char(value));
    } else if (value <= 0xffff) {
        m_out.append(char(m | 25));
        for (int s = 8; s >= 0; s -= 8)
            m_out.append(char(value >> s));
    } else if (value <= 0xffffffffULL) {
        m_out.append(char(m | 26));
        for (int s = 24; s >= 0; s -= 8)
            m_out.append(char(value >> s));
    } else {
        m_out.append(char(m | 27));
        for (int s = 56; s >= 0; s -= 8)
            m_out.append(char(value >> s));
    }
    return *this;
}

CborEncoder &CborEncoder::bytes(QByteArrayView data)
{
    head(2, quint64(data.size()));
    m_out.append(data);
    return *this;
}

CborEncoder &CborEncoder::text(QByteArrayView utf8)
{
    head(3, quint64(utf8.size()));
    m_out.append(utf8);
    return *this;
}

CborEncoder &CborEncoder::byteArrayAsUints(QByteArrayView data)
{
    arrayHeader(quint64(data.size()));
    for (char c : data)
        unsignedInt(quint8(c));
    return *this;
}

} // namespace enclave

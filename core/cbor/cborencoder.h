#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace enclave {

// The few CBOR encodings we write (RFC 8949 definite, shortest form): the EIF signature section,
// byte-compatible with serde_cbor 0.11 as used by aws-nitro-enclaves-image-format, and COSE's
// Sig_structure.
class CborEncoder final {
public:
    CborEncoder &unsignedInt(quint64 value) { return head(0, value); }
    CborEncoder &negativeInt(qint64 value) { return head(1, quint64(-1 - value)); }
    CborEncoder &bytes(QByteArrayView data);
    CborEncoder &text(QByteArrayView utf8);
    CborEncoder &arrayHeader(quint64 count) { return head(4, count); }
    CborEncoder &mapHeader(quint64 count) { return head(5, count); }
    CborEncoder &null()
    {
        m_out.append(char(0xf6));
        return *this;
    }
    // serde's Vec<u8>: an array with one unsigned int per byte.
    CborEncoder &byteArrayAsUints(QByteArrayView data);
    CborEncoder &raw(QByteArrayView encoded)
    {
        m_out.append(encoded);
        return *this;
    }

    const QByteArray &data() const { return m_out; }

private:
    CborEncoder &head(int major, quint64 value);
    QByteArray m_out;
};

} // namespace enclave

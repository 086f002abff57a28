#include "crc32.h"

#include <zlib.h>

namespace enclave {

void Crc32::update(const char *data, qint64 size)
{
    // crc32_z takes a size_t length, so files past 4 GiB need no chunking here.
    m_crc = quint32(crc32_z(m_crc, reinterpret_cast<const Bytef *>(data), z_size_t(size)));
}

} // namespace enclave

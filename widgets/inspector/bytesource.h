#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace enclave::ui {

// Where a HexView gets its bytes from. Ranges are read on demand so a multi-gigabyte file is
// never held in memory; implementations clamp reads to size() and return fewer bytes on error.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual qint64 size() const = 0;
    virtual QByteArray read(qint64 offset, qint64 length) const = 0;
};

} // namespace enclave::ui

#pragma once

#include <QFile>
#include <QIODevice>

#include "eif/eifsection.h"

namespace enclave {

// A read-only, seekable QIODevice over one section's data (or any byte range of a file), so
// consumers such as a cpio lister or the hex view stream a multi-GiB ramdisk without loading it.
// Position 0 is the first data byte; size() is the section size.
class EifSectionDevice final : public QIODevice {
    Q_OBJECT
public:
    EifSectionDevice(const QString &path, qint64 offset, qint64 size, QObject *parent = nullptr);
    EifSectionDevice(const QString &path, const EifSection &section, QObject *parent = nullptr)
        : EifSectionDevice(path, section.dataOffset(), section.size(), parent)
    {
    }
    ~EifSectionDevice() override;

    // Only QIODevice::ReadOnly is accepted; fails if the file is shorter than offset + size.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    // Absolute file offset of position 0 (for mapping device positions back to file spans).
    qint64 fileOffset() const { return m_offset; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_size;
};

} // namespace enclave

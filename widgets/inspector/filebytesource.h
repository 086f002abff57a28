#pragma once

#include <memory>

#include <QString>

#include "inspector/bytesource.h"

class QFile;

namespace enclave::ui {

// Reads a file range by range through its own handle, with a small page cache so repainting the
// visible rows does not hit the disk each time. Memory stays bounded whatever the file size.
class FileByteSource final : public ByteSource {
public:
    explicit FileByteSource(const QString &path);
    ~FileByteSource() override;
    Q_DISABLE_COPY_MOVE(FileByteSource)

    bool isOpen() const;
    QString errorString() const;
    qint64 size() const override;
    QByteArray read(qint64 offset, qint64 length) const override;

private:
    static constexpr qint64 PageSize = 64 * 1024;
    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0;
    mutable qint64 m_pageOffset = -1;
    mutable QByteArray m_page;
};

} // namespace enclave::ui

#pragma once

#include <QByteArrayView>
#include <QString>

#include "common/error.h"

namespace enclave {

// Writes a file so that readers only ever see the old content or the complete new content: the
// bytes go to a temporary file in the same directory, created with the final permissions from the
// start (a private key is never readable by others, not even for a moment), then fsync + rename.
// Destroying an uncommitted writer removes the temporary file.
class AtomicFileWriter final {
public:
    enum class Commit {
        Replace, // rename over an existing file
        NoClobber, // fail if the target exists (checked atomically at rename time)
    };

    // permissions: POSIX mode bits for the new file, e.g. 0600 for keys, 0644 for certificates.
    AtomicFileWriter(QString path, int permissions);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter &) = delete;
    AtomicFileWriter &operator=(const AtomicFileWriter &) = delete;

    Result<void> open();
    Result<void> write(QByteArrayView bytes);
    // Overwrites bytes already written (e.g. a header checksum known only at the end).
    Result<void> writeAt(qint64 offset, QByteArrayView bytes);
    qint64 size() const { return m_size; }
    Result<void> commit(Commit mode);
    // Drops the temporary file (also done by the destructor).
    void discard();

    QString path() const { return m_path; }
    QString temporaryPath() const { return m_tempPath; }

    // One call: open, write, commit.
    static Result<void> writeFile(const QString &path, QByteArrayView bytes, int permissions, Commit mode);

private:
    QString m_path;
    QString m_tempPath;
    int m_permissions = 0600;
    int m_fd = -1;
    qint64 m_size = 0;
};

} // namespace enclave

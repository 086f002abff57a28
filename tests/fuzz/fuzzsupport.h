#pragma once

// Shared by the libFuzzer targets: each target is one small file that feeds one untrusted input
// through the same core API the app uses. Nothing here may hide a crash: it only silences Qt's
// chatter (qWarning to stderr for every odd input slows fuzzing by orders of magnitude) and gives
// file-based readers an in-memory file.

#include <cstdint>
#include <cstdlib>

#include <sys/mman.h>
#include <unistd.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace enclave::fuzz {

// qFatal still aborts (libFuzzer reports it as a crash); everything else is dropped.
inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        if (type == QtFatalMsg)
            std::abort();
    });
}

// The input as a file with a path (/proc/self/fd/N of a memfd): readers that take a path open it
// like any other file, with no disk I/O and nothing left behind.
class MemoryFile final {
public:
    MemoryFile(const uint8_t *data, size_t size)
    {
        m_fd = memfd_create("fuzz-input", MFD_CLOEXEC);
        if (m_fd < 0)
            std::abort();
        for (size_t done = 0; done < size;) {
            const ssize_t n = ::write(m_fd, data + done, size - done);
            if (n <= 0)
                std::abort();
            done += size_t(n);
        }
    }
    ~MemoryFile() { ::close(m_fd); }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

private:
    int m_fd = -1;
};

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits an input into two parts: the first 4 bytes (little-endian) give the length of part one,
// clamped to what is there. Seeds are built as length + part one + part two.
struct TwoParts {
    QByteArray first;
    QByteArray second;
};
inline TwoParts splitTwo(const uint8_t *data, size_t size)
{
    if (size < 4)
        return {};
    const uint32_t n
        = uint32_t(data[0]) | uint32_t(data[1]) << 8 | uint32_t(data[2]) << 16 | uint32_t(data[3]) << 24;
    const size_t rest = size - 4;
    const size_t a = n < rest ? n : rest;
    return { bytes(data + 4, a), bytes(data + 4 + a, rest - a) };
}

} // namespace enclave::fuzz

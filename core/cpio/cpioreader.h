#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "common/error.h"
#include "cpio/cpioentry.h"

class QIODevice;

namespace enclave {

// Hard limits of CpioReader, checked before anything is allocated.
struct CpioLimits {
    qint64 maxNameSize = 4096; // bytes, terminating NUL included (PATH_MAX)
    qint64 maxEntries = 1'000'000;
    qint64 maxLinkTargetSize = 4096;
    qint64 maxDecompressedSize = 16LL << 30; // a gzip bomb stops here
};

// Streams the entries of a cpio "newc" (070701) or "crc" (070702) archive, plain or gzip-compressed
// (detected by magic), from a byte range of a device: typically one ramdisk section of an EIF.
// Memory stays bounded whatever the archive holds: data is hashed in chunks and skipped, never
// buffered whole; nothing is written to disk. Concatenated archives and gzip members, and zero
// padding between and after them, are accepted as the kernel's initramfs unpacker accepts them.
// Worst-case cost: time is linear in the bytes inflated and hashed. gzip expands at most ~1032:1,
// so up to ~1000x the input bytes of work (capped by maxDecompressedSize). Memory is the fixed
// 256 KiB raw + 256 KiB inflate buffers plus one name (<= 4 KiB) at a time; list() also keeps one
// CpioEntry (~150 bytes + name + link target) per entry, and an entry takes >= 112 input bytes
// (header + NUL, padded), so about 1.5-2 bytes of memory per input byte (maxEntries 1 000 000).
class CpioReader final {
public:
    using Limits = CpioLimits;
    enum class Compression { Unknown, None, Gzip };

    // device must be open, readable and seekable for as long as the reader is used; the reader
    // reads [offset, offset + length) and nothing else. length < 0 means "to the end of the device".
    CpioReader(QIODevice *device, qint64 offset, qint64 length, Limits limits = {});
    ~CpioReader();
    CpioReader(const CpioReader &) = delete;
    CpioReader &operator=(const CpioReader &) = delete;

    // Whether next() hashes each entry's data (SHA-256). On by default; off when only the list or one
    // entry's content is wanted.
    void setHashContents(bool on);
    // Checked between chunks; when it becomes true the current call returns Error::Code::Cancelled.
    void setCancelFlag(const std::atomic_bool *cancel);

    // The next entry; std::nullopt after the last archive's TRAILER!!! (and any zero padding).
    // After an error the reader is spent: every further call returns the same error.
    Result<std::optional<CpioEntry>> next();
    // The data of the entry next() returned last, at most maxBytes of it (truncated when the entry is
    // bigger). Only before the next call to next(), and only when hashing is off (hashing consumes it).
    Result<QByteArray> readCurrentData(qint64 maxBytes);

    Compression compression() const;
    // Bytes of the input range consumed so far, for progress (compare with inputSize()).
    qint64 inputPosition() const;
    qint64 inputSize() const;

    // Every entry of the archive in [offset, offset + length) of the device.
    static Result<QList<CpioEntry>> list(QIODevice *device, qint64 offset, qint64 length, Limits limits = {},
        const std::atomic_bool *cancel = nullptr);
    static Result<QList<CpioEntry>> list(const QByteArray &archive, Limits limits = {});

    struct Content {
        CpioEntry entry;
        QByteArray data; // at most the maxBytes asked for
        bool truncated = false; // the entry holds more than data
    };
    // The content of the entry at index (as CpioEntry::index numbers them) for a viewer, bounded.
    static Result<Content> readEntry(QIODevice *device, qint64 offset, qint64 length, int index,
        qint64 maxBytes, Limits limits = {}, const std::atomic_bool *cancel = nullptr);
    // The same for the entry stored under rawPath (byte-exact). When a path occurs more than once the
    // last entry wins, as when the kernel unpacks the archive. std::nullopt when no entry has that path.
    static Result<std::optional<Content>> readEntryByPath(QIODevice *device, qint64 offset, qint64 length,
        const QByteArray &rawPath, qint64 maxBytes, Limits limits = {},
        const std::atomic_bool *cancel = nullptr);

private:
    // The entry next() returned last with its data (bounded, hashed when complete): what both
    // readEntry and readEntryByPath hand out.
    Result<Content> currentContent(const CpioEntry &entry, qint64 maxBytes);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace enclave

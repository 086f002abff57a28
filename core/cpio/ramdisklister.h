#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include <QList>
#include <QString>

#include "common/error.h"
#include "cpio/cpioentry.h"
#include "cpio/cpioreader.h"
#include "eif/eifreader.h"

namespace enclave {

// One ramdisk of an EIF as listed by CpioReader, or as far as it could be.
struct RamdiskListing {
    int ordinal = 0; // 0 = the first ramdisk section (bootstrap)
    int sectionIndex = -1; // index in the EIF's section table
    qint64 offset = 0; // data offset in the EIF
    qint64 size = 0;
    CpioReader::Compression compression = CpioReader::Compression::Unknown;
    QList<CpioEntry> entries; // those read before an error, if any; empty when streamed
    qint64 entryCount = 0; // entries read (also when streamed)
    std::optional<Error> error;

    QString errorText() const { return error ? error->toString() : QString(); }
};

// The one routine that lists every ramdisk of an image (the CLI's list-ramdisk, diff, the GUI's
// Contents tab): ramdisk sections in file order, each streamed through a CpioReader over the
// section's byte range of one open file, so memory stays bounded by what the caller keeps.
class RamdiskLister final {
public:
    // Called for each entry in order, the ramdisk's compression already known. When set, entries
    // are handed over instead of kept in the listing (a CLI prints them as they come).
    using EntryCallback = std::function<void(const RamdiskListing &ramdisk, const CpioEntry &entry)>;
    // Called when a ramdisk is done (completely listed or failed), before the next one starts.
    using RamdiskCallback = std::function<void(const RamdiskListing &ramdisk)>;

    explicit RamdiskLister(EifReader reader)
        : m_reader(std::move(reader))
    {
    }

    // Only this ramdisk (0-based ordinal); -1 (default) lists every one.
    void setOnly(int ordinal) { m_only = ordinal; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Stop at the first ramdisk that fails (default: list the others too, each with its error).
    void setStopOnError(bool stop) { m_stopOnError = stop; }
    void setEntryCallback(EntryCallback callback) { m_onEntry = std::move(callback); }
    void setRamdiskCallback(RamdiskCallback callback) { m_onRamdisk = std::move(callback); }

    int ramdiskCount() const { return int(m_reader.sectionsOfType(EifSectionType::Ramdisk).size()); }

    // Errors only when the file cannot be opened or setOnly() names no ramdisk; a ramdisk that
    // cannot be listed carries its error (Cancelled after the cancel flag is set).
    Result<QList<RamdiskListing>> list() const;
    // Opens the EIF and lists every ramdisk (entries kept).
    static Result<QList<RamdiskListing>> list(
        const QString &eifPath, const std::atomic_bool *cancel = nullptr);

private:
    EifReader m_reader;
    int m_only = -1;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_stopOnError = false;
    EntryCallback m_onEntry;
    RamdiskCallback m_onRamdisk;
};

} // namespace enclave

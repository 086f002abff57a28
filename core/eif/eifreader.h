#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "common/error.h"
#include "eif/eiffield.h"
#include "eif/eifheader.h"
#include "eif/eifsection.h"
#include "eif/eifsignature.h"

class QFile;

namespace enclave {

// Opens an EIF by path and describes its structure without reading section data: the header,
// the sections found by walking them sequentially from offset 548 (as nitro-cli does), and the
// header's offset/size tables cross-checked against that walk (as the hypervisor does).
// Cheap to copy; section data is read on demand, bounded, through a fresh QFile each time, so a
// reader can be shared with worker threads.
// Worst-case cost (issue 13): open() reads the 548-byte header and at most 32 section headers of
// 12 bytes, whatever the file size: O(1) time and memory per input byte (a few KiB in all); the
// read*() calls allocate at most their stated bound (32 KiB signature, 1 MiB metadata, 64 KiB cmdline).
class EifReader final {
public:
    static constexpr qint64 MaxSignatureSize = 32768; // README: SIGNATURE_MAX_SIZE
    static constexpr qint64 MaxMetadataSize = 1 << 20; // DockerInfo can be a few KiB; custom part <= 4 KiB
    static constexpr qint64 MaxCmdlineSize = 64 << 10;

    EifReader() = default;

    // Every structural problem is an error naming its byte offset; oddities the hypervisor or
    // nitro-cli tolerate (or treat differently) become warnings().
    static Result<EifReader> open(const QString &path);

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    qint64 fileSize() const { return m_fileSize; }
    const EifHeader &header() const { return m_header; }
    const QList<EifSection> &sections() const { return m_sections; }
    const QList<EifWarning> &warnings() const { return m_warnings; }

    // The first section of a type, or nullopt ("not found" is a value).
    std::optional<EifSection> firstSection(EifSectionType type) const;
    QList<EifSection> sectionsOfType(EifSectionType type) const;
    bool isSigned() const { return firstSection(EifSectionType::Signature).has_value(); }

    // End of the last section: bytes after it (fewer than 12) are ignored by nitro-cli and
    // are outside the CRC.
    qint64 sectionsEnd() const;

    // Header fields and, per section, its header fields, for the inspector's tree.
    EifFieldList headerFields() const { return m_header.fields(); }

    // Section data, refusing sections larger than maxSize before allocating.
    Result<QByteArray> readSectionData(const EifSection &section, qint64 maxSize) const;
    // Reads [offset, offset+length) of the file; length is the caller's bound.
    Result<QByteArray> readRange(qint64 offset, qint64 length) const;
    // The cmdline bytes (no NUL terminator in the format), bounded by MaxCmdlineSize.
    Result<QByteArray> readCmdline() const;
    // Metadata JSON bytes (empty when there is no metadata section), bounded by MaxMetadataSize.
    Result<QByteArray> readMetadataBytes() const;
    // Signature section bytes (empty when unsigned), bounded by MaxSignatureSize.
    Result<QByteArray> readSignatureBytes() const;
    // The decoded signature section, its spans and errors at file offsets (the section's data
    // offset applied). Unsigned: an invalid EifSignature ("not found" is a value); an error only
    // when the section cannot be read or decoded. The one place that reads and parses it.
    Result<EifSignature> signature() const;

private:
    Result<void> walk(QFile &file);
    Result<void> crossCheckTable();
    Result<void> checkSemantics();
    void warn(qint64 offset, QString message) { m_warnings.append({ offset, std::move(message) }); }

    QString m_path;
    qint64 m_fileSize = 0;
    EifHeader m_header;
    QList<EifSection> m_sections;
    QList<EifWarning> m_warnings;
};

} // namespace enclave

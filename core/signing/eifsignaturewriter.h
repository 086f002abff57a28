#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/error.h"
#include "signing/eifimagesigner.h"

namespace enclave {

class EifReader;

// What EifSignatureWriter wrote.
struct EifSignatureWrite {
    qint64 outputSize = 0;
    quint32 crc = 0;
    bool replaced = false; // an existing signature section was replaced (else one was appended)
    QByteArray pcr0; // PCR0 of the kernel, cmdline and ramdisk bytes actually copied
};

// The one routine that puts a signature section into an EIF: the section replaces an existing
// one wherever it is, or is appended; every section offset/size entry, num_sections and the CRC
// are rewritten to describe the new file (unlike image-format's re-sign, which leaves the size
// entry stale). Written to a temporary file next to the output, whose tables are read back, then
// renamed over it: the input is never left half-written, also when input and output are the same
// file. A symlinked output updates the file it points to; a replaced file keeps its permissions.
class EifSignatureWriter final {
    Q_DECLARE_TR_FUNCTIONS(EifSignatureWriter)

public:
    // Called with the temporary file before it replaces the output; an error aborts the write.
    using Check = std::function<Result<void>(const QString &temporaryPath, const EifSignatureWrite &written)>;

    // The index of the signature section to replace (-1: append one). Errors: more than one
    // signature section, or 32 sections and none a signature.
    static Result<int> signatureSlot(const EifReader &reader);

    // `reader` is `inputPath` opened. `options` supplies cancellation and progress (reported as
    // `progressBase` + bytes copied of `progressTotal`).
    static Result<EifSignatureWrite> write(const EifReader &reader, const QString &inputPath,
        const QString &outputPath, const QByteArray &sectionData, const EifSigningOptions &options = {},
        const Check &check = {}, qint64 progressBase = 0, qint64 progressTotal = 0);

    // Convenience for a section made elsewhere (tests, re-signing tools): opens `inputPath`.
    static Result<EifSignatureWrite> write(
        const QString &inputPath, const QString &outputPath, const QByteArray &sectionData);
};

} // namespace enclave

#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QString>

#include "common/error.h"
#include "eif/eifmeasurements.h"
#include "eif/eifreader.h"

namespace enclave {

// Computes PCR0/1/2 and the CRC of an EIF in one sequential read of the file:
// - one SHA-384 context for PCR0 on the calling thread, cloned when ramdisk 0 ends to give PCR1
//   (PCR1's stream is a prefix of PCR0's in every layout nitro-cli writes);
// - PCR2's context on a worker thread and the CRC on another, both fed the same buffers, so the
//   wall time is about one SHA-384 pass; buffers come from a small fixed pool (bounded memory);
// - if a kernel or cmdline section follows ramdisk 0, PCR1 gets its own context instead.
// PCR8 is taken from the signature section's certificate when there is one.
// Progress is reported on the calling thread; cancel() may be called from any thread.
class PcrCalculator final {
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    explicit PcrCalculator(EifReader reader);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Bytes per read (default 1 MiB); the pool holds 8 buffers.
    void setChunkSize(qint64 bytes) { m_chunkSize = qMax<qint64>(bytes, 1); }
    // For tests and the benchmark: use separate contexts even when cloning would do.
    void setForceSeparateContexts(bool force) { m_forceSeparate = force; }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Error::Code::Cancelled after cancel(); Io if the file shrinks or cannot be read.
    Result<EifMeasurements> compute();

    // PCR8 as nitro-cli computes it: extend(zero, SHA-384(DER of the first PEM certificate)).
    static Result<QByteArray> pcr8FromCertificatePem(const QByteArray &pem);
    // nitro-cli `pcr --input FILE`: extend(zero, SHA-384(whole file)), streamed.
    static Result<QByteArray> pcrOfFile(const QString &path, const ProgressCallback &progress = {},
        const std::atomic<bool> *cancelled = nullptr);

private:
    EifReader m_reader;
    ProgressCallback m_progress;
    qint64 m_chunkSize = 1 << 20;
    bool m_forceSeparate = false;
    std::atomic<bool> m_cancelled { false };
};

} // namespace enclave

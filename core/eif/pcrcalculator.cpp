#include "pcrcalculator.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QFile>

#include "crypto/digest.h"
#include "crypto/x509certificate.h"
#include "eif/crc32.h"
#include "eif/eifsignature.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PcrCalculator)
};

constexpr int kPoolBuffers = 8;

// Fixed set of read buffers shared by the reader and the workers; a buffer returns to the pool
// when its last user releases it, and acquire() blocks while all are in use, which is what
// bounds memory whatever the file size.
class BufferPool final {
public:
    BufferPool(int count, qint64 size)
        : m_refs(size_t(count), 0)
    {
        for (int i = 0; i < count; ++i) {
            m_buffers.emplace_back(new char[size_t(size)]);
            m_free.push_back(i);
        }
    }
    int acquire()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_free.empty(); });
        const int i = m_free.back();
        m_free.pop_back();
        m_refs[size_t(i)] = 1;
        return i;
    }
    void addRef(int i)
    {
        std::lock_guard lock(m_mutex);
        ++m_refs[size_t(i)];
    }
    void release(int i)
    {
        std::lock_guard lock(m_mutex);
        if (--m_refs[size_t(i)] == 0) {
            m_free.push_back(i);
            m_cv.notify_one();
        }
    }
    char *data(int i) { return m_buffers[size_t(i)].get(); }

private:
    std::vector<std::unique_ptr<char[]>> m_buffers;
    std::vector<int> m_refs;
    std::vector<int> m_free;
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

enum Sink : int { SinkCrc = 1, SinkPcr1 = 2, SinkPcr2 = 4 };

// A thread that feeds byte ranges of pooled buffers to its sinks, in submission order.
class Worker final {
public:
    using Consume = std::function<void(int sink, const char *data, qint64 size)>;

    Worker(BufferPool &pool, Consume consume, const std::atomic<bool> &cancelled)
        : m_pool(pool)
        , m_consume(std::move(consume))
        , m_cancelled(cancelled)
        , m_thread([this] { run(); })
    {
    }
    ~Worker() { finish(); }

    void submit(int buffer, const char *data, qint64 size, int sink)
    {
        m_pool.addRef(buffer);
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back({ buffer, data, size, sink });
        }
        m_cv.notify_one();
    }
    // Processes what is queued, then stops the thread.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    struct Job {
        int buffer;
        const char *data;
        qint64 size;
        int sink;
    };
    void run()
    {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return;
                job = m_jobs.front();
                m_jobs.pop_front();
            }
            if (!m_cancelled.load(std::memory_order_relaxed))
                m_consume(job.sink, job.data, job.size);
            m_pool.release(job.buffer);
        }
    }

    BufferPool &m_pool;
    Consume m_consume;
    const std::atomic<bool> &m_cancelled;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Job> m_jobs;
    bool m_stop = false;
    std::thread m_thread; // last: starts after the members it uses exist
};

// A measured byte range of the file and where its bytes go.
struct Segment {
    qint64 start;
    qint64 end;
    bool pcr1; // also in PCR1's separate context (fallback only)
    bool pcr2;
    bool cloneAfter; // PCR1 = clone of PCR0 once this segment has been fed
};

} // namespace

PcrCalculator::PcrCalculator(EifReader reader)
    : m_reader(std::move(reader))
{
}

Result<EifMeasurements> PcrCalculator::compute()
{
    if (!m_reader.isValid())
        return makeError(Error::Code::Usage, Tr::tr("no EIF opened"));

    const QList<EifSection> &sections = m_reader.sections();
    // Cloning works when nothing that belongs to PCR1 comes after ramdisk 0.
    int firstRamdisk = -1;
    bool kernelOrCmdlineAfterRamdisk0 = false;
    for (const EifSection &s : sections) {
        if (s.type() == EifSectionType::Ramdisk && firstRamdisk < 0)
            firstRamdisk = s.index();
        if (firstRamdisk >= 0 && (s.type() == EifSectionType::Kernel || s.type() == EifSectionType::Cmdline))
            kernelOrCmdlineAfterRamdisk0 = true;
    }
    const bool onePass = !kernelOrCmdlineAfterRamdisk0 && !m_forceSeparate;

    std::vector<Segment> segments;
    int ramdiskIndex = 0;
    for (const EifSection &s : sections) {
        const EifSectionType t = s.type();
        if (t == EifSectionType::Kernel || t == EifSectionType::Cmdline) {
            segments.push_back({ s.dataOffset(), s.endOffset(), !onePass, false, false });
        } else if (t == EifSectionType::Ramdisk) {
            const bool first = ramdiskIndex++ == 0;
            segments.push_back(
                { s.dataOffset(), s.endOffset(), first && !onePass, !first, first && onePass });
        }
    }

    const qint64 end = m_reader.sectionsEnd();
    const qint64 chunk = m_chunkSize;
    QFile file(m_reader.path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()));

    Digest ctx0(Digest::Algorithm::Sha384);
    std::optional<Digest> ctx1;
    if (!onePass)
        ctx1.emplace(Digest::Algorithm::Sha384);
    Digest ctx2(Digest::Algorithm::Sha384);
    Crc32 crc;

    BufferPool pool(kPoolBuffers, chunk);
    // Two workers: the CRC alone on one (it costs about a quarter of SHA-384 per byte), PCR2 and
    // the fallback PCR1 on the other; PCR0 stays on this thread, so no context is shared.
    Worker crcWorker(
        pool, [&crc](int, const char *d, qint64 n) { crc.update(d, n); }, m_cancelled);
    Worker hashWorker(
        pool,
        [&ctx1, &ctx2](int sink, const char *d, qint64 n) {
            if (sink == SinkPcr1)
                ctx1->update(d, n);
            else
                ctx2.update(d, n);
        },
        m_cancelled);

    std::optional<Error> failure;
    size_t seg = 0;
    qint64 pos = 0;
    while (pos < end) {
        if (isCancelled()) {
            failure = Error { Error::Code::Cancelled, pos, QStringLiteral("cancelled") };
            break;
        }
        const int buffer = pool.acquire();
        char *data = pool.data(buffer);
        const qint64 want = qMin(chunk, end - pos);
        qint64 got = 0;
        while (got < want) {
            const qint64 r = file.read(data + got, want - got);
            if (r <= 0)
                break;
            got += r;
        }
        if (got != want) {
            pool.release(buffer);
            failure = Error { Error::Code::Io, pos + got,
                Tr::tr("read failed (file shrank or I/O error): %1").arg(file.errorString()) };
            break;
        }
        const qint64 c0 = pos;
        const qint64 c1 = pos + got;
        // CRC: everything up to the end of the last section except the CRC field itself.
        const auto crcRange = [&](qint64 a, qint64 b) {
            a = qMax(a, c0);
            b = qMin(b, c1);
            if (b > a)
                crcWorker.submit(buffer, data + (a - c0), b - a, SinkCrc);
        };
        crcRange(0, EifHeader::CrcOffset);
        crcRange(EifHeader::CrcOffset + 4, end);

        while (seg < segments.size() && segments[seg].start <= c1) {
            const Segment &s = segments[seg];
            const qint64 a = qMax(s.start, c0);
            const qint64 b = qMin(s.end, c1);
            if (b > a) {
                ctx0.update(data + (a - c0), b - a);
                if (s.pcr1)
                    hashWorker.submit(buffer, data + (a - c0), b - a, SinkPcr1);
                if (s.pcr2)
                    hashWorker.submit(buffer, data + (a - c0), b - a, SinkPcr2);
            }
            if (s.end > c1)
                break;
            if (s.cloneAfter)
                ctx1.emplace(ctx0.clone());
            ++seg;
        }
        pool.release(buffer);
        pos = c1;
        if (m_progress)
            m_progress(pos, end);
    }
    crcWorker.finish();
    hashWorker.finish();
    if (failure)
        return std::unexpected(*failure);
    if (isCancelled())
        return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"), pos);

    EifMeasurements m;
    m.onePass = onePass;
    m.innerPcr0 = ctx0.finalize();
    m.innerPcr1 = ctx1 ? ctx1->finalize() : Digest::sha384({});
    m.innerPcr2 = ctx2.finalize();
    m.pcr0 = pcr::fromInnerDigest(m.innerPcr0);
    m.pcr1 = pcr::fromInnerDigest(m.innerPcr1);
    m.pcr2 = pcr::fromInnerDigest(m.innerPcr2);
    m.storedCrc = m_reader.header().crc32();
    m.computedCrc = crc.value();

    if (m_reader.isSigned()) {
        auto signature = m_reader.signature();
        if (!signature) {
            m.pcr8Error = signature.error().toString();
        } else if (auto p8 = pcr8FromCertificatePem(signature->certificatePem()); p8) {
            m.pcr8 = *p8;
        } else {
            m.pcr8Error = p8.error().toString();
        }
    }
    return m;
}

Result<QByteArray> PcrCalculator::pcr8FromCertificatePem(const QByteArray &pem)
{
    auto cert = X509Certificate::fromPem(pem);
    if (!cert)
        return std::unexpected(cert.error());
    return pcr::ofData(cert->der());
}

Result<QByteArray> PcrCalculator::pcrOfFile(
    const QString &path, const ProgressCallback &progress, const std::atomic<bool> *cancelled)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()));
    const qint64 total = file.size();
    constexpr qint64 chunk = 1 << 20;
    std::unique_ptr<char[]> buffer(new char[chunk]);
    Digest digest(Digest::Algorithm::Sha384);
    qint64 done = 0;
    for (;;) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"), done);
        const qint64 r = file.read(buffer.get(), chunk);
        if (r < 0)
            return makeError(Error::Code::Io, Tr::tr("read failed: %1").arg(file.errorString()), done);
        if (r == 0)
            break;
        digest.update(buffer.get(), r);
        done += r;
        if (progress)
            progress(done, total);
    }
    return pcr::fromInnerDigest(digest.finalize());
}

} // namespace enclave

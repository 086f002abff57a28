// Target 4: ramdisk archives as list-ramdisk, the Contents panel and diff read them: CpioReader
// (newc / crc, plain or gzip, concatenated) over two archives, the viewer's bounded readEntry, and
// the ramdisk diff of the two listings. Input: 4-byte little-endian length of archive A, A, then B.

#include "fuzzsupport.h"

#include <QBuffer>

#include "cpio/cpioreader.h"
#include "measure/ramdiskdiff.h"

using namespace enclave;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Small limits keep one input cheap; the limits' own checks are what is fuzzed here.
    CpioLimits limits;
    limits.maxEntries = 4096;
    limits.maxDecompressedSize = 64 << 20;

    const fuzz::TwoParts parts = fuzz::splitTwo(data, size);
    const Result<QList<CpioEntry>> left = CpioReader::list(parts.first, limits);
    const Result<QList<CpioEntry>> right = CpioReader::list(parts.second, limits);

    QBuffer device;
    device.setData(parts.first);
    device.open(QIODevice::ReadOnly);
    (void)CpioReader::readEntry(&device, 0, -1, 1, 4096, limits);

    if (left && right) {
        const RamdiskDiff diff = RamdiskDiff::compare(*left, *right);
        for (const FileChange &change : diff.changes()) {
            (void)change.describe();
            (void)change.toJson();
        }
        (void)diff.notes();
    }
    return 0;
}

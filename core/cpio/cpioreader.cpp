#include "cpioreader.h"

#include <algorithm>
#include <cstring>

#include <zlib.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include "crypto/digest.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CpioReader)
};

constexpr qint64 RawChunk = 256 * 1024;
constexpr qint64 OutChunk = 256 * 1024;
constexpr qint64 HeaderSize = 110;

qint64 padTo4(qint64 relative)
{
    return (4 - (relative & 3)) & 3;
}

// Quote a stored name for a message without letting control bytes into the one-line error.
QString printable(QByteArrayView bytes)
{
    QString out;
    for (char c : bytes.first(std::min<qsizetype>(bytes.size(), 80))) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > 80)
        out += QStringLiteral("...");
    return out;
}

const char *const FieldNames[13] = { "magic", "c_ino", "c_mode", "c_uid", "c_gid", "c_nlink", "c_mtime",
    "c_filesize", "c_devmajor", "c_devminor", "c_rdevmajor", "c_rdevminor", "c_namesize" };

} // namespace

struct CpioReader::Private {
    enum class Mode { Plain, Gzip };

    QIODevice *device = nullptr;
    qint64 base = 0;
    qint64 length = 0;
    Limits limits;
    const std::atomic_bool *cancel = nullptr;
    bool hash = true;

    // Raw input: a window on [base, base + length).
    QByteArray rawBuf;
    qint64 rawPos = 0; // next unread byte in rawBuf
    qint64 rawLen = 0; // valid bytes in rawBuf
    qint64 rawFilled = 0; // bytes of the range read into rawBuf so far

    // Decoding.
    Compression compression = Compression::Unknown;
    Mode mode = Mode::Plain;
    z_stream zs {};
    bool zInitialised = false;
    bool memberEnded = false;
    qint64 gzipStart = -1; // range offset of the first gzip member, for error offsets
    QByteArray outBuf;
    qint64 outPos = 0;
    qint64 outLen = 0;
    qint64 decodedPos = 0;
    qint64 decodedTotal = 0;

    // Parsing.
    bool started = false;
    bool done = false;
    std::optional<Error> failed;
    qint64 archiveStart = 0;
    qint64 pendingData = 0;
    qint64 pendingPad = 0;
    bool dataReadable = false;
    CpioEntry current;
    int entries = 0;

    ~Private()
    {
        if (zInitialised)
            inflateEnd(&zs);
    }

    qint64 rawConsumed() const { return rawFilled - (rawLen - rawPos); }

    std::unexpected<Error> fail(Error::Code code, const QString &message)
    {
        Error e;
        e.code = code;
        if (mode == Mode::Gzip || compression == Compression::Gzip) {
            // A decompressed position has no exact file offset: point at the gzip data and say where in
            // the decompressed stream it happened.
            e.offset = base + std::max<qint64>(gzipStart, 0);
            e.message
                = Tr::tr("gzip-compressed cpio, decompressed offset %1: %2").arg(decodedPos).arg(message);
        } else {
            e.offset = base + decodedPos;
            e.message = message;
        }
        failed = e;
        return std::unexpected<Error>(e);
    }
    std::unexpected<Error> failRaw(Error::Code code, const QString &message)
    {
        Error e { code, base + rawConsumed(), message };
        failed = e;
        return std::unexpected<Error>(e);
    }

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    // Makes at least `want` raw bytes available when the range holds them; returns how many are.
    Result<qint64> ensureRaw(qint64 want)
    {
        while (rawLen - rawPos < want && rawFilled < length) {
            if (rawPos > 0) {
                std::memmove(rawBuf.data(), rawBuf.constData() + rawPos, size_t(rawLen - rawPos));
                rawLen -= rawPos;
                rawPos = 0;
            }
            const qint64 chunk = std::min<qint64>(length - rawFilled, rawBuf.size() - rawLen);
            if (!device->seek(base + rawFilled))
                return failRaw(Error::Code::Io, Tr::tr("cannot seek: %1").arg(device->errorString()));
            const qint64 n = device->read(rawBuf.data() + rawLen, chunk);
            if (n < 0)
                return failRaw(Error::Code::Io, Tr::tr("read failed: %1").arg(device->errorString()));
            if (n == 0)
                return failRaw(Error::Code::Truncated,
                    Tr::tr("the file ends %1 bytes before the end of the archive's range")
                        .arg(length - rawFilled));
            rawLen += n;
            rawFilled += n;
        }
        return rawLen - rawPos;
    }

    void skipRawZeros()
    {
        for (;;) {
            auto avail = ensureRaw(1);
            if (!avail || *avail == 0)
                return;
            while (rawPos < rawLen && rawBuf.at(rawPos) == 0)
                ++rawPos;
            if (rawPos < rawLen)
                return;
        }
    }

    // At the start of the input or of a new segment: pick plain or gzip from the magic.
    Result<void> detectSegment(bool first)
    {
        auto avail = ensureRaw(6);
        if (!avail)
            return std::unexpected(*failed);
        const QByteArrayView head(rawBuf.constData() + rawPos, *avail >= 6 ? 6 : *avail);
        if (head.size() >= 2 && uchar(head[0]) == 0x1f && uchar(head[1]) == 0x8b) {
            if (!zInitialised) {
                if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
                    return failRaw(Error::Code::Io, Tr::tr("zlib could not be initialised"));
                zInitialised = true;
            } else {
                inflateReset(&zs);
            }
            if (gzipStart < 0)
                gzipStart = rawConsumed();
            mode = Mode::Gzip;
            memberEnded = false;
            if (first)
                compression = Compression::Gzip;
            return {};
        }
        if (first) {
            struct Magic {
                const char *bytes;
                int size;
                const char *name;
            };
            static const Magic others[] = { { "\xfd"
                                              "7zXZ\x00",
                                                6, "xz" },
                { "\x28\xb5\x2f\xfd", 4, "zstd" }, { "BZh", 3, "bzip2" }, { "\x02\x21\x4c\x18", 4, "lz4" },
                { "\x89LZO", 4, "lzo" }, { "\x5d\x00\x00", 3, "lzma" } };
            for (const Magic &m : others) {
                if (head.size() >= m.size && std::memcmp(head.data(), m.bytes, size_t(m.size)) == 0)
                    return failRaw(Error::Code::Unsupported,
                        Tr::tr("%1-compressed ramdisk: only plain and gzip cpio are supported")
                            .arg(QLatin1StringView(m.name)));
            }
            compression = Compression::None;
        }
        mode = Mode::Plain;
        return {};
    }

    // Decoded bytes available at dataPtr(); 0 at the end of the input.
    Result<qint64> available()
    {
        if (failed)
            return std::unexpected(*failed);
        if (cancelled())
            return fail(Error::Code::Cancelled, Tr::tr("cancelled"));
        for (;;) {
            if (mode == Mode::Plain)
                return ensureRaw(1);
            if (outPos < outLen)
                return outLen - outPos;
            if (memberEnded) {
                // Between gzip members: zero padding, then another member or plain data.
                skipRawZeros();
                if (failed)
                    return std::unexpected(*failed);
                auto avail = ensureRaw(2);
                if (!avail)
                    return std::unexpected(*failed);
                if (*avail == 0)
                    return qint64(0);
                if (auto r = detectSegment(false); !r)
                    return std::unexpected(r.error());
                continue;
            }
            auto avail = ensureRaw(1);
            if (!avail)
                return std::unexpected(*failed);
            if (*avail == 0)
                return fail(Error::Code::Truncated, Tr::tr("the gzip stream ends before its end marker"));
            zs.next_in = reinterpret_cast<Bytef *>(rawBuf.data() + rawPos);
            zs.avail_in = uInt(rawLen - rawPos);
            zs.next_out = reinterpret_cast<Bytef *>(outBuf.data());
            zs.avail_out = uInt(outBuf.size());
            const int ret = inflate(&zs, Z_NO_FLUSH);
            rawPos = rawLen - zs.avail_in;
            outPos = 0;
            outLen = outBuf.size() - zs.avail_out;
            decodedTotal += outLen;
            if (decodedTotal > limits.maxDecompressedSize)
                return fail(Error::Code::LimitExceeded,
                    Tr::tr("decompresses to more than %1 bytes").arg(limits.maxDecompressedSize));
            switch (ret) {
            case Z_OK:
            case Z_BUF_ERROR:
                break;
            case Z_STREAM_END:
                memberEnded = true;
                break;
            case Z_DATA_ERROR:
                return failRaw(Error::Code::Malformed,
                    Tr::tr("corrupt gzip data: %1")
                        .arg(zs.msg ? QString::fromLatin1(zs.msg) : QStringLiteral("inflate failed")));
            default:
                return failRaw(Error::Code::Io, Tr::tr("zlib error %1").arg(ret));
            }
        }
    }

    const char *dataPtr() const
    {
        return mode == Mode::Plain ? rawBuf.constData() + rawPos : outBuf.constData() + outPos;
    }

    void consume(qint64 n)
    {
        if (mode == Mode::Plain)
            rawPos += n;
        else
            outPos += n;
        decodedPos += n;
    }

    // Hands up to n bytes of the decoded stream to `sink(data, length)` chunk by chunk; fewer only
    // at the end of the input. Returns how many the input held.
    template <typename Sink> Result<qint64> consumeUpTo(qint64 n, Sink &&sink)
    {
        qint64 got = 0;
        while (got < n) {
            auto avail = available();
            if (!avail)
                return std::unexpected(avail.error());
            if (*avail == 0)
                break;
            const qint64 take = std::min(*avail, n - got);
            sink(dataPtr(), take);
            consume(take);
            got += take;
        }
        return got;
    }

    // Reads up to n bytes; fewer only at the end of the input.
    Result<qint64> readUpTo(char *dst, qint64 n)
    {
        return consumeUpTo(n, [&dst](const char *p, qint64 take) {
            std::memcpy(dst, p, size_t(take));
            dst += take;
        });
    }

    // Feeds n bytes to the sinks (any may be null); returns how many the input held.
    Result<qint64> pass(qint64 n, Digest *digest, quint32 *checksum)
    {
        return consumeUpTo(n, [digest, checksum](const char *p, qint64 take) {
            if (digest)
                digest->update(p, take);
            if (checksum) {
                quint32 sum = *checksum;
                for (qint64 i = 0; i < take; ++i)
                    sum += static_cast<unsigned char>(p[i]);
                *checksum = sum;
            }
        });
    }

    // Skips zero bytes of the decoded stream; returns false at the end of the input.
    Result<bool> skipZeros()
    {
        for (;;) {
            auto avail = available();
            if (!avail)
                return std::unexpected(avail.error());
            if (*avail == 0)
                return false;
            const char *p = dataPtr();
            qint64 i = 0;
            while (i < *avail && p[i] == 0)
                ++i;
            consume(i);
            if (i < *avail)
                return true;
        }
    }

    Result<void> finishCurrent()
    {
        const qint64 want = pendingData + pendingPad;
        if (want == 0)
            return {};
        auto got = pass(want, nullptr, nullptr);
        if (!got)
            return std::unexpected(got.error());
        if (*got < pendingData)
            return fail(Error::Code::Truncated,
                Tr::tr("entry '%1': data truncated: the header promises %2 bytes, the archive ends after %3")
                    .arg(printable(current.rawPath))
                    .arg(current.size)
                    .arg(current.size - pendingData + *got));
        pendingData = 0;
        pendingPad = 0;
        dataReadable = false;
        return {};
    }

    Result<std::optional<CpioEntry>> next();
};

Result<std::optional<CpioEntry>> CpioReader::Private::next()
{
    if (failed)
        return std::unexpected(*failed);
    if (done)
        return std::optional<CpioEntry>();
    if (!started) {
        started = true;
        if (!device || !device->isOpen() || !device->isReadable())
            return failRaw(Error::Code::Io, Tr::tr("the archive's device is not open for reading"));
        if (device->isSequential())
            return failRaw(Error::Code::Io, Tr::tr("the archive's device is not seekable"));
        const qint64 deviceSize = device->size();
        if (length < 0)
            length = std::max<qint64>(deviceSize - base, 0);
        if (base < 0 || base > deviceSize || length > deviceSize - base)
            return failRaw(Error::Code::Truncated,
                Tr::tr("the archive's range (%1 bytes at offset %2) lies past the "
                       "end of the file (%3 bytes)")
                    .arg(length)
                    .arg(base)
                    .arg(deviceSize));
        rawBuf.resize(RawChunk);
        outBuf.resize(OutChunk);
        if (auto r = detectSegment(true); !r)
            return std::unexpected(r.error());
        archiveStart = 0;
    }
    if (auto r = finishCurrent(); !r)
        return std::unexpected(r.error());

    bool afterTrailer = false;
    for (;;) {
        const qint64 headerOffset = decodedPos;
        char hdr[HeaderSize];
        auto got = readUpTo(hdr, HeaderSize);
        if (!got)
            return std::unexpected(got.error());
        if (*got == 0) {
            decodedPos = headerOffset;
            return fail(Error::Code::Truncated, Tr::tr("the archive ends without a TRAILER!!! entry"));
        }
        if (*got < 6 || std::memcmp(hdr, "07070", 5) != 0 || (hdr[5] != '1' && hdr[5] != '2')) {
            decodedPos = headerOffset;
            const QString magic = printable(QByteArrayView(hdr, std::min<qint64>(*got, 6)));
            if (afterTrailer)
                return fail(Error::Code::Malformed,
                    Tr::tr("unexpected data after TRAILER!!! ('%1' is not a cpio header)").arg(magic));
            if (*got >= 6 && std::memcmp(hdr, "070707", 6) == 0)
                return fail(Error::Code::Unsupported,
                    Tr::tr("old portable-ASCII cpio (070707): only newc (070701/070702) is supported"));
            return fail(Error::Code::Malformed, Tr::tr("bad magic '%1': not a cpio newc header").arg(magic));
        }
        if (*got < HeaderSize) {
            decodedPos = headerOffset;
            return fail(Error::Code::Truncated,
                Tr::tr("truncated entry header: %1 of %2 bytes").arg(*got).arg(HeaderSize));
        }
        const bool crcFormat = hdr[5] == '2';
        quint32 field[13] = {};
        for (int f = 1; f < 13; ++f) {
            quint32 v = 0;
            for (int i = 0; i < 8; ++i) {
                const char c = hdr[6 + (f - 1) * 8 + i];
                int digit;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                else {
                    decodedPos = headerOffset + 6 + (f - 1) * 8;
                    return fail(Error::Code::Malformed,
                        Tr::tr("header field %1 is not hexadecimal: '%2'")
                            .arg(QLatin1StringView(FieldNames[f]),
                                printable(QByteArrayView(hdr + 6 + (f - 1) * 8, 8))));
                }
                v = (v << 4) | quint32(digit);
            }
            field[f] = v;
        }
        quint32 check = 0;
        {
            bool ok = true;
            check = QByteArrayView(hdr + 102, 8).toUInt(&ok, 16);
            if (!ok) {
                decodedPos = headerOffset + 102;
                return fail(Error::Code::Malformed,
                    Tr::tr("header field c_check is not hexadecimal: '%1'")
                        .arg(printable(QByteArrayView(hdr + 102, 8))));
            }
        }
        const qint64 nameSize = field[12];
        const qint64 fileSize = field[7];
        if (nameSize == 0) {
            decodedPos = headerOffset + 94;
            return fail(Error::Code::Malformed, Tr::tr("name size is 0 (it must count the terminating NUL)"));
        }
        if (nameSize > limits.maxNameSize) {
            decodedPos = headerOffset + 94;
            return fail(Error::Code::LimitExceeded,
                Tr::tr("name size %1 exceeds the limit of %2 bytes").arg(nameSize).arg(limits.maxNameSize));
        }
        QByteArray name(nameSize, Qt::Uninitialized);
        auto nameGot = readUpTo(name.data(), nameSize);
        if (!nameGot)
            return std::unexpected(nameGot.error());
        if (*nameGot < nameSize)
            return fail(
                Error::Code::Truncated, Tr::tr("truncated name: %1 of %2 bytes").arg(*nameGot).arg(nameSize));
        if (name.back() != '\0') {
            decodedPos = headerOffset + HeaderSize;
            return fail(
                Error::Code::Malformed, Tr::tr("name '%1' is not NUL-terminated").arg(printable(name)));
        }
        name.chop(1);
        if (name.contains('\0')) {
            decodedPos = headerOffset + HeaderSize;
            return fail(Error::Code::Malformed, Tr::tr("name '%1' contains a NUL byte").arg(printable(name)));
        }
        const qint64 namePad = padTo4(decodedPos - archiveStart);
        if (auto p = pass(namePad, nullptr, nullptr); !p)
            return std::unexpected(p.error());
        else if (*p < namePad)
            return fail(Error::Code::Truncated, Tr::tr("the archive ends inside the padding after a name"));

        if (name == "TRAILER!!!") {
            if (auto p = pass(fileSize, nullptr, nullptr); !p)
                return std::unexpected(p.error());
            else if (*p < fileSize)
                return fail(Error::Code::Truncated, Tr::tr("truncated trailer data"));
            // What follows may be zero padding, the end, or another archive (the kernel accepts
            // concatenated archives, compressed or not).
            auto more = skipZeros();
            if (!more)
                return std::unexpected(more.error());
            if (!*more) {
                done = true;
                return std::optional<CpioEntry>();
            }
            archiveStart = decodedPos;
            afterTrailer = true;
            if (mode == Mode::Plain) {
                if (auto r = detectSegment(false); !r)
                    return std::unexpected(r.error());
            }
            continue;
        }

        if (entries >= limits.maxEntries) {
            decodedPos = headerOffset;
            return fail(Error::Code::LimitExceeded,
                Tr::tr("more than %1 entries in the archive").arg(limits.maxEntries));
        }

        CpioEntry e;
        e.index = entries;
        e.rawPath = name;
        e.inode = field[1];
        e.mode = field[2];
        e.type = CpioEntry::typeFromMode(e.mode);
        e.uid = field[3];
        e.gid = field[4];
        e.nlink = field[5];
        e.mtime = field[6];
        e.size = fileSize;
        e.devMajor = field[8];
        e.devMinor = field[9];
        e.rdevMajor = field[10];
        e.rdevMinor = field[11];
        e.headerOffset = headerOffset;
        e.dataOffset = decodedPos;
        ++entries;
        current = e;
        pendingPad = padTo4(decodedPos + fileSize - archiveStart);

        const bool isLink = e.type == CpioEntry::Type::Symlink;
        if (isLink && fileSize > limits.maxLinkTargetSize)
            return fail(Error::Code::LimitExceeded,
                Tr::tr("entry '%1': symlink target of %2 bytes exceeds the limit of %3")
                    .arg(printable(name))
                    .arg(fileSize)
                    .arg(limits.maxLinkTargetSize));
        if (isLink || hash) {
            Digest digest(Digest::Algorithm::Sha256);
            quint32 sum = 0;
            qint64 have = 0;
            if (isLink) {
                e.linkTarget.resize(fileSize);
                auto r = readUpTo(e.linkTarget.data(), fileSize);
                if (!r)
                    return std::unexpected(r.error());
                have = *r;
                digest.update(e.linkTarget.constData(), have);
                for (qint64 i = 0; i < have; ++i)
                    sum += static_cast<unsigned char>(e.linkTarget.at(i));
            } else {
                auto r = pass(fileSize, &digest, crcFormat ? &sum : nullptr);
                if (!r)
                    return std::unexpected(r.error());
                have = *r;
            }
            if (have < fileSize)
                return fail(Error::Code::Truncated,
                    Tr::tr(
                        "entry '%1': data truncated: the header promises %2 bytes, the archive ends after %3")
                        .arg(printable(name))
                        .arg(fileSize)
                        .arg(have));
            if (crcFormat && sum != check) {
                decodedPos = headerOffset + 102;
                return fail(Error::Code::Malformed,
                    Tr::tr("entry '%1': checksum mismatch (header %2, data %3)")
                        .arg(printable(name))
                        .arg(check, 8, 16, QLatin1Char('0'))
                        .arg(sum, 8, 16, QLatin1Char('0')));
            }
            if (hash)
                e.sha256 = digest.finalize();
            current = e;
            pendingData = 0;
            dataReadable = isLink;
        } else {
            pendingData = fileSize;
            dataReadable = true;
        }
        return std::optional<CpioEntry>(e);
    }
}

CpioReader::CpioReader(QIODevice *device, qint64 offset, qint64 length, Limits limits)
    : d(std::make_unique<Private>())
{
    d->device = device;
    d->base = offset;
    d->length = length;
    d->limits = limits;
}

CpioReader::~CpioReader() = default;

void CpioReader::setHashContents(bool on)
{
    d->hash = on;
}

void CpioReader::setCancelFlag(const std::atomic_bool *cancel)
{
    d->cancel = cancel;
}

Result<std::optional<CpioEntry>> CpioReader::next()
{
    return d->next();
}

Result<QByteArray> CpioReader::readCurrentData(qint64 maxBytes)
{
    if (d->failed)
        return std::unexpected(*d->failed);
    if (!d->dataReadable)
        return makeError(Error::Code::Usage,
            Tr::tr("no entry data to read (hashing consumed it, or next() "
                   "was not called)"));
    if (d->current.type == CpioEntry::Type::Symlink)
        return d->current.linkTarget.left(std::max<qint64>(maxBytes, 0));
    const qint64 want = std::clamp<qint64>(maxBytes, 0, d->pendingData);
    QByteArray out(want, Qt::Uninitialized);
    auto got = d->readUpTo(out.data(), want);
    if (!got)
        return std::unexpected(got.error());
    d->pendingData -= *got;
    if (*got < want)
        return d->fail(Error::Code::Truncated,
            Tr::tr("entry '%1': data truncated: the header promises %2 bytes, the archive ends after %3")
                .arg(printable(d->current.rawPath))
                .arg(d->current.size)
                .arg(d->current.size - d->pendingData));
    d->dataReadable = false;
    return out;
}

CpioReader::Compression CpioReader::compression() const
{
    return d->compression;
}

qint64 CpioReader::inputPosition() const
{
    return d->rawConsumed();
}

qint64 CpioReader::inputSize() const
{
    return d->length;
}

Result<QList<CpioEntry>> CpioReader::list(
    QIODevice *device, qint64 offset, qint64 length, Limits limits, const std::atomic_bool *cancel)
{
    CpioReader reader(device, offset, length, limits);
    reader.setCancelFlag(cancel);
    QList<CpioEntry> out;
    for (;;) {
        auto e = reader.next();
        if (!e)
            return std::unexpected(e.error());
        if (!e->has_value())
            return out;
        out.append(std::move(**e));
    }
}

Result<QList<CpioEntry>> CpioReader::list(const QByteArray &archive, Limits limits)
{
    QBuffer buffer;
    buffer.setData(archive);
    buffer.open(QIODevice::ReadOnly);
    return list(&buffer, 0, archive.size(), limits);
}

Result<CpioReader::Content> CpioReader::readEntry(QIODevice *device, qint64 offset, qint64 length, int index,
    qint64 maxBytes, Limits limits, const std::atomic_bool *cancel)
{
    CpioReader reader(device, offset, length, limits);
    reader.setHashContents(false);
    reader.setCancelFlag(cancel);
    for (;;) {
        auto e = reader.next();
        if (!e)
            return std::unexpected(e.error());
        if (!e->has_value())
            return makeError(Error::Code::Usage, Tr::tr("the archive has no entry %1").arg(index));
        if ((*e)->index == index)
            return reader.currentContent(**e, maxBytes);
    }
}

Result<std::optional<CpioReader::Content>> CpioReader::readEntryByPath(QIODevice *device, qint64 offset,
    qint64 length, const QByteArray &rawPath, qint64 maxBytes, Limits limits, const std::atomic_bool *cancel)
{
    CpioReader reader(device, offset, length, limits);
    reader.setHashContents(false);
    reader.setCancelFlag(cancel);
    std::optional<Content> found;
    // The whole archive is walked: a later entry of the same path replaces an earlier one. At most
    // one match's bytes (maxBytes) are held at a time.
    for (;;) {
        auto e = reader.next();
        if (!e)
            return std::unexpected(e.error());
        if (!e->has_value())
            return found;
        if ((*e)->rawPath != rawPath)
            continue;
        auto c = reader.currentContent(**e, maxBytes);
        if (!c)
            return std::unexpected(c.error());
        found = std::move(*c);
    }
}

Result<CpioReader::Content> CpioReader::currentContent(const CpioEntry &entry, qint64 maxBytes)
{
    Content c;
    c.entry = entry;
    auto data = readCurrentData(maxBytes);
    if (!data)
        return std::unexpected(data.error());
    c.data = *data;
    c.truncated = c.data.size() < c.entry.size;
    if (!c.truncated)
        c.entry.sha256 = Digest::sha256(c.data);
    return c;
}

} // namespace enclave

#pragma once

// Helpers shared by the eif tests: small EIFs built with our own writer, byte patches, files in a
// temporary directory.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "eif/crc32.h"
#include "eif/eifheader.h"
#include "eif/eifwriter.h"

namespace enclave::test {

struct RawSection {
    quint16 type;
    QByteArray data;
};

// The same bytes eif_ref's build(sections, 4) makes: version 4, 1 GiB, 2 CPUs, sequential tables, CRC.
inline QByteArray buildEif(const QList<RawSection> &sections, quint16 version = 4)
{
    QByteArray body;
    EifHeader h;
    h.setVersion(version);
    h.setNumSections(int(sections.size()));
    qint64 offset = EifHeader::Size;
    for (int i = 0; i < sections.size(); ++i) {
        const RawSection &s = sections.at(i);
        QByteArray sh(12, '\0');
        qToBigEndian<quint16>(s.type, sh.data());
        qToBigEndian<quint64>(quint64(s.data.size()), sh.data() + 4);
        body += sh + s.data;
        h.setSection(i, quint64(offset), quint64(s.data.size()));
        offset += 12 + s.data.size();
    }
    QByteArray out = h.serialize() + body;
    Crc32 crc;
    crc.update(QByteArrayView(out).first(EifHeader::CrcOffset));
    crc.update(QByteArrayView(out).sliced(EifHeader::CrcOffset + 4));
    qToBigEndian<quint32>(crc.value(), out.data() + EifHeader::CrcOffset);
    return out;
}

inline QByteArray kcrEif()
{
    return buildEif({ { 1, "K" }, { 2, "C" }, { 3, "R" } });
}

inline void putBe16(QByteArray &b, qint64 offset, quint16 v)
{
    qToBigEndian<quint16>(v, b.data() + offset);
}
inline void putBe64(QByteArray &b, qint64 offset, quint64 v)
{
    qToBigEndian<quint64>(v, b.data() + offset);
}
inline void putBe32(QByteArray &b, qint64 offset, quint32 v)
{
    qToBigEndian<quint32>(v, b.data() + offset);
}

// Recomputes the CRC of a sequential EIF held in memory (after a patch that should not fail on CRC).
inline void fixCrc(QByteArray &b)
{
    Crc32 crc;
    crc.update(QByteArrayView(b).first(EifHeader::CrcOffset));
    crc.update(QByteArrayView(b).sliced(EifHeader::CrcOffset + 4));
    putBe32(b, EifHeader::CrcOffset, crc.value());
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace enclave::test

#include <zlib.h>

namespace enclave::test {

// CRC-32 of n zero bytes in O(log n) (zlib's crc32_combine), so tests can give a sparse
// multi-GiB EIF a correct CRC without reading it.
inline quint32 crcOfZeros(quint64 n)
{
    quint32 result = 0; // crc of the zero bytes accumulated so far
    quint32 power = quint32(crc32_z(0, reinterpret_cast<const Bytef *>("\0"), 1)); // crc of 2^k zeros
    quint64 powerLen = 1;
    while (n) {
        if (n & 1)
            result = quint32(crc32_combine64(result, power, z_off64_t(powerLen)));
        power = quint32(crc32_combine64(power, power, z_off64_t(powerLen)));
        powerLen *= 2;
        n >>= 1;
    }
    return result;
}

// A section whose data is either `data` or, when zeroBytes > 0, that many zero bytes left as a
// hole in the file (costs no disk).
struct SparseSection {
    quint16 type;
    QByteArray data;
    quint64 zeroBytes = 0;
};

// Writes a well-formed EIF with a correct CRC; returns the section header offsets.
inline QList<qint64> writeSparseEif(const QString &path, const QList<SparseSection> &sections)
{
    EifHeader h;
    h.setNumSections(int(sections.size()));
    QList<qint64> offsets;
    qint64 offset = EifHeader::Size;
    for (int i = 0; i < sections.size(); ++i) {
        const SparseSection &s = sections.at(i);
        const quint64 size = s.zeroBytes ? s.zeroBytes : quint64(s.data.size());
        h.setSection(i, quint64(offset), size);
        offsets.append(offset);
        offset += 12 + qint64(size);
    }
    QByteArray headerBytes = h.serialize();
    quint32 crc
        = quint32(crc32_z(0, reinterpret_cast<const Bytef *>(headerBytes.constData()), EifHeader::CrcOffset));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.resize(offset))
        qFatal("cannot create sparse file");
    for (int i = 0; i < sections.size(); ++i) {
        const SparseSection &s = sections.at(i);
        const quint64 size = s.zeroBytes ? s.zeroBytes : quint64(s.data.size());
        QByteArray sh(12, '\0');
        qToBigEndian<quint16>(s.type, sh.data());
        qToBigEndian<quint64>(size, sh.data() + 4);
        crc = quint32(crc32_z(crc, reinterpret_cast<const Bytef *>(sh.constData()), 12));
        if (s.zeroBytes)
            crc = quint32(crc32_combine64(crc, crcOfZeros(s.zeroBytes), z_off64_t(s.zeroBytes)));
        else
            crc = quint32(
                crc32_z(crc, reinterpret_cast<const Bytef *>(s.data.constData()), z_size_t(s.data.size())));
        f.seek(offsets.at(i));
        f.write(sh);
        if (!s.zeroBytes)
            f.write(s.data);
    }
    h.setCrc32(crc);
    headerBytes = h.serialize();
    f.seek(0);
    f.write(headerBytes);
    return offsets;
}

// The synthetic fixtures in tests/data/eif (each NAME.eif with NAME.expected.json from eif_ref),
// as the rows of a data-driven test with one QString column "name".
inline void addSyntheticFixtureRows()
{
    QTest::addColumn<QString>("name");
    for (const char *name : { "unsigned_v4", "unsigned_v3_arm64", "signed_p384_v4" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

inline QString fixtureEifPath(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/eif/") + name + QStringLiteral(".eif");
}

// The fixture's expected JSON; empty when it cannot be read (the caller's QVERIFY says so).
inline QJsonObject fixtureExpected(const QString &name)
{
    return QJsonDocument::fromJson(
        readFile(QStringLiteral(TEST_DATA_DIR "/eif/") + name + QStringLiteral(".expected.json")))
        .object();
}

} // namespace enclave::test

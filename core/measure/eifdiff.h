#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "cpio/cpioreader.h"
#include "measure/ramdiskdiff.h"

namespace enclave {

// Section-by-section comparison of two EIFs, answering "why did my PCR change": each differing
// section says which PCRs it moves (kernel, cmdline and ramdisk 0 -> PCR0+PCR1, ramdisk 1.. ->
// PCR0+PCR2, signing certificate -> PCR8, metadata -> none), the cmdline as added/removed
// arguments, the metadata as JSON paths, and each ramdisk as the files added, removed and changed.
// Section data is streamed (hashes), ramdisks are listed only when their bytes differ.
class EifDiff final {
public:
    enum class SectionKind { Kernel, Cmdline, Metadata, Ramdisk, Signature };
    enum class Status { Equal, Changed, OnlyLeft, OnlyRight };

    struct Section {
        SectionKind kind = SectionKind::Kernel;
        int ordinal = 0; // ramdisk number; 0 otherwise
        Status status = Status::Equal;
        qint64 leftOffset = -1; // data offsets in each file, -1 when absent
        qint64 rightOffset = -1;
        qint64 leftSize = -1;
        qint64 rightSize = -1;
        QByteArray leftSha384; // of the section data
        QByteArray rightSha384;
        QList<int> pcrs; // PCRs this difference moves (empty when equal or unmeasured)

        QStringList removedArguments; // cmdline
        QStringList addedArguments;
        QByteArray leftText; // cmdline text (small by format limits)
        QByteArray rightText;
        QStringList metadataChanges; // "BuildMetadata.BuildTime: \"a\" -> \"b\"", "+ key", "- key"

        CpioReader::Compression leftCompression = CpioReader::Compression::Unknown;
        CpioReader::Compression rightCompression = CpioReader::Compression::Unknown;
        RamdiskDiff ramdisk; // ramdisks whose bytes differ
        QString listError; // why a ramdisk could not be listed (the rest of the diff stands)

        QStringList notes;

        QString name() const; // "kernel", "cmdline", "metadata", "ramdisk 1", "signature"
        QJsonObject toJson() const;
    };

    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    static Result<EifDiff> compare(const QString &leftPath, const QString &rightPath,
        const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);

    QString leftPath() const { return m_left; }
    QString rightPath() const { return m_right; }
    const QList<Section> &sections() const { return m_sections; }
    // True when every measured section is byte-identical (metadata may still differ).
    bool measuredContentIdentical() const;
    // PCRs that some section difference moves, ascending.
    QList<int> movedPcrs() const;
    // One line per changed section: "ramdisk 1 moves PCR0, PCR2: 1 added, 2 changed (1 mtime/owner only)".
    QStringList summary() const;
    QJsonObject toJson() const;

    static QString statusId(Status status); // "equal", "changed", "only-left", "only-right"

    enum class Image { Left, Right };
    // One file of a compared ramdisk as stored in one image, at most maxBytes of it (what a
    // side-by-side view shows; the entry's size and, when not truncated, SHA-256 come with it).
    // sectionIndex indexes sections(); std::nullopt when that side's ramdisk has no such path.
    // The image is read again: the diff keeps no file data.
    Result<std::optional<CpioReader::Content>> readFile(int sectionIndex, Image image,
        const QByteArray &rawPath, qint64 maxBytes, const std::atomic_bool *cancel = nullptr) const;

private:
    QString m_left;
    QString m_right;
    QList<Section> m_sections;
};

} // namespace enclave

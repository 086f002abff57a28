#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace enclave {

// Line-by-line difference of two texts for a side-by-side view: the common prefix and suffix are
// matched directly, the middle by a longest-common-subsequence table bounded to MaxCells (beyond
// that the middle is shown as one removed block followed by one added block: still correct, just
// less aligned). Memory and time stay bounded whatever the input.
class LineDiff final {
public:
    static constexpr qint64 MaxCells = 4'000'000;

    enum class Op { Equal, Removed, Added };
    struct Line {
        Op op = Op::Equal;
        int leftNumber = -1; // 1-based line number on the left, -1 for an added line
        int rightNumber = -1; // idem on the right, -1 for a removed line
        QString text;
    };

    static QList<Line> compare(const QStringList &left, const QStringList &right);
    // Whether bytes read as text: valid UTF-8 without NUL bytes (an empty file is text).
    static bool isText(QByteArrayView data);
    // Lines of UTF-8 text ("\n" or "\r\n"); a final newline does not add an empty line.
    static QStringList splitLines(QByteArrayView data);
    // Counts of removed and added lines in a diff.
    static int count(const QList<Line> &diff, Op op);
};

} // namespace enclave

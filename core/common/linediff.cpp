#include "common/linediff.h"

#include <algorithm>
#include <vector>

#include <QStringDecoder>

namespace enclave {

bool LineDiff::isText(QByteArrayView data)
{
    if (data.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data); // decoding happens on conversion
    Q_UNUSED(text);
    return !decoder.hasError();
}

QStringList LineDiff::splitLines(QByteArrayView data)
{
    QString text = QString::fromUtf8(data);
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.isEmpty() && data.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        if (l.endsWith(u'\r'))
            l.chop(1);
    }
    return lines;
}

int LineDiff::count(const QList<Line> &diff, Op op)
{
    return int(std::count_if(diff.begin(), diff.end(), [op](const Line &l) { return l.op == op; }));
}

QList<LineDiff::Line> LineDiff::compare(const QStringList &left, const QStringList &right)
{
    const qsizetype n = left.size();
    const qsizetype m = right.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && left.at(prefix) == right.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && left.at(n - 1 - suffix) == right.at(m - 1 - suffix))
        ++suffix;

    QList<Line> out;
    out.reserve(n + m - prefix - suffix);
    for (qsizetype i = 0; i < prefix; ++i)
        out.append({ Op::Equal, int(i + 1), int(i + 1), left.at(i) });

    const qsizetype a = n - prefix - suffix; // middle lengths
    const qsizetype b = m - prefix - suffix;
    auto removed = [&](qsizetype i) {
        out.append({ Op::Removed, int(prefix + i + 1), -1, left.at(prefix + i) });
    };
    auto added = [&](qsizetype j) {
        out.append({ Op::Added, -1, int(prefix + j + 1), right.at(prefix + j) });
    };
    if (a > 0 && b > 0 && (a + 1) * (b + 1) <= MaxCells) {
        // lcs[i][j]: longest common subsequence of left-middle[i..] and right-middle[j..].
        const qsizetype w = b + 1;
        std::vector<quint32> lcs(size_t((a + 1) * w), 0);
        for (qsizetype i = a - 1; i >= 0; --i) {
            for (qsizetype j = b - 1; j >= 0; --j) {
                lcs[size_t(i * w + j)] = left.at(prefix + i) == right.at(prefix + j)
                    ? lcs[size_t((i + 1) * w + j + 1)] + 1
                    : std::max(lcs[size_t((i + 1) * w + j)], lcs[size_t(i * w + j + 1)]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < a && j < b) {
            if (left.at(prefix + i) == right.at(prefix + j)) {
                out.append({ Op::Equal, int(prefix + i + 1), int(prefix + j + 1), left.at(prefix + i) });
                ++i;
                ++j;
            } else if (lcs[size_t((i + 1) * w + j)] >= lcs[size_t(i * w + j + 1)]) {
                removed(i++);
            } else {
                added(j++);
            }
        }
        while (i < a)
            removed(i++);
        while (j < b)
            added(j++);
    } else {
        for (qsizetype i = 0; i < a; ++i)
            removed(i);
        for (qsizetype j = 0; j < b; ++j)
            added(j);
    }
    for (qsizetype k = 0; k < suffix; ++k)
        out.append({ Op::Equal, int(n - suffix + k + 1), int(m - suffix + k + 1), left.at(n - suffix + k) });
    return out;
}

} // namespace enclave

#include "pcrdiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include "common/hex.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PcrDiff)
};

bool isZero(const QByteArray &v)
{
    return !v.isEmpty() && v.count('\0') == v.size();
}

} // namespace

PcrDiff PcrDiff::compare(const Measurements &left, const Measurements &right)
{
    PcrDiff diff;
    QList<int> all = left.indexes();
    for (int i : right.indexes()) {
        if (!all.contains(i))
            all.append(i);
    }
    std::sort(all.begin(), all.end());

    for (int index : all) {
        const PcrMeasurement *l = left.find(index);
        const PcrMeasurement *r = right.find(index);
        Row row;
        row.index = index;
        if (l) {
            row.left = l->value;
            row.leftOrigin = l->origin;
        }
        if (r) {
            row.right = r->value;
            row.rightOrigin = r->origin;
        }
        if (l && r) {
            row.compared = true;
            bool equal = false;
            for (const QByteArray &v : l->accepted) {
                if (r->accepts(v)) {
                    equal = true;
                    if (l->accepted.size() > 1 || r->accepted.size() > 1) {
                        row.left = v;
                        row.right = v;
                        row.note = Tr::tr("matches one of the values the policy accepts");
                    }
                    break;
                }
            }
            row.status = equal ? Status::Equal : Status::Different;
            if (!equal && (isZero(row.left) != isZero(row.right)) && index <= 2)
                row.note = Tr::tr("one side is all zeros: a debug-mode enclave reports zero PCR0-2");
        } else {
            const PcrMeasurement *present = l ? l : r;
            const Measurements &other = l ? right : left;
            row.status = l ? Status::OnlyLeft : Status::OnlyRight;
            if (other.impliedZero().contains(index)) {
                // The other side would have listed it if it had been extended.
                row.compared = true;
                const bool zero = isZero(present->value);
                row.status = zero ? Status::Equal : Status::Different;
                row.note = zero ? Tr::tr("absent on one side (not extended) and zero on the other")
                                : Tr::tr("absent on one side: never extended (an unsigned image)");
            } else {
                row.note = Tr::tr("only one side has this PCR: not compared");
            }
        }
        if (row.compared) {
            ++diff.m_compared;
            if (row.status == Status::Different)
                ++diff.m_different;
        }
        diff.m_rows.append(row);
    }
    return diff;
}

QList<int> PcrDiff::differentIndexes() const
{
    QList<int> out;
    for (const Row &r : m_rows) {
        if (r.compared && r.status == Status::Different)
            out.append(r.index);
    }
    return out;
}

QString PcrDiff::statusId(Status status)
{
    switch (status) {
    case Status::Equal:
        return QStringLiteral("equal");
    case Status::Different:
        return QStringLiteral("different");
    case Status::OnlyLeft:
        return QStringLiteral("only-left");
    case Status::OnlyRight:
        return QStringLiteral("only-right");
    }
    return {};
}

QJsonObject PcrDiff::toJson() const
{
    QJsonArray rows;
    for (const Row &r : m_rows) {
        QJsonObject o;
        o.insert(QStringLiteral("pcr"), r.index);
        o.insert(QStringLiteral("status"), statusId(r.status));
        o.insert(QStringLiteral("compared"), r.compared);
        if (!r.left.isEmpty())
            o.insert(QStringLiteral("left"), hex::encode(r.left));
        if (!r.right.isEmpty())
            o.insert(QStringLiteral("right"), hex::encode(r.right));
        if (!r.leftOrigin.isEmpty())
            o.insert(QStringLiteral("leftOrigin"), r.leftOrigin);
        if (!r.rightOrigin.isEmpty())
            o.insert(QStringLiteral("rightOrigin"), r.rightOrigin);
        if (!r.note.isEmpty())
            o.insert(QStringLiteral("note"), r.note);
        rows.append(o);
    }
    QJsonObject out;
    out.insert(QStringLiteral("identical"), identical());
    out.insert(QStringLiteral("compared"), m_compared);
    out.insert(QStringLiteral("different"), m_different);
    out.insert(QStringLiteral("pcrs"), rows);
    return out;
}

} // namespace enclave

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "measure/measurements.h"

namespace enclave {

// PCR-by-PCR comparison of two measurement sources. A PCR present on one side only is compared
// when the other side's absence has a meaning (nitro-cli and EIFs omit PCR8 when unsigned: it is the
// zero register), otherwise it is reported but not judged (an EIF has no PCR3/PCR4, a KMS policy
// may name only PCR0).
class PcrDiff final {
public:
    enum class Status { Equal, Different, OnlyLeft, OnlyRight };

    struct Row {
        int index = -1;
        Status status = Status::Equal;
        bool compared = false; // false: present on one side only and not judged
        QByteArray left; // empty when absent
        QByteArray right;
        QString leftOrigin;
        QString rightOrigin;
        QString note; // debug-mode zeros, implied zero, several accepted values ...
    };

    static PcrDiff compare(const Measurements &left, const Measurements &right);

    const QList<Row> &rows() const { return m_rows; }
    // True when at least one PCR was compared and none differs.
    bool identical() const { return m_compared > 0 && m_different == 0; }
    int comparedCount() const { return m_compared; }
    int differentCount() const { return m_different; }
    QList<int> differentIndexes() const;

    // {"identical": bool, "pcrs": [{"pcr", "status", "left", "right", "leftOrigin", ...}]}
    QJsonObject toJson() const;
    static QString statusId(Status status); // "equal", "different", "only-left", "only-right"

private:
    QList<Row> m_rows;
    int m_compared = 0;
    int m_different = 0;
};

} // namespace enclave

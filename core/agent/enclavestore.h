#pragma once

#include <functional>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "common/error.h"

namespace enclave::agent {

// The agent's persistent memory of enclaves it launched, shared by every agent process of a
// user (one per SSH session) through STATE_DIR/state.json under an flock()ed lock file.
// Records are describe-enclaves-shaped objects plus our fields (EifPath, StartedAt, ExitReason,
// ExitedAt); "State" is RUNNING while alive and EXITED once gone (nitro-cli has no such state:
// enclaves just disappear, so remembering them is what lets us report that they exited).
class EnclaveStore final {
public:
    explicit EnclaveStore(const QString &stateDir);

    QString stateDir() const { return m_dir; }
    QString consolePath(const QString &enclaveId) const;
    QString vsockPath(quint32 cid, quint32 port) const;

    // Read-modify-write under the lock; the callback may change the document. Creates the
    // state directory (0700) on first use.
    Result<QJsonObject> update(const std::function<void(QJsonObject &state)> &change);
    Result<QJsonObject> snapshot() { return update({}); }

    static QJsonObject findEnclave(const QJsonObject &state, const QString &enclaveId);
    static void replaceEnclave(QJsonObject &state, const QJsonObject &record);
    // Keeps at most this many EXITED records (oldest dropped first).
    // Returns the IDs it dropped so the caller can delete their console logs.
    static QStringList pruneExited(QJsonObject &state, int keep = 32);

private:
    QString m_dir;
};

} // namespace enclave::agent

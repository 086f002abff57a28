#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "agent/rpcerror.h"

namespace enclave::agent {

// Typed, range-checked access to a request's params. The first violation is remembered and
// every later call is a no-op, so a handler reads all fields and then checks error() once.
// Unknown keys are rejected too (allowOnly), so a typo never silently falls back to a default.
class ParamReader final {
public:
    explicit ParamReader(const QJsonObject &params)
        : m_params(params)
    {
    }

    QString string(const QString &key, qsizetype maxLength, bool required = true);
    qint64 integer(const QString &key, qint64 min, qint64 max, std::optional<qint64> fallback = std::nullopt);
    bool boolean(const QString &key, bool fallback);
    QByteArray base64(const QString &key, qsizetype maxBytes, bool required = true);
    QString enclaveId(const QString &key);
    QString imageName(const QString &key);
    QString handle(const QString &key); // subscription / stream / upload ids the agent issued
    void allowOnly(const QStringList &keys);
    bool has(const QString &key) const { return m_params.contains(key); }

    bool ok() const { return !m_error.has_value(); }
    const RpcError &error() const { return *m_error; }

    // The rules, exposed for the client and tests.
    static bool isEnclaveId(QStringView
            id); // i-<17 hex>-enc<slot uid, up to 16 hex> (nitro-cli prints the uid without leading zeros)
    static bool isImageName(QStringView name); // one path component, no '/', no "..", no leading '.'
    static bool isEnclaveName(QStringView name);

private:
    void fail(const QString &message);

    QJsonObject m_params;
    std::optional<RpcError> m_error;
};

} // namespace enclave::agent

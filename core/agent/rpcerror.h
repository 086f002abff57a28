#pragma once

#include <expected>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "agent/agentprotocol.h"

namespace enclave::agent {

// A JSON-RPC error object as the agent sends it and the client receives it.
// nitro-cli failures (real or simulated) carry their "Exx" code in nitroCode.
struct RpcError {
    // The codes are defined once, in the Qt-free agentprotocol.h.
    enum Code : int {
        ParseError = wire::error::kParseError,
        InvalidRequest = wire::error::kInvalidRequest,
        MethodNotFound = wire::error::kMethodNotFound,
        InvalidParams = wire::error::kInvalidParams,
        InternalError = wire::error::kInternalError,
        NitroCliError = wire::error::kNitroCliError, // data: {"code": "E26", "message": ..., "errorLog": ...}
        NotFound = wire::error::kNotFound, // unknown subscription, stream, upload or image
        LimitExceeded = wire::error::kLimitExceeded, // a configured bound was hit (streams, uploads, buffers)
        IoError = wire::error::kIoError, // a file or socket operation failed on the agent host
        ChecksumMismatch = wire::error::kChecksumMismatch, // upload digest differs
        AlreadyExists = wire::error::kAlreadyExists, // upload target exists and overwrite was not asked for
        ConnectionLost
        = wire::error::kConnectionLost, // client side only: the transport went away before the reply
        Timeout = wire::error::kTimeout, // client side only: no reply in time
    };

    int code = InternalError;
    QString message;
    QString nitroCode; // "E26" when the failure is a nitro-cli error, else empty
    QString errorLog; // nitro-cli's err*.log path when it named one

    static RpcError make(int code, QString message) { return RpcError { code, std::move(message), {}, {} }; }
    static RpcError nitro(QString eCode, QString message, QString errorLog = {})
    {
        return RpcError { NitroCliError, std::move(message), std::move(eCode), std::move(errorLog) };
    }

    // "[ E26 ] message" for nitro-cli errors (the form operators know), else the message.
    QString toString() const
    {
        if (!nitroCode.isEmpty())
            return QStringLiteral("[ %1 ] %2").arg(nitroCode, message);
        return message;
    }

    QJsonObject toJson() const
    {
        QJsonObject o { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
        if (!nitroCode.isEmpty()) {
            QJsonObject data { { QStringLiteral("code"), nitroCode },
                { QStringLiteral("message"), message } };
            if (!errorLog.isEmpty())
                data.insert(QStringLiteral("errorLog"), errorLog);
            o.insert(QStringLiteral("data"), data);
        }
        return o;
    }

    static RpcError fromJson(const QJsonObject &o)
    {
        RpcError e;
        e.code = o.value(QStringLiteral("code")).toInt(InternalError);
        e.message = o.value(QStringLiteral("message")).toString();
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        e.nitroCode = data.value(QStringLiteral("code")).toString();
        e.errorLog = data.value(QStringLiteral("errorLog")).toString();
        return e;
    }
};

template <typename T> using RpcResult = std::expected<T, RpcError>;

inline std::unexpected<RpcError> rpcError(int code, QString message)
{
    return std::unexpected<RpcError>(RpcError::make(code, std::move(message)));
}

inline std::unexpected<RpcError> nitroError(QString eCode, QString message)
{
    return std::unexpected<RpcError>(RpcError::nitro(std::move(eCode), std::move(message)));
}

} // namespace enclave::agent

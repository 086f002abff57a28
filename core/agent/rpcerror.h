#pragma once

#include <expected>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace enclave::agent {

// A JSON-RPC error object as the agent sends it and the client receives it.
// nitro-cli failures (real or simulated) carry their "Exx" code in nitroCode.
struct RpcError
{
    enum Code : int {
        ParseError = -32700,
        InvalidRequest = -32600,
        MethodNotFound = -32601,
        InvalidParams = -32602,
        InternalError = -32603,
        NitroCliError = -32000,   // data: {"code": "E26", "message": ..., "errorLog": ...}
        NotFound = -32001,        // unknown subscription, stream, upload or image
        LimitExceeded = -32002,   // a configured bound was hit (streams, uploads, buffers)
        IoError = -32003,         // a file or socket operation failed on the agent host
        ChecksumMismatch = -32004,// upload digest differs
        AlreadyExists = -32005,   // upload target exists and overwrite was not asked for
        ConnectionLost = -32010,  // client side only: the transport went away before the reply
        Timeout = -32011,         // client side only: no reply in time
    };

    int code = InternalError;
    QString message;
    QString nitroCode;     // "E26" when the failure is a nitro-cli error, else empty
    QString errorLog;      // nitro-cli's err*.log path when it named one

    static RpcError make(int code, QString message) { return RpcError{code, std::move(message), {}, {}}; }
    static RpcError nitro(QString eCode, QString message, QString errorLog = {})
    {
        return RpcError{NitroCliError, std::move(message), std::move(eCode), std::move(errorLog)};
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
        QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!nitroCode.isEmpty()) {
            QJsonObject data{{QStringLiteral("code"), nitroCode}, {QStringLiteral("message"), message}};
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

template <typename T>
using RpcResult = std::expected<T, RpcError>;

inline std::unexpected<RpcError> rpcError(int code, QString message)
{
    return std::unexpected<RpcError>(RpcError::make(code, std::move(message)));
}

inline std::unexpected<RpcError> nitroError(QString eCode, QString message)
{
    return std::unexpected<RpcError>(RpcError::nitro(std::move(eCode), std::move(message)));
}

} // namespace enclave::agent

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "agent/rpcerror.h"

namespace enclave::agent::protocol {

// Version 1 of the enclave-agent protocol; see core/agent/PROTOCOL.md.
inline constexpr int kVersion = 1;
// One JSON object per line; a longer line is a protocol error that ends the session.
inline constexpr qsizetype kMaxLineBytes = 1 << 20;
// Raw bytes per base64 "data" field; 4/3 of it plus the envelope stays well under kMaxLineBytes.
inline constexpr qsizetype kMaxChunkBytes = 512 * 1024;
// What the agent sends per console.data / stream.data notification.
inline constexpr qsizetype kNotifyChunkBytes = 64 * 1024;

inline QByteArray encodeLine(const QJsonObject &message)
{
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

inline QJsonObject request(qint64 id, const QString &method, const QJsonObject &params)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("params"), params}};
}

inline QJsonObject notification(const QString &method, const QJsonObject &params)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("params"), params}};
}

inline QJsonObject response(const QJsonValue &id, const QJsonValue &result)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("result"), result}};
}

inline QJsonObject errorResponse(const QJsonValue &id, const RpcError &error)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("error"), error.toJson()}};
}

} // namespace enclave::agent::protocol

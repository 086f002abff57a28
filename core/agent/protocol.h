#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "agent/agentprotocol.h"
#include "agent/rpcerror.h"

namespace enclave::agent::protocol {

// The values live in the Qt-free agentprotocol.h, shared with the static agent.
inline constexpr int kVersion = wire::kProtocolVersion;
inline constexpr qsizetype kMaxLineBytes = qsizetype(wire::kMaxLineBytes);
inline constexpr qsizetype kMaxChunkBytes = qsizetype(wire::kMaxChunkBytes);
inline constexpr qsizetype kNotifyChunkBytes = qsizetype(wire::kNotifyChunkBytes);

inline QByteArray encodeLine(const QJsonObject &message)
{
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

inline QJsonObject request(qint64 id, const QString &method, const QJsonObject &params)
{
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("method"), method }, { QStringLiteral("params"), params } };
}

inline QJsonObject notification(const QString &method, const QJsonObject &params)
{
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("method"), method }, { QStringLiteral("params"), params } };
}

inline QJsonObject response(const QJsonValue &id, const QJsonValue &result)
{
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("result"), result } };
}

inline QJsonObject errorResponse(const QJsonValue &id, const RpcError &error)
{
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("error"), error.toJson() } };
}

} // namespace enclave::agent::protocol

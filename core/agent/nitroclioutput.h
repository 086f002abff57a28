#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include "agent/rpcerror.h"

namespace enclave::agent {

// What one nitro-cli invocation left behind, and how to read it: JSON on stdout (present even
// with a non-zero exit, e.g. describe-enclaves with one unresponsive enclave process), and the
// cause of a failure in the FIRST "[ Exx ] ..." line on stderr (a failed run-enclave prints the
// root cause first and the generic E39 after it).
struct NitroCliOutput
{
    int exitCode = -1;
    bool crashed = false;     // killed by a signal or timed out
    QByteArray stdOut;
    QByteArray stdErr;

    // The JSON document on stdout (object or array), skipping any text before it.
    std::optional<QJsonValue> json() const;
    // The first [ Exx ] line on stderr as an RpcError (with the err*.log path when named).
    std::optional<RpcError> firstError() const;
    // json() when present, else firstError(), else a generic error naming the exit code.
    RpcResult<QJsonValue> result(const QString &what) const;
};

} // namespace enclave::agent

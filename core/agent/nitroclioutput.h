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
// Worst-case cost: stdout and stderr are each capped at 4 MiB by NitroCliProcess. firstError() is
// one regex scan of stderr (linear). json() tries each '{' or '[' of stdout as the document's
// start until one parses, each try a linear QJsonDocument parse of the rest: O(n x c) time for c
// candidate starts that fail late (quadratic only for output no nitro-cli prints), memory one
// copy of the rest plus Qt's JSON tree (~8-24 bytes per byte).
struct NitroCliOutput {
    int exitCode = -1;
    bool crashed = false; // killed by a signal or timed out
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

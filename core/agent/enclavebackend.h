#pragma once

#include <functional>

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include "agent/rpcerror.h"

namespace enclave::agent {

// A validated enclaves.run request (the session checked types, ranges and that eifPath lies in
// the image directory before a backend sees it).
struct RunRequest {
    QString eifPath; // absolute, canonical, inside the image directory
    qint64 cpuCount = 0;
    qint64 memoryMiB = 0;
    qint64 enclaveCid = 0; // 0 = let the backend pick
    bool debugMode = false;
    QString enclaveName; // empty = EIF file name without ".eif"
};

// What drives enclaves: nitro-cli on a parent instance, or the simulator. Calls that may take
// long (a launch waits for the enclave's boot heartbeat) answer through a callback.
class EnclaveBackend : public QObject {
    Q_OBJECT
public:
    using Reply = std::function<void(RpcResult<QJsonValue>)>;

    using QObject::QObject;
    ~EnclaveBackend() override = default;

    virtual QString name() const = 0;
    virtual void listEnclaves(Reply reply) = 0;
    virtual void runEnclave(const RunRequest &request, Reply reply) = 0;
    virtual void terminateEnclave(const QString &enclaveId, Reply reply) = 0;
    virtual void hostInfo(Reply reply) = 0;
    // The console log file of an enclave (kept after it exited), or E11 (unknown) / E44 (not debug).
    virtual RpcResult<QString> consoleLog(const QString &enclaveId) = 0;
    // A non-blocking socket connecting to (cid, port); see FdChannel.
    virtual RpcResult<int> connectVsock(quint32 cid, quint32 port) = 0;
};

} // namespace enclave::agent

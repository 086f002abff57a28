#pragma once

#include <optional>

#include <QJsonObject>
#include <QStringList>

#include "agent/agentclient.h"

namespace enclave::cli::remote {

// What every "enclave-tool remote" subcommand gets: a connected client and its own arguments.
struct Context {
    agent::AgentClient *client = nullptr;
    QString target; // host (or "local agent") for error lines
    QStringList args; // after the subcommand name
    QString simulatorState; // --local --simulate STATE_DIR: its attestation PKI root is trusted
};

int printResult(const Context &ctx, const agent::RpcResult<QJsonValue> &result);
int fail(const Context &ctx, const agent::RpcError &error);
int usage(const QString &message);
// An integer option value in [min, max]; nullopt for anything else ("2.5", "x", out of range).
std::optional<qint64> number(const QString &text, qint64 min, qint64 max);

int runConsole(const Context &ctx);
int runUpload(const Context &ctx);
int runForward(const Context &ctx);
int runHealth(const Context &ctx);
int runRun(const Context &ctx);
int runInstallAgent(const Context &ctx, const agent::AgentEndpoint &endpoint);
int runAttest(const Context &ctx);

// Ctrl-C / SIGTERM end streaming subcommands cleanly.
void installInterruptHandler();
bool interrupted();

} // namespace enclave::cli::remote

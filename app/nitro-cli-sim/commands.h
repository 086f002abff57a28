#pragma once

#include <QStringList>

#include "simulatedhost.h"

namespace enclave::nitrosim {

// nitro-cli's subcommands over a SimulatedHost. Each returns the process exit status: 0, the
// E number of a failure (printed by report()), or 2 for clap's argument errors.
int runEnclave(SimulatedHost &host, const QStringList &args, const QString &selfPath);
int describeEnclaves(SimulatedHost &host, const QStringList &args);
int terminateEnclave(SimulatedHost &host, const QStringList &args);
int console(SimulatedHost &host, const QStringList &args);
int describeEif(SimulatedHost &host, const QStringList &args);
int buildEnclave(SimulatedHost &host, const QStringList &args);
int explain(const QStringList &args);

} // namespace enclave::nitrosim

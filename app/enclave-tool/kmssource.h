#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "common/error.h"
#include "measure/measurements.h"

namespace enclave::cli {

// The measurements of one source named on the command line (--from / --against), for the kms
// commands: anything MeasurementsLoader reads, refused when it holds no PCR at all.
Result<Measurements> loadKmsSource(const QString &path);

// "0,1,2,8" -> {0,1,2,8}; an error names the bad item.
Result<QList<int>> parsePcrList(const QString &text);

} // namespace enclave::cli

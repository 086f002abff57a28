#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace enclave {

// Reads a whole small file (a policy, a certificate, a pasted document), refusing anything larger
// than maxBytes before allocating: the size is checked first and at most maxBytes + 1 bytes are
// read, so a file that grows meanwhile is still refused. Directories, FIFOs and devices are refused
// (a FIFO would block). Errors: Io "cannot open: ...", LimitExceeded "N bytes, too large (limit M)".
// The one capped read of core and the CLI; EIFs and ramdisks are streamed, never read whole.
Result<QByteArray> readFileLimited(const QString &path, qint64 maxBytes);

} // namespace enclave

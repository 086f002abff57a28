#pragma once

#include <QString>
#include <QtGlobal>

namespace enclave::ui {

// The one way the app writes a byte count for people: binary units (bytes, KiB, MiB, GiB), one
// decimal, in the user's locale ("1.5 MiB", "1,5 MiB"). Memory in nitro-cli is MiB too, so the
// launch dialog, the EIF summary and the Contents tab all agree.
QString formatSize(qint64 bytes);
// formatSize plus the exact count when it is not already exact ("1.5 MiB (1,572,864 bytes)").
QString formatSizeExact(qint64 bytes);

} // namespace enclave::ui

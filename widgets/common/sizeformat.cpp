#include "common/sizeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace enclave::ui {

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatSizeExact(qint64 bytes)
{
    if (bytes < 1024)
        return formatSize(bytes);
    return QCoreApplication::translate("enclave::ui::SizeFormat", "%1 (%2 bytes)")
        .arg(formatSize(bytes), QLocale().toString(bytes));
}

} // namespace enclave::ui

#include "tools/toolfilesaver.h"

#include <QDir>
#include <QFileInfo>

#include "common/atomicfilewriter.h"
#include "common/overwriteconfirm.h"

namespace enclave::ui {

Result<void> ToolFileSaver::write(const QString &path, const QByteArray &bytes)
{
    // 0644: documents meant to be handed on (policies, reports), never secrets.
    return AtomicFileWriter::writeFile(path, bytes, 0644, AtomicFileWriter::Commit::Replace);
}

ToolFileSaver::Outcome ToolFileSaver::save(
    QWidget *parent, const QString &path, const QByteArray &bytes, QString *error)
{
    if (!OverwriteConfirm::ask(parent, path))
        return Outcome::Kept;
    if (const auto written = write(path, bytes); !written) {
        if (error)
            *error = written.error().toString();
        return Outcome::Failed;
    }
    return Outcome::Saved;
}

QString ToolFileSaver::savedText(const QString &path)
{
    const QFileInfo info(path);
    return tr("Saved to %1 in %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
}

} // namespace enclave::ui

#include "common/overwriteconfirm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enclave::ui::OverwriteConfirm", text);
}
} // namespace

QString OverwriteConfirm::question(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    const QString where = QDir::toNativeSeparators(info.absolutePath());
    return what.isEmpty()
        ? tr("%1 already exists in %2.\nReplace it?").arg(info.fileName(), where)
        : tr("%1 already exists in %2 (%3).\nReplace it?").arg(info.fileName(), where, what);
}

bool OverwriteConfirm::ask(QWidget *parent, const QString &path, const QString &what)
{
    if (!QFileInfo::exists(path))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Replace %1?").arg(QFileInfo(path).fileName()),
        question(path, what), QMessageBox::NoButton, parent);
    box.setObjectName(u"overwriteConfirm"_s);
    auto *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    auto *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == replace;
}

} // namespace enclave::ui

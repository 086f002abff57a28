#include "common/closeguard.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace enclave::ui {

QStringList CloseGuard::lossesOf(const QWidget *view)
{
    if (const auto *guard = dynamic_cast<const CloseGuard *>(view))
        return guard->pendingLoss();
    return {};
}

bool CloseGuard::hasEditedInput(const QWidget *form)
{
    if (!form)
        return false;
    for (const QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        // Spin boxes and combo boxes own line edits too; only free text typed by the user counts.
        if (edit->isModified() && !edit->isReadOnly() && edit->isEnabled() && !edit->text().isEmpty())
            return true;
    }
    for (const QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>()) {
        if (!edit->isReadOnly() && edit->document()->isModified() && !edit->document()->isEmpty())
            return true;
    }
    for (const QTextEdit *edit : form->findChildren<QTextEdit *>()) {
        if (!edit->isReadOnly() && edit->document()->isModified() && !edit->document()->isEmpty())
            return true;
    }
    return false;
}

} // namespace enclave::ui

#include "common/ctrlenteraccepts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QPushButton>

namespace enclave::ui {

void CtrlEnterAccepts::install()
{
    if (!qApp || qApp->findChild<CtrlEnterAccepts *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new CtrlEnterAccepts(qApp));
}

bool CtrlEnterAccepts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        || !(key->modifiers() & Qt::ControlModifier))
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    // The event passes through every widget up the chain: act only where it was sent first.
    if (!widget || widget != QApplication::focusWidget())
        return false;
    auto *dialog = qobject_cast<QDialog *>(widget->window());
    if (!dialog)
        return false;
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            const auto role = box->buttonRole(button);
            if ((role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole)
                && button->isEnabled()) {
                button->click();
                return true;
            }
        }
    }
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isDefault() && button->isEnabled()) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace enclave::ui

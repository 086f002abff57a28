#pragma once

#include <QObject>

namespace enclave::ui {

// Ctrl+Enter accepts the dialog it is pressed in, also from a multi-line text box (where Enter
// inserts a line break): the dialog's enabled accept button is clicked, as if the user had.
// Installed once on the application.
class CtrlEnterAccepts final : public QObject {
    Q_OBJECT
public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace enclave::ui

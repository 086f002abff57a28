#pragma once

#include <QStringList>

class QWidget;

namespace enclave::ui {

// Implemented by tabs that can hold something closing them would lose: a running upload or
// signing, form input the user typed. The window asks before Close Tab, Close All Tabs and Quit
// when any tab reports a loss, and says what would be lost.
class CloseGuard {
public:
    virtual ~CloseGuard() = default;

    // What closing now would lose, one short phrase each in the user's words ("the upload of
    // app.eif", "the form input"); empty when closing loses nothing.
    virtual QStringList pendingLoss() const = 0;

    // The losses of any tab: its own when it implements CloseGuard, else none.
    static QStringList lossesOf(const QWidget *view);
    // True when the user edited a line edit or text edit under form (QLineEdit::isModified,
    // QTextDocument::isModified), i.e. typed input that is not saved anywhere.
    static bool hasEditedInput(const QWidget *form);
};

} // namespace enclave::ui

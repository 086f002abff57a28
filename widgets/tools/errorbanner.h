#pragma once

#include <QLabel>

namespace enclave::ui {

// The red line a tool page shows its problem in, in place (never a dialog): wrapped, selectable,
// hidden while there is nothing to say.
class ErrorBanner final : public QLabel {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `message`; an empty message hides the banner.
    void showMessage(const QString &message);
    void clearMessage() { showMessage({}); }
    // What the user sees: the message while the banner is shown, else empty.
    QString shownText() const;
};

} // namespace enclave::ui

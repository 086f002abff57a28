#pragma once

#include <QTextEdit>

namespace enclave::ui {

// A read-only, selectable value that wraps anywhere (hex and base64 have no spaces to break at)
// and grows to show all of it: nothing is cut off, nothing widens the window.
class WrappingTextField final : public QTextEdit {
    Q_OBJECT
public:
    explicit WrappingTextField(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
};

} // namespace enclave::ui

#pragma once

#include <QGroupBox>

class QAbstractButton;
class QFormLayout;
class QLabel;

namespace enclave::ui {

// The box a tool page shows its result in (hidden until there is one): titled rows of read-only
// values the user can select and copy, and the buttons that act on the result.
class ToolResultPanel final : public QGroupBox {
    Q_OBJECT
public:
    enum class Font { Fixed, Normal };

    explicit ToolResultPanel(const QString &title, QWidget *parent = nullptr);

    // A wrapped, selectable value row; Fixed for digests and paths.
    QLabel *addValue(const QString &label, const QString &name, Font font = Font::Fixed);
    // A button on a row of its own, at the left.
    void addButton(QAbstractButton *button);
    // What the user sees in `value`: its text while the panel is shown, else empty.
    QString shownText(const QLabel *value) const;

private:
    QFormLayout *m_form = nullptr;
};

} // namespace enclave::ui

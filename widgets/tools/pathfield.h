#pragma once

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace enclave::ui {

// A file path a tool page needs: a line edit and a Browse... button that opens the file dialog
// (titled with the field's label). Picking a file sets the text and emits picked(). For save
// fields the dialog never asks about replacing: the page asks once, when it writes, naming the file.
class PathField final : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Open, Save };

    // `name` is the line edit's object name (what tests and CloseGuard look for).
    PathField(const QString &dialogTitle, const QString &name, Mode mode, const QString &filter = {},
        QWidget *parent = nullptr);

    // A new field as a row of `form`, labelled and titled `label`.
    static PathField *addRow(QFormLayout *form, const QString &label, const QString &name, Mode mode,
        const QString &filter, QWidget *parent);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const; // trimmed
    void setText(const QString &path);
    // Shown when empty, and where the dialog starts then.
    void setSuggestion(const QString &suggestion);

Q_SIGNALS:
    // The user picked `path` in the dialog (the field already shows it).
    void picked(const QString &path);

private:
    void browse();

    QLineEdit *m_edit = nullptr;
    QString m_title;
    QString m_filter;
    QString m_suggestion;
    Mode m_mode;
};

} // namespace enclave::ui

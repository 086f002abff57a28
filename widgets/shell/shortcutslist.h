#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMenu;
class QMenuBar;
class QWidget;

namespace enclave::ui {

// Help > Keyboard Shortcuts: every action with a shortcut in every menu of the menu bar, submenus
// included (Open Recent, Theme, and whatever other modules added, such as Remote), grouped by menu.
class ShortcutsList final {
    Q_DECLARE_TR_FUNCTIONS(ShortcutsList)

public:
    struct Entry {
        QString menu; // "File", "View › Theme"
        QString action; // without the & mnemonic marker
        QKeySequence shortcut;
    };

    static QList<Entry> collect(const QMenuBar *bar);
    static QString html(const QList<Entry> &entries);
    static void show(QWidget *parent, const QMenuBar *bar);
};

} // namespace enclave::ui

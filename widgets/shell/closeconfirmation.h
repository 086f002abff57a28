#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QTabWidget;
class QWidget;

namespace enclave::ui {

// Before tabs close (Close Tab, Close All Tabs, Quit): collects what each tab would lose
// (CloseGuard) and, when anything would, asks once, naming every tab and its loss.
class CloseConfirmation final {
    Q_DECLARE_TR_FUNCTIONS(CloseConfirmation)

public:
    struct Loss {
        QString tab; // the tab's title
        QStringList what; // CloseGuard::pendingLoss()
    };

    // The losses of the given tabs (all when indexes is empty), in tab order.
    static QList<Loss> collect(const QTabWidget *tabs, const QList<int> &indexes = {});
    // The question's text ("Closing would lose: ..."); plain text, one line per tab.
    static QString describe(const QList<Loss> &losses);
    // True when nothing would be lost or the user chose to close anyway. action names what is
    // about to happen ("Close All Tabs", "Quit") for the dialog's title and button.
    static bool confirm(QWidget *parent, const QList<Loss> &losses, const QString &action);
};

} // namespace enclave::ui

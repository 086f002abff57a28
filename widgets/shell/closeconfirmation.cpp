#include "shell/closeconfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

#include "common/closeguard.h"

namespace enclave::ui {

QList<CloseConfirmation::Loss> CloseConfirmation::collect(const QTabWidget *tabs, const QList<int> &indexes)
{
    QList<Loss> out;
    QList<int> which = indexes;
    if (which.isEmpty()) {
        for (int i = 0; i < tabs->count(); ++i)
            which << i;
    }
    for (int i : which) {
        const QStringList what = CloseGuard::lossesOf(tabs->widget(i));
        if (!what.isEmpty())
            out.append(Loss { tabs->tabText(i), what });
    }
    return out;
}

QString CloseConfirmation::describe(const QList<Loss> &losses)
{
    QStringList lines;
    for (const Loss &l : losses)
        lines << tr("• %1: %2").arg(l.tab, l.what.join(QStringLiteral("; ")));
    return tr("Closing would lose:\n%1").arg(lines.join(QLatin1Char('\n')));
}

bool CloseConfirmation::confirm(QWidget *parent, const QList<Loss> &losses, const QString &action)
{
    if (losses.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, action, describe(losses), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("closeConfirmation"));
    QPushButton *proceed = box.addButton(tr("%1 Anyway").arg(action), QMessageBox::DestructiveRole);
    proceed->setObjectName(QStringLiteral("closeAnyway"));
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == proceed;
}

} // namespace enclave::ui

#include "kmsactions.h"

#include <functional>

#include <QAction>
#include <QKeySequence>
#include <QMenu>

#include "kmspolicypage.h"
#include "mainwindow.h"
#include "posturereportpage.h"
#include "signeifpage.h"
#include "signingcertificatepage.h"

namespace enclave::ui {

void installKmsActions(MainWindow *window)
{
    QMenu *tools = window->menu(MainWindow::Menu::Tools);
    if (!tools->isEmpty())
        tools->addSeparator();
    const auto add = [&](const QString &text, Qt::Key key, std::function<void()> open) {
        QAction *action = tools->addAction(text, window, std::move(open));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key));
    };
    add(MainWindow::tr("&KMS Key Policy…"), Qt::Key_P,
        [window] { window->addView(new KmsPolicyPage, MainWindow::tr("KMS Key Policy")); });
    add(MainWindow::tr("&Sign EIF…"), Qt::Key_S,
        [window] { window->addView(new SignEifPage, MainWindow::tr("Sign EIF")); });
    add(MainWindow::tr("Signing &Certificate…"), Qt::Key_G,
        [window] { window->addView(new SigningCertificatePage, MainWindow::tr("Signing Certificate")); });
    add(MainWindow::tr("Security &Posture Report…"), Qt::Key_R,
        [window] { window->addView(new PostureReportPage, MainWindow::tr("Posture Report")); });
}

} // namespace enclave::ui

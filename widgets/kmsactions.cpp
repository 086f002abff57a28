#include "kmsactions.h"

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
    tools->addAction(MainWindow::tr("&KMS Key Policy…"), window, [window] {
        window->addView(new KmsPolicyPage, MainWindow::tr("KMS Key Policy"));
    });
    tools->addAction(MainWindow::tr("&Sign EIF…"), window, [window] {
        window->addView(new SignEifPage, MainWindow::tr("Sign EIF"));
    });
    tools->addAction(MainWindow::tr("Signing &Certificate…"), window, [window] {
        window->addView(new SigningCertificatePage, MainWindow::tr("Signing Certificate"));
    });
    tools->addAction(MainWindow::tr("Security &Posture Report…"), window, [window] {
        window->addView(new PostureReportPage, MainWindow::tr("Posture Report"));
    });
}

} // namespace enclave::ui

#include "tools/kmsactions.h"

#include <functional>

#include <QAction>
#include <QKeySequence>
#include <QMenu>

#include "inspector/documentview.h"
#include "shell/mainwindow.h"
#include "tools/kmspolicypage.h"
#include "tools/posturereportpage.h"
#include "tools/signeifpage.h"
#include "tools/signingcertificatepage.h"

using namespace Qt::StringLiterals;

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
    // The current tab's file is the likely subject: start from it.
    const auto currentPath = [window] {
        const DocumentView *doc = window->currentDocument();
        return doc ? doc->filePath() : QString();
    };
    add(MainWindow::tr("&KMS Key Policy…"), Qt::Key_P, [window, currentPath] {
        auto *page = new KmsPolicyPage;
        if (const QString path = currentPath(); !path.isEmpty())
            page->loadSource(path);
        window->addView(page, MainWindow::tr("KMS Key Policy"));
    });
    add(MainWindow::tr("&Sign EIF…"), Qt::Key_S, [window, currentPath] {
        auto *page = new SignEifPage;
        if (const QString path = currentPath(); path.endsWith(u".eif"_s, Qt::CaseInsensitive))
            page->setInputs(path, {}, {});
        // The signed image opens in a tab of its own, where the signature can be inspected.
        QObject::connect(page, &SignEifPage::openRequested, window, &MainWindow::openFile);
        window->addView(page, MainWindow::tr("Sign EIF"));
    });
    add(MainWindow::tr("Signing &Certificate…"), Qt::Key_G, [window, currentPath] {
        auto *page = new SigningCertificatePage;
        // "Sign an Image with This": Sign EIF filled in with the new key and certificate (and the
        // current tab's image, if it is one).
        QObject::connect(page, &SigningCertificatePage::signImageRequested, window,
            [window, currentPath](const QString &key, const QString &cert) {
                auto *sign = new SignEifPage;
                const QString path = currentPath();
                sign->setInputs(path.endsWith(u".eif"_s, Qt::CaseInsensitive) ? path : QString(), key, cert);
                QObject::connect(sign, &SignEifPage::openRequested, window, &MainWindow::openFile);
                window->addView(sign, MainWindow::tr("Sign EIF"));
            });
        window->addView(page, MainWindow::tr("Signing Certificate"));
    });
    add(MainWindow::tr("Security &Posture Report…"), Qt::Key_R,
        [window] { window->addView(new PostureReportPage, MainWindow::tr("Posture Report")); });
}

} // namespace enclave::ui

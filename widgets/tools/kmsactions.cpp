#include "tools/kmsactions.h"

#include <functional>

#include <QAction>
#include <QKeySequence>
#include <QMenu>

#include "inspector/documentview.h"
#include "measure/inputdetector.h"
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
    // What core says the current tab's file is (by content, as the window opened it; never by its
    // name): Unknown when there is no such tab or it cannot be read.
    const auto currentKind = [currentPath] {
        const QString path = currentPath();
        const auto kind
            = path.isEmpty() ? Result<InputKind>(InputKind::Unknown) : InputDetector::detectFile(path);
        return kind ? *kind : InputKind::Unknown;
    };
    const auto currentEif
        = [currentPath, currentKind] { return currentKind() == InputKind::Eif ? currentPath() : QString(); };
    add(MainWindow::tr("&KMS Key Policy…"), Qt::Key_P, [window, currentPath] {
        auto *page = new KmsPolicyPage;
        if (const QString path = currentPath(); !path.isEmpty())
            page->loadSource(path);
        window->addView(page, MainWindow::tr("KMS Key Policy"));
    });
    add(MainWindow::tr("&Sign EIF…"), Qt::Key_S, [window, currentEif] {
        auto *page = new SignEifPage;
        if (const QString path = currentEif(); !path.isEmpty())
            page->setInputs(path, {}, {});
        // The signed image opens in a tab of its own, where the signature can be inspected.
        QObject::connect(page, &SignEifPage::openRequested, window, &MainWindow::openFile);
        window->addView(page, MainWindow::tr("Sign EIF"));
    });
    add(MainWindow::tr("Signing &Certificate…"), Qt::Key_G, [window, currentEif] {
        auto *page = new SigningCertificatePage;
        // "Sign an Image with This": Sign EIF filled in with the new key and certificate (and the
        // current tab's image, if it is one).
        QObject::connect(page, &SigningCertificatePage::signImageRequested, window,
            [window, currentEif](const QString &key, const QString &cert) {
                auto *sign = new SignEifPage;
                sign->setInputs(currentEif(), key, cert);
                QObject::connect(sign, &SignEifPage::openRequested, window, &MainWindow::openFile);
                window->addView(sign, MainWindow::tr("Sign EIF"));
            });
        window->addView(page, MainWindow::tr("Signing Certificate"));
    });
    add(MainWindow::tr("Security &Posture Report…"), Qt::Key_R, [window, currentPath, currentKind] {
        auto *page = new PostureReportPage;
        // The current image, attestation document or key policy fills its own field.
        const InputKind kind = currentKind();
        if (kind == InputKind::Eif)
            page->setInputs(currentPath());
        else if (InputDetector::isAttestation(kind))
            page->setInputs({}, {}, currentPath());
        else if (kind == InputKind::KmsKeyPolicy)
            page->setInputs({}, currentPath());
        window->addView(page, MainWindow::tr("Posture Report"));
    });
}

} // namespace enclave::ui

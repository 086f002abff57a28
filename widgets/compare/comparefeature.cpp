#include "compare/comparefeature.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

#include "compare/compareview.h"
#include "inspector/documentview.h"
#include "shell/mainwindow.h"

namespace enclave::ui {

void installCompare(MainWindow &window)
{
    auto *compare = window.menu(MainWindow::Menu::Tools)->addAction(MainWindow::tr("&Compare Measurements…"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    compare->setObjectName(QStringLiteral("compareAction"));
    QObject::connect(compare, &QAction::triggered, &window, [w = &window] {
        auto *view = new CompareView;
        if (const DocumentView *doc = w->currentDocument(); doc && !doc->isErrorView())
            view->setSources(doc->filePath(), QString());
        w->addView(view, MainWindow::tr("Compare"));
    });
}

} // namespace enclave::ui

#include "remote/operatoractions.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include "remote/connectionprofile.h"
#include "remote/connectionsdialog.h"
#include "remote/dashboardview.h"
#include "shell/mainwindow.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

OperatorActions *OperatorActions::install(MainWindow *window)
{
    return new OperatorActions(window);
}

OperatorActions::OperatorActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_menu = new QMenu(tr("&Remote"), window);
    window->menuBar()->insertMenu(window->menu(MainWindow::Menu::Help)->menuAction(), m_menu);
    QAction *connectAction = m_menu->addAction(tr("&Connect…"), this, &OperatorActions::showConnections);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction *simulator
        = m_menu->addAction(tr("&Local Simulator Dashboard"), this, &OperatorActions::openLocalSimulator);
    simulator->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QSettings s;
    if (!s.value(u"operators/firstRunDone"_s).toBool()) {
        s.setValue(u"operators/firstRunDone"_s, true);
        QTimer::singleShot(0, this, [this] {
            const int previous = m_window->tabs()->currentIndex();
            openLocalSimulator();
            // Files named on the command line keep the focus; otherwise the dashboard has it.
            if (previous >= 0)
                m_window->tabs()->setCurrentIndex(previous);
        });
    }
}

void OperatorActions::showView(QWidget *view, const QString &title)
{
    const int index = m_window->tabs()->indexOf(view);
    if (index >= 0)
        m_window->tabs()->setCurrentIndex(index);
    else
        m_window->addView(view, title);
}

DashboardView *OperatorActions::openDashboard(const ConnectionProfile &profile)
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        auto *d = qobject_cast<DashboardView *>(tabs->widget(i));
        if (d && d->profile().id == profile.id) {
            tabs->setCurrentIndex(i);
            return d;
        }
    }
    auto *dashboard = new DashboardView(profile);
    connect(dashboard, &DashboardView::openViewRequested, this, &OperatorActions::showView);
    m_window->addView(dashboard, tr("Enclaves: %1").arg(profile.displayName()));
    return dashboard;
}

void OperatorActions::showConnections()
{
    auto *dialog = new ConnectionsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionsDialog::connectRequested, this,
        [this](const ConnectionProfile &p) { openDashboard(p); });
    dialog->open();
}

void OperatorActions::openLocalSimulator()
{
    openDashboard(ConnectionProfile::localSimulator());
}

} // namespace enclave::ui

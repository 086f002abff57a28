#pragma once

#include <QObject>
#include <QPointer>

class QMenu;

namespace enclave::ui {

class DashboardView;
class MainWindow;
struct ConnectionProfile;

// Puts the operators' features into the main window: a Remote menu (Connect…, Local Simulator
// Dashboard) whose dashboards, consoles and measurement views open as tabs. On the very first
// start the Local simulator dashboard opens by itself, so a new user sees live enclaves at once.
class OperatorActions final : public QObject {
    Q_OBJECT
public:
    static OperatorActions *install(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    // Opens (or focuses) the dashboard of a profile.
    DashboardView *openDashboard(const ConnectionProfile &profile);

public Q_SLOTS:
    void showConnections();
    void openLocalSimulator();

private:
    explicit OperatorActions(MainWindow *window);
    void showView(QWidget *view, const QString &title);

    MainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace enclave::ui

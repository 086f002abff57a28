#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace enclave::ui {

class RecentFiles;

// What the window shows when no tab is open (second start, after Close All Tabs): what the app
// does in three lines, Open and the sample image, the recent files that opened, and the
// connections (given by whoever installs remote features, so the shell does not know them).
class StartPage final : public QWidget {
    Q_OBJECT
public:
    struct Link {
        QString text;
        QString toolTip;
        std::function<void()> activate;
    };
    using LinkProvider = std::function<QList<Link>()>;

    explicit StartPage(RecentFiles *recent, QWidget *parent = nullptr);

    // Called each time the page is shown, so saved connections are current.
    void setConnectionsProvider(LinkProvider provider);
    void refresh();

    QListWidget *recentList() const { return m_recent; }
    QListWidget *connectionList() const { return m_connections; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *sampleButton() const { return m_sample; }

Q_SIGNALS:
    void openDialogRequested();
    void sampleRequested();
    void fileRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildRecent();
    void rebuildConnections();

    RecentFiles *m_recentFiles = nullptr;
    LinkProvider m_provider;
    QList<Link> m_links;
    QPushButton *m_open = nullptr;
    QPushButton *m_sample = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
    QListWidget *m_connections = nullptr;
    QLabel *m_connectionsTitle = nullptr;
};

} // namespace enclave::ui

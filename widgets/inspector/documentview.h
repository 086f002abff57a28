#pragma once

#include <QWidget>

namespace enclave::ui {

// Base of every tab that shows one opened file; MainWindow uses it to find the tab of a path
// (re-opening focuses it) and to title tabs. Other tabs (dashboards, compare) may be plain QWidgets.
class DocumentView : public QWidget {
    Q_OBJECT
public:
    explicit DocumentView(const QString &path, QWidget *parent = nullptr);

    QString filePath() const { return m_path; }
    virtual QString title() const;
    // True when the tab only reports a problem (type unknown, parse error).
    virtual bool isErrorView() const { return false; }

    // Edit-menu commands the main window offers for the tab in front. A view overrides those it
    // supports, so the window needs to know no concrete view.
    virtual bool canCopyMeasurements() const { return false; }
    virtual void copyMeasurements() { }
    virtual bool canEditExpectedPcrs() const { return false; }
    virtual void editExpectedPcrs() { }

private:
    QString m_path;
};

} // namespace enclave::ui

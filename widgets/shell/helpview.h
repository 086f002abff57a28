#pragma once

#include <QWidget>

class QTextBrowser;

namespace enclave::ui {

// Help > Contents (F1): the user sections of README.md, shipped inside the app as a resource,
// shown in a tab. Screenshots are left out (they live in the source tree, not in the binary).
class HelpView final : public QWidget {
    Q_OBJECT
public:
    explicit HelpView(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    // The "##" sections of markdown whose titles start with one of wanted, in file order, without
    // image lines and without "### For developers" subsections.
    static QString userSections(const QString &markdown, const QStringList &wanted);
    static QStringList sectionTitles();

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace enclave::ui

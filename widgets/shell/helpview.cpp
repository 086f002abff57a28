#include "shell/helpview.h"

#include <algorithm>

#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace enclave::ui {

HelpView::HelpView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpView"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    QFile readme(QStringLiteral(":/help/README.md"));
    QString text;
    if (readme.open(QIODevice::ReadOnly))
        text = userSections(QString::fromUtf8(readme.readAll()), sectionTitles());
    if (text.isEmpty())
        text = tr("# Help\n\nThe help text is missing from this build.");
    m_browser->setMarkdown(text);
}

QStringList HelpView::sectionTitles()
{
    // README's sections for people using the app (the others are about building and the code).
    return { QStringLiteral("The desktop app") };
}

QString HelpView::userSections(const QString &markdown, const QStringList &wanted)
{
    static const QRegularExpression image(QStringLiteral("^!\\[[^\\]]*\\]\\([^)]*\\)\\s*$"));
    QStringList out;
    bool keep = false;
    bool developers = false; // a "### For developers" subsection: how it is built and tested
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            const QString title = line.mid(3).trimmed();
            keep = std::any_of(
                wanted.cbegin(), wanted.cend(), [&](const QString &w) { return title.startsWith(w); });
            developers = false;
        } else if (line.startsWith(QLatin1String("### "))) {
            developers = line.mid(4).trimmed().startsWith(QLatin1String("For developers"));
        }
        if (keep && !developers && !image.match(line).hasMatch())
            out << line;
    }
    return out.join(QLatin1Char('\n')).trimmed();
}

} // namespace enclave::ui

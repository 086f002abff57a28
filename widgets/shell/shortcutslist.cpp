#include "shell/shortcutslist.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace enclave::ui {

namespace {

QString plain(QString text)
{
    // "&Open…" -> "Open…"; "&&" stays a literal ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void walk(const QMenu *menu, const QString &path, QList<ShortcutsList::Entry> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            walk(a->menu(), path + QStringLiteral(" › ") + plain(a->text()), out);
            continue;
        }
        if (!a->shortcut().isEmpty())
            out.append({ path, plain(a->text()), a->shortcut() });
    }
}

} // namespace

QList<ShortcutsList::Entry> ShortcutsList::collect(const QMenuBar *bar)
{
    QList<Entry> out;
    for (QAction *top : bar->actions()) {
        if (top->menu())
            walk(top->menu(), plain(top->text()), out);
    }
    return out;
}

QString ShortcutsList::html(const QList<Entry> &entries)
{
    QString html = QStringLiteral("<table cellspacing=\"3\">");
    QString menu;
    for (const Entry &e : entries) {
        if (e.menu != menu) {
            menu = e.menu;
            html += QStringLiteral("<tr><td colspan=\"2\"><br><b>%1</b></td></tr>").arg(menu.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
                    .arg(e.action.toHtmlEscaped(),
                        e.shortcut.toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

void ShortcutsList::show(QWidget *parent, const QMenuBar *bar)
{
    // A scrolling dialog: with the Remote and Tools menus the list is taller than a message box.
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setHtml(html(collect(bar)));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 640);
    dialog.exec();
}

} // namespace enclave::ui

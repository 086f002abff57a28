#include "tools/errorbanner.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(u"color: #c62828;"_s);
    hide();
}

void ErrorBanner::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString ErrorBanner::shownText() const
{
    // Hidden or not, not isVisible(): a page not yet on screen still reports its banner.
    return isHidden() ? QString() : text();
}

} // namespace enclave::ui

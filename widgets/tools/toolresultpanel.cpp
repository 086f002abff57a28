#include "tools/toolresultpanel.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace enclave::ui {

ToolResultPanel::ToolResultPanel(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{
    m_form = new QFormLayout(this);
    hide();
}

QLabel *ToolResultPanel::addValue(const QString &label, const QString &name, Font font)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    if (font == Font::Fixed)
        value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->addRow(label, value);
    return value;
}

void ToolResultPanel::addButton(QAbstractButton *button)
{
    button->setParent(this);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch();
    m_form->addRow(QString(), row);
}

QString ToolResultPanel::shownText(const QLabel *value) const
{
    // Hidden or not, not isVisible(): a page not yet on screen still reports its result.
    return isHidden() ? QString() : value->text();
}

} // namespace enclave::ui

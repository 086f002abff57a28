#include "common/wrappingtextfield.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QtMath>

namespace enclave::ui {

WrappingTextField::WrappingTextField(const QString &text, QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setPlainText(text);
    setFrameShape(QFrame::NoFrame);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    document()->setDocumentMargin(1);
    viewport()->setAutoFillBackground(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &WrappingTextField::fitHeight);
    fitHeight();
}

QSize WrappingTextField::sizeHint() const
{
    return { 200, height() };
}

QSize WrappingTextField::minimumSizeHint() const
{
    return { 50, height() };
}

void WrappingTextField::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void WrappingTextField::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int h = qCeil(document()->size().height()) + 2 * frameWidth();
    if (h != height())
        setFixedHeight(h);
}

} // namespace enclave::ui

#include "inspector/hexview.h"

#include <algorithm>
#include <limits>

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include "inspector/bytesource.h"

namespace enclave::ui {

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Hex view"));
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

HexView::~HexView() = default;

void HexView::setSource(std::shared_ptr<const ByteSource> source)
{
    m_source = std::move(source);
    m_markOffset = -1;
    m_markLength = 0;
    m_cursor = -1;
    updateMetrics();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

qint64 HexView::size() const
{
    return m_source ? m_source->size() : 0;
}

qint64 HexView::rowCount() const
{
    return (size() + BytesPerRow - 1) / BytesPerRow;
}

int HexView::offsetDigits() const
{
    int digits = 8;
    for (qint64 s = size(); digits < 16 && (s >> (4 * digits)) != 0;)
        ++digits;
    return digits;
}

int HexView::hexColumnX(int column) const
{
    // offset, two spaces, then "xx " per byte with one extra space after the 8th byte.
    return m_margin + (offsetDigits() + 2) * m_charWidth + column * 3 * m_charWidth
        + (column >= 8 ? m_charWidth : 0);
}

int HexView::asciiColumnX(int column) const
{
    return hexColumnX(BytesPerRow) + m_charWidth + column * m_charWidth;
}

QSize HexView::sizeHint() const
{
    return { asciiColumnX(BytesPerRow) + m_margin + verticalScrollBar()->sizeHint().width()
            + 2 * frameWidth(),
        20 * m_lineHeight };
}

void HexView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    m_lineHeight = fm.height() + 2;
    updateScrollBar();
}

int HexView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

void HexView::updateScrollBar()
{
    const qint64 rows = rowCount();
    const qint64 maxRow = std::max<qint64>(0, rows - visibleRowCount() + 1);
    m_rowsPerStep = std::max<qint64>(1, maxRow / std::numeric_limits<int>::max() + 1);
    verticalScrollBar()->setRange(0, int(maxRow / m_rowsPerStep));
    verticalScrollBar()->setPageStep(int(std::max<qint64>(1, visibleRowCount() / m_rowsPerStep)));
    verticalScrollBar()->setSingleStep(1);
    const int contentWidth = asciiColumnX(BytesPerRow) + m_margin;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    // Never wider than a full row: splitters give the rest to the field tree beside it.
    if (maximumWidth() != sizeHint().width())
        setMaximumWidth(sizeHint().width());
    horizontalScrollBar()->setPageStep(viewport()->width());
}

qint64 HexView::firstVisibleRow() const
{
    return qint64(verticalScrollBar()->value()) * m_rowsPerStep;
}

void HexView::scrollToOffset(qint64 offset)
{
    if (offset < 0 || offset >= size())
        return;
    const qint64 row = offset / BytesPerRow;
    const qint64 first = firstVisibleRow();
    if (row >= first && row < first + visibleRowCount() - 1)
        return;
    // Leave a few rows of context above the target, like Wireshark does.
    const qint64 target = std::max<qint64>(0, row - std::min(3, visibleRowCount() / 4));
    verticalScrollBar()->setValue(int(target / m_rowsPerStep));
}

void HexView::markField(qint64 offset, qint64 length, bool scrollTo)
{
    if (offset < 0 || offset >= size()) {
        clearMark();
        return;
    }
    m_markOffset = offset;
    m_markLength = std::clamp<qint64>(length, 1, size() - offset);
    if (scrollTo)
        scrollToOffset(offset);
    viewport()->update();
}

void HexView::clearMark()
{
    m_markOffset = -1;
    m_markLength = 0;
    viewport()->update();
}

QRect HexView::byteRect(qint64 offset) const
{
    if (offset < 0 || offset >= size())
        return {};
    const qint64 row = offset / BytesPerRow - firstVisibleRow();
    const int column = int(offset % BytesPerRow);
    const int x = hexColumnX(column) - horizontalScrollBar()->value();
    return { x, int(row) * m_lineHeight, 2 * m_charWidth, m_lineHeight };
}

qint64 HexView::offsetAt(const QPoint &pos) const
{
    if (!m_source || pos.y() < 0)
        return -1;
    const int x = pos.x() + horizontalScrollBar()->value();
    const qint64 row = firstVisibleRow() + pos.y() / m_lineHeight;
    int column = -1;
    for (int c = 0; c < BytesPerRow; ++c) {
        if (x >= hexColumnX(c) - m_charWidth / 2 && x < hexColumnX(c) + 2 * m_charWidth + m_charWidth / 2) {
            column = c;
            break;
        }
        if (x >= asciiColumnX(c) && x < asciiColumnX(c) + m_charWidth) {
            column = c;
            break;
        }
    }
    if (column < 0)
        return -1;
    const qint64 offset = row * BytesPerRow + column;
    return offset < size() ? offset : -1;
}

void HexView::setCursorOffset(qint64 offset, bool emitSignal)
{
    if (size() == 0)
        return;
    offset = std::clamp<qint64>(offset, 0, size() - 1);
    m_cursor = offset;
    scrollToOffset(offset);
    viewport()->update();
    if (emitSignal)
        Q_EMIT byteSelected(offset);
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    m_lastPaintRead = 0;
    if (!m_source || size() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No data"));
        return;
    }
    p.translate(-horizontalScrollBar()->value(), 0);
    const qint64 first = firstVisibleRow();
    const qint64 rows = std::min<qint64>(visibleRowCount() + 1, rowCount() - first);
    if (rows <= 0)
        return;
    const QByteArray bytes = m_source->read(first * BytesPerRow, rows * BytesPerRow);
    m_lastPaintRead = bytes.size();

    const QFontMetrics fm(font());
    const int ascent = fm.ascent() + 1;
    const int digits = offsetDigits();
    const QColor offsetColor = pal.color(QPalette::PlaceholderText);
    const QColor textColor = pal.color(QPalette::Text);
    QColor markColor = pal.color(QPalette::Highlight);
    const QColor markText = pal.color(QPalette::HighlightedText);
    const QColor zeroColor = pal.color(QPalette::PlaceholderText);

    for (qint64 r = 0; r < rows; ++r) {
        const int y = int(r) * m_lineHeight;
        const qint64 rowOffset = (first + r) * BytesPerRow;
        p.setPen(offsetColor);
        p.drawText(m_margin, y + ascent, QStringLiteral("%1").arg(rowOffset, digits, 16, QLatin1Char('0')));
        for (int c = 0; c < BytesPerRow; ++c) {
            const qint64 index = r * BytesPerRow + c;
            if (index >= bytes.size())
                break;
            const qint64 offset = rowOffset + c;
            const auto byte = static_cast<unsigned char>(bytes.at(index));
            const bool marked = offset >= m_markOffset && offset < m_markOffset + m_markLength;
            const QRect hexCell(hexColumnX(c) - m_charWidth / 2, y, 3 * m_charWidth, m_lineHeight);
            const QRect asciiCell(asciiColumnX(c), y, m_charWidth, m_lineHeight);
            if (marked) {
                // Extend the band over the gap to the next marked byte so a span reads as one block.
                QRect band = hexCell;
                if (c == 7 && offset + 1 < m_markOffset + m_markLength)
                    band.setRight(band.right() + m_charWidth);
                p.fillRect(band, markColor);
                p.fillRect(asciiCell, markColor);
            }
            if (offset == m_cursor) {
                p.setPen(pal.color(QPalette::Link));
                p.drawRect(hexCell.adjusted(0, 0, -1, -1));
                p.drawRect(asciiCell.adjusted(0, 0, -1, -1));
            }
            p.setPen(marked ? markText : (byte == 0 ? zeroColor : textColor));
            p.drawText(
                hexColumnX(c), y + ascent, QStringLiteral("%1").arg(uint(byte), 2, 16, QLatin1Char('0')));
            const QChar ch = (byte >= 0x20 && byte < 0x7f) ? QChar(char16_t(byte)) : QChar(QLatin1Char('.'));
            p.drawText(asciiColumnX(c), y + ascent, QString(ch));
        }
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 offset = offsetAt(event->position().toPoint());
    if (offset >= 0)
        setCursorOffset(offset, true);
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (size() == 0)
        return QAbstractScrollArea::keyPressEvent(event);
    const qint64 cur = m_cursor < 0 ? 0 : m_cursor;
    const qint64 page = qint64(visibleRowCount()) * BytesPerRow;
    switch (event->key()) {
    case Qt::Key_Left:
        setCursorOffset(cur - 1, true);
        break;
    case Qt::Key_Right:
        setCursorOffset(cur + 1, true);
        break;
    case Qt::Key_Up:
        setCursorOffset(cur - BytesPerRow, true);
        break;
    case Qt::Key_Down:
        setCursorOffset(cur + BytesPerRow, true);
        break;
    case Qt::Key_PageUp:
        setCursorOffset(cur - page, true);
        break;
    case Qt::Key_PageDown:
        setCursorOffset(cur + page, true);
        break;
    case Qt::Key_Home:
        setCursorOffset(event->modifiers() & Qt::ControlModifier ? 0 : cur - cur % BytesPerRow, true);
        break;
    case Qt::Key_End:
        setCursorOffset(
            event->modifiers() & Qt::ControlModifier ? size() - 1 : cur - cur % BytesPerRow + BytesPerRow - 1,
            true);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace enclave::ui

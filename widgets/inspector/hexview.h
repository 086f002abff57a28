#pragma once

#include <memory>

#include <QAbstractScrollArea>

namespace enclave::ui {

class ByteSource;

// Wireshark-style byte pane: offset, 16 hex bytes, ASCII. Paints only the visible rows and reads
// just those bytes from its ByteSource, so a multi-gigabyte file costs no more than a small one.
// markField() highlights a span (e.g. the selected tree node); clicking a byte emits byteSelected().
class HexView final : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int BytesPerRow = 16;

    explicit HexView(QWidget *parent = nullptr);
    ~HexView() override;

    void setSource(std::shared_ptr<const ByteSource> source);
    std::shared_ptr<const ByteSource> source() const { return m_source; }
    qint64 size() const;

    qint64 markedOffset() const { return m_markOffset; }
    qint64 markedLength() const { return m_markLength; }
    qint64 cursorOffset() const { return m_cursor; }
    qint64 firstVisibleRow() const;
    int visibleRowCount() const;
    // Byte under a viewport position, or -1 (used by clicks; public so tests can aim).
    qint64 offsetAt(const QPoint &viewportPos) const;
    QRect byteRect(qint64 offset) const;
    // How many bytes the last paint read from the source: proves only visible rows are fetched.
    qint64 lastPaintReadBytes() const { return m_lastPaintRead; }

    QSize sizeHint() const override;

public Q_SLOTS:
    void markField(qint64 offset, qint64 length, bool scrollTo = true);
    void clearMark();
    void scrollToOffset(qint64 offset);

Q_SIGNALS:
    void byteSelected(qint64 offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBar();
    void setCursorOffset(qint64 offset, bool emitSignal);
    qint64 rowCount() const;
    int offsetDigits() const;
    int hexColumnX(int column) const;
    int asciiColumnX(int column) const;

    std::shared_ptr<const ByteSource> m_source;
    qint64 m_markOffset = -1;
    qint64 m_markLength = 0;
    qint64 m_cursor = -1;
    qint64 m_lastPaintRead = 0;
    // A QScrollBar holds an int; past 2^31 rows one step covers several rows.
    qint64 m_rowsPerStep = 1;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_margin = 6;
};

} // namespace enclave::ui

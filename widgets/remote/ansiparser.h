#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QTextCharFormat>

namespace enclave::ui {

// Turns console text with ANSI escape sequences into runs of text with a character format.
// Understands the SGR subset consoles use (reset, bold, italic, underline, inverse, the 16
// colours, 256-colour and 24-bit colours, default colours); every other CSI or OSC sequence
// and stray control characters are dropped, never shown. State (the current format and an
// escape sequence cut in half by a chunk boundary) carries across feed() calls.
class AnsiParser final {
public:
    struct Segment {
        QString text;
        QTextCharFormat format;
    };

    // Longest escape sequence kept across chunks; a longer one is dropped as garbage.
    static constexpr qsizetype MaxPendingEscape = 256;

    QList<Segment> feed(QStringView text);
    void reset();
    const QTextCharFormat &currentFormat() const { return m_format; }

    // The xterm colour for palette index 0..255.
    static QColor paletteColor(int index);

private:
    void applySgr(QStringView params);
    void flushText(QList<Segment> &out);

    QTextCharFormat m_format;
    bool m_inverse = false;
    QColor m_fg;
    QColor m_bg;
    QString m_text; // text collected for the current format
    QString m_pending; // an unfinished escape sequence
};

} // namespace enclave::ui

#include "remote/ansiparser.h"

#include <array>

#include <QBrush>
#include <QColor>
#include <QFont>

namespace enclave::ui {

namespace {
constexpr QChar kEsc = QChar(0x1b);

// Outcome of looking at an escape sequence that starts at text[0].
struct Escape {
    enum Kind { Incomplete, Sgr, Other } kind = Other;
    qsizetype length = 0;
    QStringView params;
};

Escape scanEscape(QStringView text)
{
    if (text.size() < 2)
        return { Escape::Incomplete, 0, {} };
    const QChar kind = text.at(1);
    if (kind == u'[') {
        // CSI: parameter bytes 0x30-0x3F, intermediates 0x20-0x2F, final byte 0x40-0x7E.
        for (qsizetype i = 2; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x40 && c <= 0x7e)
                return { c == u'm' ? Escape::Sgr : Escape::Other, i + 1, text.mid(2, i - 2) };
            if (c < 0x20 || c > 0x3f)
                return { Escape::Other, i, {} }; // malformed: drop what we saw
        }
        return { Escape::Incomplete, 0, {} };
    }
    if (kind == u']') {
        // OSC (window titles, hyperlinks): ends with BEL or ESC backslash.
        for (qsizetype i = 2; i < text.size(); ++i) {
            if (text.at(i) == QChar(0x07))
                return { Escape::Other, i + 1, {} };
            if (text.at(i) == kEsc) {
                if (i + 1 >= text.size())
                    return { Escape::Incomplete, 0, {} };
                return { Escape::Other, text.at(i + 1) == u'\\' ? i + 2 : i + 1, {} };
            }
        }
        return { Escape::Incomplete, 0, {} };
    }
    // Two-character escapes (ESC c, ESC =, charset selections ESC ( B take three).
    if (kind == u'(' || kind == u')')
        return text.size() < 3 ? Escape { Escape::Incomplete, 0, {} } : Escape { Escape::Other, 3, {} };
    return { Escape::Other, 2, {} };
}
} // namespace

QColor AnsiParser::paletteColor(int index)
{
    static const std::array<QRgb, 16> base { qRgb(0x00, 0x00, 0x00), qRgb(0xcd, 0x31, 0x31),
        qRgb(0x0d, 0xbc, 0x79), qRgb(0xe5, 0xe5, 0x10), qRgb(0x24, 0x72, 0xc8), qRgb(0xbc, 0x3f, 0xbc),
        qRgb(0x11, 0xa8, 0xcd), qRgb(0xe5, 0xe5, 0xe5), qRgb(0x66, 0x66, 0x66), qRgb(0xf1, 0x4c, 0x4c),
        qRgb(0x23, 0xd1, 0x8b), qRgb(0xf5, 0xf5, 0x43), qRgb(0x3b, 0x8e, 0xea), qRgb(0xd6, 0x70, 0xd6),
        qRgb(0x29, 0xb8, 0xdb), qRgb(0xff, 0xff, 0xff) };
    if (index < 0 || index > 255)
        return {};
    if (index < 16)
        return QColor(base[size_t(index)]);
    if (index < 232) {
        const int i = index - 16;
        auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

void AnsiParser::reset()
{
    m_format = QTextCharFormat();
    m_inverse = false;
    m_fg = QColor();
    m_bg = QColor();
    m_text.clear();
    m_pending.clear();
}

void AnsiParser::flushText(QList<Segment> &out)
{
    if (m_text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().format == m_format)
        out.last().text += m_text;
    else
        out.append(Segment { m_text, m_format });
    m_text.clear();
}

QList<AnsiParser::Segment> AnsiParser::feed(QStringView input)
{
    QList<Segment> out;
    QString joined;
    QStringView text = input;
    if (!m_pending.isEmpty()) {
        joined = m_pending + input;
        m_pending.clear();
        text = joined;
    }
    qsizetype i = 0;
    qsizetype runStart = 0;
    auto takeRun = [&](qsizetype end) {
        if (end > runStart)
            m_text += text.mid(runStart, end - runStart);
    };
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != 0x7f) {
            ++i;
            continue;
        }
        takeRun(i);
        if (c == 0x1b) {
            const Escape e = scanEscape(text.mid(i));
            if (e.kind == Escape::Incomplete) {
                const QStringView rest = text.mid(i);
                if (rest.size() <= MaxPendingEscape)
                    m_pending = rest.toString();
                i = text.size();
                runStart = i;
                break;
            }
            if (e.kind == Escape::Sgr) {
                flushText(out);
                applySgr(e.params);
            }
            i += qMax<qsizetype>(e.length, 1);
        } else {
            if (c == u'\n' || c == u'\t')
                m_text += QChar(c);
            // \r, backspace, bell and other controls are dropped.
            ++i;
        }
        runStart = i;
    }
    takeRun(i);
    flushText(out);
    return out;
}

void AnsiParser::applySgr(QStringView params)
{
    QList<int> codes;
    for (QStringView p : params.split(u';')) {
        // Colon sub-parameters (38:2::r:g:b) are rare; treat them like semicolons.
        for (QStringView q : p.split(u':')) {
            bool ok = false;
            const int v = q.toInt(&ok);
            codes.append(ok ? v : 0);
        }
        if (codes.size() > 64)
            break;
    }
    if (codes.isEmpty())
        codes.append(0);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = codes.at(i);
        if (c == 0) {
            m_format = QTextCharFormat();
            m_inverse = false;
            m_fg = QColor();
            m_bg = QColor();
        } else if (c == 1) {
            m_format.setFontWeight(QFont::Bold);
        } else if (c == 3) {
            m_format.setFontItalic(true);
        } else if (c == 4) {
            m_format.setFontUnderline(true);
        } else if (c == 7) {
            m_inverse = true;
        } else if (c == 22) {
            m_format.setFontWeight(QFont::Normal);
        } else if (c == 23) {
            m_format.setFontItalic(false);
        } else if (c == 24) {
            m_format.setFontUnderline(false);
        } else if (c == 27) {
            m_inverse = false;
        } else if (c >= 30 && c <= 37) {
            m_fg = paletteColor(c - 30);
        } else if (c >= 90 && c <= 97) {
            m_fg = paletteColor(c - 90 + 8);
        } else if (c >= 40 && c <= 47) {
            m_bg = paletteColor(c - 40);
        } else if (c >= 100 && c <= 107) {
            m_bg = paletteColor(c - 100 + 8);
        } else if (c == 39) {
            m_fg = QColor();
        } else if (c == 49) {
            m_bg = QColor();
        } else if (c == 38 || c == 48) {
            QColor color;
            if (i + 2 < codes.size() && codes.at(i + 1) == 5) {
                color = paletteColor(codes.at(i + 2));
                i += 2;
            } else if (i + 4 < codes.size() && codes.at(i + 1) == 2) {
                color = QColor(qBound(0, codes.at(i + 2), 255), qBound(0, codes.at(i + 3), 255),
                    qBound(0, codes.at(i + 4), 255));
                i += 4;
            } else {
                break; // malformed extended colour: ignore the rest of this sequence
            }
            (c == 38 ? m_fg : m_bg) = color;
        }
        // Everything else (blink, faint, fonts) is ignored.
    }
    const QColor fg = m_inverse ? m_bg : m_fg;
    const QColor bg = m_inverse ? m_fg : m_bg;
    if (fg.isValid())
        m_format.setForeground(fg);
    else if (m_inverse)
        m_format.setForeground(QColor(Qt::black));
    else
        m_format.clearForeground();
    if (bg.isValid())
        m_format.setBackground(bg);
    else if (m_inverse)
        m_format.setBackground(QColor(Qt::lightGray));
    else
        m_format.clearBackground();
}

} // namespace enclave::ui

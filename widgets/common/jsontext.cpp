#include "common/jsontext.h"

namespace enclave::ui {

QString indentJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json).trimmed();
    if (text.contains(QLatin1Char('\n')))
        return text;
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    const auto newline
        = [&] { out += QLatin1Char('\n') + QString(4 * std::max(depth, 0), QLatin1Char(' ')); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                out += text.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            // Keep empty containers on one line.
            if (i + 1 < text.size()
                && (text.at(i + 1) == QLatin1Char('}') || text.at(i + 1) == QLatin1Char(']'))) {
                out += text.at(++i);
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += QStringLiteral(": ");
            break;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace enclave::ui

#include "common/jsonhighlighter.h"

#include <QTextDocument>

#ifdef ENCLAVE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace enclave::ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(darkBackground);
}

void JsonHighlighter::setDarkBackground(bool dark)
{
    // Colours chosen for contrast >= 4.5:1 on white (light) and on #1e1e1e-ish bases (dark).
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x9e));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xcc));
    m_literal.setFontWeight(QFont::Bold);
    m_punctuation.setForeground(dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x55, 0x55, 0x55));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A line-at-a-time scanner is enough: our JSON is pretty-printed, and a string never spans lines.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('"')) {
                if (text.at(j) == QLatin1Char('\\'))
                    ++j;
                ++j;
            }
            const qsizetype end = std::min(j + 1, n);
            qsizetype k = end;
            while (k < n && text.at(k).isSpace())
                ++k;
            const bool isKey = k < n && text.at(k) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isDigit() || QStringView(u".eE+-").contains(text.at(j))))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

QSyntaxHighlighter *attachJsonHighlighter(QTextDocument *document, bool darkBackground)
{
#ifdef ENCLAVE_HAVE_KSYNTAXHIGHLIGHTING
    // One repository per process, as KSyntaxHighlighting recommends.
    static KSyntaxHighlighting::Repository repository;
    const auto definition = repository.definitionForName(QStringLiteral("JSON"));
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setDefinition(definition);
        highlighter->setTheme(
            repository.defaultTheme(darkBackground ? KSyntaxHighlighting::Repository::DarkTheme
                                                   : KSyntaxHighlighting::Repository::LightTheme));
        return highlighter;
    }
#endif
    return new JsonHighlighter(document, darkBackground);
}

} // namespace enclave::ui

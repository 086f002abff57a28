#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace enclave::ui {

// Small JSON highlighter used when KSyntaxHighlighting is not available: keys, strings, numbers,
// literals and punctuation, with colours picked for the palette's lightness so light and dark
// themes both read well.
class JsonHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document, bool darkBackground);

    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

// Attaches the best available JSON highlighter to document (KF6::SyntaxHighlighting's "JSON"
// definition when built with it, else JsonHighlighter). The highlighter is parented to document.
QSyntaxHighlighter *attachJsonHighlighter(QTextDocument *document, bool darkBackground);

} // namespace enclave::ui

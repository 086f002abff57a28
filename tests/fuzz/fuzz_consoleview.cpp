// Target 8b: the console's line assembly, in the real ConsoleView (offscreen): bytes appended in
// chunks (UTF-8 decoding, ANSI parsing, breaking lines longer than MaxLineChars, skipping what would
// scroll out of a small scrollback) and rendered into the document. Input: 1 byte chunk size
// (1..256), 1 byte scrollback in hundreds of lines (the minimum is 100), then the console bytes; a
// NUL-free input also gets an enclave-studio notice in the middle. Oracle: every block the view
// shows is at most MaxLineChars characters of text without control characters, and the scrollback
// bound holds.

#include "fuzzsupport.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

#include "remote/consoleview.h"

using namespace enclave;

// fontconfig keeps its font-matching caches until exit, unreachable by then: LeakSanitizer reports
// them when a character makes Qt look for a fallback font. Not our memory; our own leaks still count.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const size_t chunk = size_t(data[0]) + 1;
    ui::ConsoleView view;
    view.setMaximumLines(100 * (1 + data[1] % 4));
    for (size_t pos = 2; pos < size; pos += chunk) {
        const size_t n = std::min(chunk, size - pos);
        view.appendBytes(fuzz::bytes(data + pos, n));
        if (pos == 2 + chunk)
            view.appendNotice(QStringLiteral("reconnected"));
        // The view renders on a 40 ms timer, i.e. after many chunks; a render every few bytes
        // would measure QTextDocument layout, not the line assembly.
        if ((pos / chunk) % 32 == 31)
            view.flush();
    }
    view.flush();
    const QTextDocument *document = view.editor()->document();
    if (document->blockCount() > view.maximumLines() + 1)
        std::abort();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (text.size() > ui::ConsoleView::MaxLineChars)
            std::abort();
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t') || u == 0x7f)
                std::abort();
        }
    }
    return 0;
}

// Target 8: an enclave's console output (untrusted code writes it; the operator's GUI renders it):
// UTF-8 decoding across chunk boundaries and the ANSI/escape parser, fed in chunks so escape
// sequences and UTF-8 sequences are cut in half as they are on the wire. Input: 1 byte chunk size
// (1..256), then the console bytes. Oracle: what comes out is text the view may show, never an
// escape or a control character other than newline and tab.

#include "fuzzsupport.h"

#include <QStringDecoder>

#include "remote/ansiparser.h"

using namespace enclave;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t chunk = size_t(data[0]) + 1;
    QStringDecoder decoder(QStringDecoder::Utf8);
    ui::AnsiParser parser;
    for (size_t pos = 1; pos < size; pos += chunk) {
        const size_t n = std::min(chunk, size - pos);
        const QString text = decoder.decode(QByteArrayView(data + pos, qsizetype(n)));
        for (const ui::AnsiParser::Segment &segment : parser.feed(text)) {
            for (QChar c : segment.text) {
                const char16_t u = c.unicode();
                if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f)
                    std::abort();
            }
        }
    }
    return 0;
}

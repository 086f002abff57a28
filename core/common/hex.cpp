#include "hex.h"

namespace enclave::hex {

QString encode(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

std::optional<QByteArray> decode(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u"0x") || t.startsWith(u"0X"))
        t = t.mid(2);
    QByteArray out;
    out.reserve(t.size() / 2);
    int high = -1;
    for (QChar c : t) {
        const char16_t u = c.unicode();
        int v;
        if (u >= u'0' && u <= u'9')
            v = u - u'0';
        else if (u >= u'a' && u <= u'f')
            v = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            v = u - u'A' + 10;
        else if (u == u':' || c.isSpace())
            continue;
        else
            return std::nullopt;
        if (high < 0) {
            high = v;
        } else {
            out.append(char((high << 4) | v));
            high = -1;
        }
    }
    if (high >= 0)
        return std::nullopt;
    return out;
}

} // namespace enclave::hex

#include "kmsconditionkey.h"

namespace enclave {

KmsConditionKey KmsConditionKey::parse(const QString &key)
{
    KmsConditionKey k;
    k.m_key = key;
    if (!key.startsWith(Prefix, Qt::CaseInsensitive))
        return k;
    const QStringView rest = QStringView(key).mid(Prefix.size());
    k.m_kind = Kind::UnknownAttestation;
    if (rest.compare(u"ImageSha384", Qt::CaseInsensitive) == 0) {
        k.m_kind = Kind::ImageSha384;
        k.m_pcr = 0;
        return k;
    }
    auto digits = [](QStringView s) -> int {
        // No sign, no leading zeros ("PCR01" is not a key KMS knows), at most two digits.
        if (s.isEmpty() || s.size() > 2 || (s.size() > 1 && s.front() == u'0'))
            return -1;
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return -1;
        }
        return s.toInt();
    };
    if (rest.startsWith(u"NitroTPMPCR", Qt::CaseInsensitive)) {
        const int n = digits(rest.mid(11));
        if (n >= 0 && n <= 23) {
            k.m_kind = Kind::NitroTpmPcr;
            k.m_pcr = n;
        }
        return k;
    }
    if (rest.startsWith(u"PCR", Qt::CaseInsensitive)) {
        const int n = digits(rest.mid(3));
        if (n >= 0 && n <= 31) {
            k.m_kind = Kind::Pcr;
            k.m_pcr = n;
        }
    }
    return k;
}

QString KmsConditionKey::forPcr(int index, Pcr0Style style)
{
    if (index == 0 && style == Pcr0Style::ImageSha384)
        return Prefix + u"ImageSha384";
    return Prefix + u"PCR" + QString::number(index);
}

} // namespace enclave

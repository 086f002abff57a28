#include "eifsection.h"

namespace enclave {

QString eifSectionTypeName(quint16 type)
{
    switch (EifSectionType(type)) {
    case EifSectionType::Invalid:
        return QStringLiteral("Invalid");
    case EifSectionType::Kernel:
        return QStringLiteral("Kernel");
    case EifSectionType::Cmdline:
        return QStringLiteral("Cmdline");
    case EifSectionType::Ramdisk:
        return QStringLiteral("Ramdisk");
    case EifSectionType::Signature:
        return QStringLiteral("Signature");
    case EifSectionType::Metadata:
        return QStringLiteral("Metadata");
    }
    return QStringLiteral("Unknown(%1)").arg(type);
}

EifFieldList EifSection::fields() const
{
    return {
        { QStringLiteral("section_type"), { m_headerOffset, 2 },
            QStringLiteral("%1 (%2)").arg(m_type).arg(typeName()) },
        { QStringLiteral("flags"), { m_headerOffset + 2, 2 }, QString::number(m_flags) },
        { QStringLiteral("section_size"), { m_headerOffset + 4, 8 }, QString::number(m_size) },
        { QStringLiteral("data"), dataSpan(), QStringLiteral("%1 bytes").arg(m_size) },
    };
}

} // namespace enclave

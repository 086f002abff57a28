#include "cpio/ramdisklister.h"

#include <QCoreApplication>
#include <QFile>

namespace enclave {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enclave::RamdiskLister", text);
}
} // namespace

Result<QList<RamdiskListing>> RamdiskLister::list() const
{
    const QList<EifSection> ramdisks = m_reader.sectionsOfType(EifSectionType::Ramdisk);
    if (m_only >= ramdisks.size())
        return makeError(Error::Code::Usage, tr("the image has %1 ramdisks").arg(ramdisks.size()));
    QFile file(m_reader.path());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("cannot open: %1").arg(file.errorString()));
    QList<RamdiskListing> out;
    for (int i = 0; i < ramdisks.size(); ++i) {
        if (m_only >= 0 && i != m_only)
            continue;
        const EifSection &s = ramdisks.at(i);
        RamdiskListing l;
        l.ordinal = i;
        l.sectionIndex = s.index();
        l.offset = s.dataOffset();
        l.size = s.size();
        CpioReader cpio(&file, l.offset, l.size);
        cpio.setCancelFlag(m_cancel);
        for (;;) {
            auto e = cpio.next();
            l.compression = cpio.compression();
            if (!e) {
                l.error = e.error();
                break;
            }
            if (!e->has_value())
                break;
            ++l.entryCount;
            if (m_onEntry)
                m_onEntry(l, **e);
            else
                l.entries.append(std::move(**e));
        }
        if (m_onRamdisk)
            m_onRamdisk(l);
        const bool failed = l.error.has_value();
        out.append(std::move(l));
        if (failed && m_stopOnError)
            break;
    }
    return out;
}

Result<QList<RamdiskListing>> RamdiskLister::list(const QString &eifPath, const std::atomic_bool *cancel)
{
    auto reader = EifReader::open(eifPath);
    if (!reader)
        return std::unexpected(reader.error());
    RamdiskLister lister(*reader);
    lister.setCancelFlag(cancel);
    return lister.list();
}

} // namespace enclave

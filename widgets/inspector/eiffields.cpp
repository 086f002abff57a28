#include <QCoreApplication>

#include "eif/eifheader.h"
#include "eif/eifreader.h"
#include "eif/eifsection.h"
#include "eif/eifsignature.h"
#include "inspector/fieldadapters.h"
#include "inspector/fielditem.h"

namespace enclave::ui {

namespace {

// Translation context for the EIF field names.
class EifFields final {
    Q_DECLARE_TR_FUNCTIONS(EifFields)
};

void addFields(FieldItem *parent, const EifFieldList &fields)
{
    for (const EifField &f : fields)
        parent->add(f.name, f.value, f.span.offset, f.span.length);
}

} // namespace

std::unique_ptr<FieldItem> eifFieldTree(const EifReader &reader, const EifSignature *signature)
{
    auto root = std::make_unique<FieldItem>(QString());
    const EifHeader &header = reader.header();
    auto *headerItem = root->add(EifFields::tr("EIF header"),
        EifFields::tr("version %1, %2, %3 sections")
            .arg(header.version())
            .arg(header.architectureName())
            .arg(header.numSections()),
        0, EifHeader::Size);
    addFields(headerItem, reader.headerFields());
    for (const EifSection &section : reader.sections()) {
        auto *item = root->add(EifFields::tr("Section %1: %2").arg(section.index()).arg(section.typeName()),
            EifFields::tr("%1 bytes at %2").arg(section.size()).arg(section.dataOffset()),
            section.span().offset, section.span().length);
        addFields(item, section.fields());
        if (section.type() == EifSectionType::Signature && signature && signature->isValid())
            addFields(item, signature->fields());
    }
    const qint64 trailing = reader.fileSize() - reader.sectionsEnd();
    if (trailing > 0) {
        root->add(EifFields::tr("Trailing bytes"),
                EifFields::tr("%1 bytes after the last section (not measured, outside the CRC)")
                    .arg(trailing),
                reader.sectionsEnd(), trailing)
            ->setSeverity(FieldItem::Severity::Warning);
    }
    for (const EifWarning &w : reader.warnings()) {
        if (w.offset >= 0) {
            root->add(EifFields::tr("Warning"), w.message, w.offset, 1)
                ->setSeverity(FieldItem::Severity::Warning);
        }
    }
    return root;
}

std::unique_ptr<FieldItem> eifHeaderFieldTree(const EifHeader &header, qint64 fileSize)
{
    auto root = std::make_unique<FieldItem>(QString());
    auto *headerItem = root->add(EifFields::tr("EIF header"),
        EifFields::tr("version %1, %2, %3 sections")
            .arg(header.version())
            .arg(header.architectureName())
            .arg(header.numSections()),
        0, qMin<qint64>(EifHeader::Size, fileSize));
    addFields(headerItem, header.fields());
    for (int i = 0; i < header.numSections(); ++i) {
        const quint64 offset = header.sectionOffset(i);
        const quint64 end = offset + EifSection::HeaderSize + header.sectionSize(i);
        const bool missing = end > quint64(fileSize) || end < offset;
        const qint64 shown
            = offset < quint64(fileSize) ? qint64(qMin<quint64>(end, quint64(fileSize)) - offset) : 0;
        auto *item = root->add(EifFields::tr("Section %1").arg(i),
            missing ? EifFields::tr("%1 bytes at %2 (header table): missing, the file ends at %3")
                          .arg(header.sectionSize(i))
                          .arg(offset)
                          .arg(fileSize)
                    : EifFields::tr("%1 bytes at %2 (header table)").arg(header.sectionSize(i)).arg(offset),
            shown > 0 ? qint64(offset) : -1, shown);
        if (missing)
            item->setSeverity(FieldItem::Severity::Warning);
    }
    return root;
}

} // namespace enclave::ui

#include "attestation/attestationfield.h"
#include "inspector/fieldadapters.h"
#include "inspector/fielditem.h"

namespace enclave::ui {

namespace {

void addField(FieldItem *parent, const AttestationField &field)
{
    QString value = field.display;
    if (!field.type.isEmpty() && field.children.isEmpty() && value.isEmpty())
        value = field.type;
    auto *item
        = parent->add(field.name, value, field.span.offset, field.span.isValid() ? field.span.length : 0);
    item->setToolTip(
        field.type.isEmpty() ? field.display : QStringLiteral("%1: %2").arg(field.type, field.display));
    for (const AttestationField &child : field.children)
        addField(item, child);
}

} // namespace

std::unique_ptr<FieldItem> attestationFieldTree(const AttestationField &root)
{
    auto tree = std::make_unique<FieldItem>(QString());
    addField(tree.get(), root);
    return tree;
}

} // namespace enclave::ui

#pragma once

#include <memory>

namespace enclave {
struct AttestationField;
class EifHeader;
class EifReader;
class EifSignature;
} // namespace enclave

namespace enclave::ui {

class FieldItem;

// Describe core objects as field trees for FieldTreeModel (display text and spans only).
std::unique_ptr<FieldItem> attestationFieldTree(const AttestationField &root);
std::unique_ptr<FieldItem> eifFieldTree(const EifReader &reader, const EifSignature *signature);
// An EIF whose sections could not be read: its header, and each section the header's table lists
// (marked missing where it lies past the end of a file of fileSize bytes).
std::unique_ptr<FieldItem> eifHeaderFieldTree(const EifHeader &header, qint64 fileSize);

} // namespace enclave::ui

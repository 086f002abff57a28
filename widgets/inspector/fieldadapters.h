#pragma once

#include <memory>

namespace enclave {
struct AttestationField;
class EifReader;
class EifSignature;
} // namespace enclave

namespace enclave::ui {

class FieldItem;

// Describe core objects as field trees for FieldTreeModel (display text and spans only).
std::unique_ptr<FieldItem> attestationFieldTree(const AttestationField &root);
std::unique_ptr<FieldItem> eifFieldTree(const EifReader &reader, const EifSignature *signature);

} // namespace enclave::ui

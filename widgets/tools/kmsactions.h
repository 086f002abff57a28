#pragma once

namespace enclave::ui {

class MainWindow;

// Adds Tools > KMS Key Policy, Sign EIF, Signing Certificate and Security Posture Report; each opens its page
// as a tab.
void installKmsActions(MainWindow *window);

} // namespace enclave::ui

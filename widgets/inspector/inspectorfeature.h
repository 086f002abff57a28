#pragma once

namespace enclave::ui {

class MainWindow;

// The inspector feature: registers the EIF and attestation viewers with the window.
void installInspector(MainWindow &window);

} // namespace enclave::ui

#pragma once

namespace enclave::ui {

class MainWindow;

// Registers the viewers this build has (EIF, attestation) with the window.
void registerDefaultViewers(MainWindow &window);

} // namespace enclave::ui

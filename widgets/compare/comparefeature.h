#pragma once

namespace enclave::ui {

class MainWindow;

// The compare feature: Tools > Compare Measurements opens a Compare tab seeded with the file in
// front (the user picks or drops what to compare it with).
void installCompare(MainWindow &window);

} // namespace enclave::ui

#pragma once

namespace enclave::ui {

class MainWindow;

// The document features of Enclave Studio, installed into the window in menu order: the
// inspector's viewers, Tools > Compare, Tools > KMS policy / Sign EIF / certificate / posture.
// app/enclave-studio/main.cpp calls this once (then the Remote feature); widget tests call it to
// get the same window.
void installDocumentFeatures(MainWindow &window);

} // namespace enclave::ui

#pragma once

#include <QString>

#include "measure/inputdetector.h"

namespace enclave::ui {

// What a file is: decided by core's InputDetector (one rule set for the GUI, the CLI and the
// measurements loader). The shell only names the kinds for people.
using FileType = InputKind;

class FileTypeDetector final {
public:
    static QString displayName(FileType type);
};

} // namespace enclave::ui

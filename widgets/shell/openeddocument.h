#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "shell/filetype.h"

namespace enclave::ui {

class ByteSource;

// A file as MainWindow hands it to a viewer: where it is, what it was detected as, and its bytes
// (read on demand through a ByteSource; for text-encoded documents the source holds the decoded bytes).
struct OpenedDocument {
    QString path;
    FileType type = FileType::Unknown;
    std::shared_ptr<const ByteSource> source;
};

} // namespace enclave::ui

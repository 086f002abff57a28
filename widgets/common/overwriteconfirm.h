#pragma once

#include <QString>

class QWidget;

namespace enclave::ui {

// The one question asked before any action writes over a file that exists: it names the file
// (and, when given, what it is), defaults to "No", and is skipped when nothing would be lost.
// Returns true when the write may go ahead.
class OverwriteConfirm final {
public:
    static bool ask(QWidget *parent, const QString &path, const QString &what = {});
    // The question's text, for tests and for callers that phrase their own dialog.
    static QString question(const QString &path, const QString &what = {});
};

} // namespace enclave::ui

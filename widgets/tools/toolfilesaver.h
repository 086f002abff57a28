#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/error.h"

class QWidget;

namespace enclave::ui {

// Writes what a tool page produced (a policy, a report): atomically, so the file holds the old
// content or all of the new (AtomicFileWriter), and over an existing file only after the one
// overwrite question (OverwriteConfirm) was answered "Replace".
class ToolFileSaver final {
    Q_DECLARE_TR_FUNCTIONS(enclave::ui::ToolFileSaver)
public:
    enum class Outcome { Saved, Kept, Failed };

    // Writes without asking: the caller asked already, or has no one to ask (tests, scripts).
    static Result<void> write(const QString &path, const QByteArray &bytes);
    // Asks first when `path` exists; Kept when the user keeps it. `error` says why on Failed.
    static Outcome save(QWidget *parent, const QString &path, const QByteArray &bytes, QString *error);
    // "Saved to NAME in DIR".
    static QString savedText(const QString &path);
};

} // namespace enclave::ui

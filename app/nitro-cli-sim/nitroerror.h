#pragma once

#include <QString>

namespace enclave::nitrosim {

// One nitro-cli failure: its "Exx" code (the process exit status is the number) and the text
// after the code. report() prints it on stderr in nitro-cli's form, with the documentation link
// and an err*.log written to the simulator's log directory.
struct NitroError {
    int code = 0;
    QString detail;

    // "[ E26 ] Insufficient memory requested. <detail>"
    QString firstLine() const;
    // The short title nitro-cli's document_errors.rs gives the code ("Insufficient memory requested").
    static QString title(int code);
};

// Prints the error like nitro-cli does and returns the exit status (the E number). action names
// the subcommand for the error log ("Run Enclave"); logDir receives err<RFC3339>.log.
int report(const NitroError &error, const QString &action, const QString &logDir);

} // namespace enclave::nitrosim

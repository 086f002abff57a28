#pragma once

#include <QCoreApplication>
#include <QString>

#include "agent/rpcerror.h"

namespace enclave::ui {

// nitro-cli's error codes (E00..E60) with what each means and what an operator can do about it,
// after /work/shared/specs/nitro-cli.md (nitro-cli's own explain texts and the issues behind them).
class NitroErrorHints final {
    Q_DECLARE_TR_FUNCTIONS(enclave::ui::NitroErrorHints)
public:
    struct Hint {
        QString code; // "E26"
        QString title; // "Insufficient memory requested"
        QString action; // what to do; empty when nitro-cli gives no useful remedy
        bool isValid() const { return !code.isEmpty(); }
    };

    static constexpr int LastCode = 60;

    // The hint for "E26" / "e26" / "26"; an invalid Hint for unknown codes.
    static Hint hint(const QString &code);
    // The first "[ Exx ]" in text (how nitro-cli prints errors), else empty.
    static QString codeIn(const QString &text);
    // What the GUI shows for a failed agent call: "[ E26 ] message", then "What to do: ...".
    static QString explain(const agent::RpcError &error);
};

} // namespace enclave::ui

#pragma once

#include <QDateTime>
#include <QString>

namespace enclave {

// When certificates must be valid.
struct AttestationTime {
    enum class Mode { Now, Document, Explicit };
    Mode mode = Mode::Now;
    QDateTime explicitTime; // Mode::Explicit only

    static AttestationTime now() { return {}; }
    static AttestationTime document() { return { Mode::Document, {} }; }
    static AttestationTime at(const QDateTime &t) { return { Mode::Explicit, t }; }
    static QString modeName(Mode mode); // "now", "doc", "explicit"
};

} // namespace enclave

#pragma once

#include <optional>

#include <QByteArray>

#include "measure/measurements.h"

namespace enclave {

// What the caller expects of a document. Everything unset is skipped (and the result says so).
struct AttestationExpectations {
    Measurements pcrs; // each must be in the document with this value (compared by PcrDiff)
    std::optional<QByteArray> nonce;
    std::optional<QByteArray> userData;
    std::optional<QByteArray> publicKey;
    std::optional<qint64> maxAgeSeconds; // document timestamp no older than this at verification time
    bool rejectDebugMode = false; // debug documents are always flagged; this makes them fail
    bool allowUnknownKeys = false; // AWS's field list is closed; forward compatibility is opt-in
    bool allowNitroTpm = false; // NitroTPM documents share the PKI but mean something else
};

} // namespace enclave

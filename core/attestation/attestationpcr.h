#pragma once

#include <QByteArray>

#include "attestation/attestationfield.h"

namespace enclave {

// One PCR entry of the payload's `pcrs` (or NitroTPM `nitrotpm_pcrs`) map.
struct AttestationPcr {
    int index = -1;
    QByteArray value;
    FieldSpan span; // the value's bstr item
};

} // namespace enclave

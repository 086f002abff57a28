#pragma once

#include <QList>
#include <QString>

namespace enclave {

// One named step of attestation verification, in the order it ran.
struct AttestationCheck {
    enum class Status { Passed, Failed, Skipped, Warning };

    QString id; // stable machine name: "cose", "chain", "signature", "pcrs", ...
    QString title; // what was checked, in words
    Status status = Status::Skipped;
    QString reason; // why it passed, failed, was skipped or warns

    static QString statusName(Status status); // "passed", "failed", "skipped", "warning"
};

} // namespace enclave

#pragma once

#include <QByteArray>
#include <QString>

namespace enclave {

// What PcrCalculator computes from one pass over an EIF. PCR values are the 48-byte registers
// (extend of 48 zero bytes with the inner SHA-384), as nitro-cli prints them.
struct EifMeasurements {
    QByteArray pcr0; // kernel || cmdline || every ramdisk ("image")
    QByteArray pcr1; // kernel || cmdline || ramdisk 0 ("bootstrap")
    QByteArray pcr2; // ramdisk 1..n ("application"); the empty-stream value with one ramdisk
    QByteArray pcr8; // signing certificate; empty when unsigned or unreadable
    QByteArray innerPcr0; // the SHA-384 digests before the extend
    QByteArray innerPcr1;
    QByteArray innerPcr2;
    quint32 storedCrc = 0;
    quint32 computedCrc = 0;
    bool onePass = true; // PCR1 came from cloning PCR0's context (false: separate contexts)
    QString pcr8Error; // why pcr8 is empty although the image is signed

    bool crcMatches() const { return storedCrc == computedCrc; }
};

} // namespace enclave

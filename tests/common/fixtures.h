#pragma once

// Test fixtures are stored once per format under tests/data/<format>/ (see tests/data/README.md).

#include <QString>

namespace enclave::test {

// tests/data/eif/: images, their signing certificates and expected describe-eif JSON.
inline QString eifFixture(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/eif/") + name;
}

// tests/data/attestation/: attestation documents, the AWS root and expected.json.
inline QString attestationFixture(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/attestation/") + name;
}

// For data rows that mix both: documents (*.cbor) and expected.json are attestation fixtures,
// everything else is an EIF fixture.
inline QString fixture(const QString &name)
{
    return name.endsWith(u".cbor") || name == u"expected.json" ? attestationFixture(name) : eifFixture(name);
}

} // namespace enclave::test

#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace enclave::hex {

// Lower-case hex, as nitro-cli prints PCRs.
QString encode(const QByteArray &bytes);

// Accepts upper or lower case, optional "0x" prefix, optional ':' or whitespace separators.
// Returns nullopt on any other character or an odd number of digits.
std::optional<QByteArray> decode(QStringView text);

} // namespace enclave::hex
